import Foundation

/// One row of a divisions file (行政区划数据).
public struct DivisionRecord: Sendable, Equatable {
    public let code: DivisionCode
    public let name: String
    public let level: RegionLevel
    /// nil for a top-level division (a province).
    public let parentCode: DivisionCode?
    /// The 1-based line the row starts on (the header is line 1).
    public let line: Int

    public init(code: DivisionCode, name: String, level: RegionLevel, parentCode: DivisionCode?, line: Int) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.line = line
    }
}

/// Reads division files in the format `code,name,level,parent_code` (header required), as in
/// `divisions.csv`. Levels are province, city, county and township; village and group are accepted too.
public enum DivisionsCSV {
    public static let header = ["code", "name", "level", "parent_code"]

    /// Parses the whole text and throws the first problem found, reading top to bottom.
    /// Handles CRLF, a UTF-8 BOM, blank lines and RFC 4180 quoting. Names are trimmed, at most 60 characters.
    /// A code that appears twice is a `duplicateCode`.
    public static func parse(_ text: String) throws(ImportProblem) -> [DivisionRecord] {
        var records: [DivisionRecord] = []
        var seen: [DivisionCode: Int] = [:]
        for row in try CSVReader.table(text, header: header) {
            let record = try record(from: row)
            if let first = seen[record.code] {
                throw ImportProblem(
                    line: row.line, kind: .duplicateCode,
                    detail: "code \(record.code) already appears on line \(first)")
            }
            seen[record.code] = row.line
            records.append(record)
        }
        return records
    }

    private static func record(from row: CSVRow) throws(ImportProblem) -> DivisionRecord {
        let fields = try row.fields(expecting: header.count)
        guard let code = DivisionCode(fields[0]) else {
            throw ImportProblem(line: row.line, kind: .invalidCode, detail: "\"\(fields[0])\" is not a division code")
        }
        let name = try ImportName.clean(fields[1], line: row.line)
        let levelText = fields[2].trimmingCharacters(in: .whitespaces).lowercased()
        guard let level = RegionLevel(rawValue: levelText) else {
            throw ImportProblem(line: row.line, kind: .invalidLevel, detail: "\"\(fields[2])\" is not a level")
        }
        let parentText = fields[3].trimmingCharacters(in: .whitespaces)
        var parentCode: DivisionCode?
        if !parentText.isEmpty {
            guard let parsed = DivisionCode(parentText) else {
                throw ImportProblem(
                    line: row.line, kind: .invalidCode, detail: "\"\(fields[3])\" is not a parent division code")
            }
            parentCode = parsed
        }
        return DivisionRecord(code: code, name: name, level: level, parentCode: parentCode, line: row.line)
    }
}
