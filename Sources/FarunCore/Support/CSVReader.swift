import Foundation

/// One record of a CSV file, with the physical line it starts on (1-based).
struct CSVRow: Equatable {
    let line: Int
    let fields: [String]
    /// True for the last record when its quoted field runs to the end of the text.
    var unclosedQuote = false

    /// The fields, or a `wrongColumnCount` problem when there are not exactly `count` of them.
    func fields(expecting count: Int) throws(ImportProblem) -> [String] {
        if unclosedQuote {
            throw ImportProblem(line: line, kind: .wrongColumnCount, detail: "a quoted field is never closed")
        }
        guard fields.count == count else {
            throw ImportProblem(
                line: line, kind: .wrongColumnCount, detail: "expected \(count) fields, found \(fields.count)")
        }
        return fields
    }
}

/// A small RFC 4180 reader: comma-separated, optional double quotes around a field, `""` for a quote inside
/// quotes, commas and line breaks allowed inside quotes. Accepts LF, CRLF and CR line ends and a leading BOM;
/// blank lines are skipped. Quoted line breaks come back as "\n".
enum CSVReader {
    static func rows(_ text: String) -> [CSVRow] {
        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }

        var rows: [CSVRow] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var line = 1
        var rowStart = 1

        func endRow() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            let blank = fields.count == 1 && fields[0].allSatisfy(\.isWhitespace)
            if !blank { rows.append(CSVRow(line: rowStart, fields: fields)) }
            fields = []
        }

        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index) < scalars.endIndex ? scalars[scalars.index(after: index)] : nil
            index = scalars.index(after: index)
            switch (inQuotes, scalar) {
            case (true, "\""):
                if next == "\"" {
                    field.append("\"")
                    index = scalars.index(after: index)
                } else {
                    inQuotes = false
                }
            case (_, "\r"), (_, "\n"):
                if scalar == "\r", next == "\n" { index = scalars.index(after: index) }
                line += 1
                if inQuotes {
                    field.append("\n")
                } else {
                    endRow()
                    rowStart = line
                }
            case (false, "\"") where field.isEmpty:
                inQuotes = true
            case (false, ","):
                fields.append(String(field))
                field = String.UnicodeScalarView()
            default:
                field.append(scalar)
            }
        }
        if inQuotes {
            fields.append(String(field))
            rows.append(CSVRow(line: rowStart, fields: fields, unclosedQuote: true))
        } else if !field.isEmpty || !fields.isEmpty {
            endRow()
        }
        return rows
    }

    /// Reads `text` and checks that the first record is `header` (case and surrounding spaces ignored).
    /// Returns the data rows; callers check each row's field count in order, so the first problem wins.
    static func table(_ text: String, header: [String]) throws(ImportProblem) -> [CSVRow] {
        let all = rows(text)
        guard let first = all.first else {
            throw ImportProblem(line: nil, kind: .missingHeader, detail: "the file is empty")
        }
        let names = first.unclosedQuote ? [] : first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names == header else {
            throw ImportProblem(
                line: first.line, kind: .missingHeader,
                detail: "expected header \(header.joined(separator: ",")), "
                    + "found \(first.fields.joined(separator: ","))")
        }
        return Array(all.dropFirst())
    }
}
