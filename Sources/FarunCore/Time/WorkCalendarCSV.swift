import Foundation

extension WorkCalendar {
    /// Reads a calendar file in the `cn-workdays.csv` format (工作日历导入): header `date,kind,name`, one row per
    /// listed date, kind `holiday` or `workday_adjusted`. Every year that appears in a row is taken as covered.
    /// BOM, CRLF, quoted fields and blank lines are accepted; fields are trimmed. Throws the first problem.
    public static func parseCSV(_ text: String) throws(CalendarCSVProblem) -> WorkCalendar {
        let rows = CSVReader.rows(text)
        let header = ["date", "kind", "name"]
        guard let first = rows.first else {
            throw CalendarCSVProblem(line: 1, kind: .missingHeader, detail: "the file is empty")
        }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard !first.unclosedQuote, names == header else {
            throw CalendarCSVProblem(
                line: first.line, kind: .missingHeader,
                detail: "expected header date,kind,name, found \(first.fields.joined(separator: ","))")
        }

        var entries: [CalendarEntry] = []
        var lineOfDate: [LocalDate: Int] = [:]
        for row in rows.dropFirst() {
            let entry = try entry(from: row)
            if let earlier = lineOfDate[entry.date] {
                throw CalendarCSVProblem(
                    line: row.line, kind: .duplicateDate, detail: "\(entry.date) is already on line \(earlier)")
            }
            lineOfDate[entry.date] = row.line
            entries.append(entry)
        }
        return WorkCalendar(entries: entries, coveredYears: Set(entries.map(\.date.year)))
    }

    private static func entry(from row: CSVRow) throws(CalendarCSVProblem) -> CalendarEntry {
        guard !row.unclosedQuote, row.fields.count == 3 else {
            let detail = row.unclosedQuote
                ? "a quoted field is never closed" : "expected 3 fields, found \(row.fields.count)"
            throw CalendarCSVProblem(line: row.line, kind: .wrongColumnCount, detail: detail)
        }
        let fields = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        guard let date = LocalDate(fields[0]) else {
            throw CalendarCSVProblem(line: row.line, kind: .badDate, detail: "not a date (YYYY-MM-DD): \(fields[0])")
        }
        guard let kind = CalendarDayKind(rawValue: fields[1]) else {
            throw CalendarCSVProblem(
                line: row.line, kind: .unknownKind,
                detail: "kind must be holiday or workday_adjusted, found \(fields[1])")
        }
        return CalendarEntry(date: date, kind: kind, name: fields[2])
    }
}
