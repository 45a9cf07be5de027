import Foundation

/// Whether a village-level unit is a rural village (村) or an urban community (社区).
public enum VillageKind: String, Sendable, Codable, CaseIterable {
    /// 村: a village with a villagers' committee (村民委员会).
    case village
    /// 社区: a community with a residents' committee (居民委员会).
    case community
}

/// One row of a villages file: a village-level unit (村级单位) named under its township.
public struct VillageRecord: Sendable, Equatable {
    public let townshipCode: DivisionCode
    public let name: String
    public let kind: VillageKind
    /// The 1-based line the row starts on (the header is line 1).
    public let line: Int

    public init(townshipCode: DivisionCode, name: String, kind: VillageKind, line: Int) {
        self.townshipCode = townshipCode
        self.name = name
        self.kind = kind
        self.line = line
    }
}

/// Reads village files in the format `township_code,name,kind` (header required), as in
/// `villages-sample.csv`. The villages carry no official codes; the importer assigns local ones.
public enum VillagesCSV {
    public static let header = ["township_code", "name", "kind"]

    /// Parses the whole text with the same CSV rules as `DivisionsCSV.parse` and throws the first problem.
    /// The township code must be township-level (`invalidCode`), the kind village or community
    /// (`invalidLevel`), and a (township, name) pair may appear only once (`duplicateVillage`).
    public static func parse(_ text: String) throws(ImportProblem) -> [VillageRecord] {
        var records: [VillageRecord] = []
        var seen: [String: Int] = [:]
        for row in try CSVReader.table(text, header: header) {
            let record = try record(from: row)
            let key = record.townshipCode.value + "|" + record.name
            if let first = seen[key] {
                throw ImportProblem(
                    line: row.line, kind: .duplicateVillage,
                    detail: "\(record.name) already appears under \(record.townshipCode) on line \(first)")
            }
            seen[key] = row.line
            records.append(record)
        }
        return records
    }

    /// Throws `unknownTownship` for the first record whose township is not in `townships`.
    public static func checkTownships(_ records: [VillageRecord], known townships: Set<DivisionCode>)
        throws(ImportProblem)
    {
        if let stray = records.first(where: { !townships.contains($0.townshipCode) }) {
            throw ImportProblem(
                line: stray.line, kind: .unknownTownship,
                detail: "township \(stray.townshipCode) of \(stray.name) is not known")
        }
    }

    private static func record(from row: CSVRow) throws(ImportProblem) -> VillageRecord {
        let fields = try row.fields(expecting: header.count)
        guard let code = DivisionCode(fields[0]), code.impliedLevel == .township else {
            throw ImportProblem(
                line: row.line, kind: .invalidCode, detail: "\"\(fields[0])\" is not a township code")
        }
        let name = try ImportName.clean(fields[1], line: row.line)
        let kindText = fields[2].trimmingCharacters(in: .whitespaces).lowercased()
        guard let kind = VillageKind(rawValue: kindText) else {
            throw ImportProblem(
                line: row.line, kind: .invalidLevel, detail: "\"\(fields[2])\" is not village or community")
        }
        return VillageRecord(townshipCode: code, name: name, kind: kind, line: row.line)
    }
}
