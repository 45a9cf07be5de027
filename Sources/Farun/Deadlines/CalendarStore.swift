import Fluent
import FarunCore
import Foundation

/// The deadline calendar in force: the bundled notices (2004–2026) plus the years administrators added.
/// Read from the database each time, so every instance sees a new year at once.
enum CalendarStore {
    static func current(on db: any Database) async throws -> WorkCalendar {
        var calendar = BundledCalendar.shared
        let years = try await CalendarYear.query(on: db).sort(\.$year).all()
        guard !years.isEmpty else { return calendar }
        let days = try await CalendarDay.query(on: db).all()
        for year in years {
            let entries = days.filter { $0.year == year.year }.compactMap { day -> CalendarEntry? in
                guard let date = LocalDate(day.date), let kind = CalendarDayKind(rawValue: day.kind) else { return nil }
                return CalendarEntry(date: date, kind: kind, name: day.name)
            }
            calendar = calendar.adding(entries, coveringYear: year.year)
        }
        return calendar
    }

    /// Parses one year's lines (`date,kind,name`, header optional) and checks they all fall in that year.
    static func parseYear(_ year: Int, lines text: String) -> Result<[CalendarEntry], AppError> {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let hasHeader = body.lowercased().hasPrefix("date,")
        if !hasHeader { body = "date,kind,name\n" + body }
        let offset = hasHeader ? 0 : 1
        do {
            let entries = try WorkCalendar.parseCSV(body).entries
            if entries.isEmpty { return .failure(.validation([.init(field: "entries", message: .calendarEntriesEmpty)])) }
            if let stray = entries.first(where: { $0.date.year != year }) {
                return .failure(.validation([.init(field: "entries", message: .calendarWrongYear, args: [stray.date.description, String(year)])]))
            }
            return .success(entries)
        } catch {
            return .failure(.validation([.init(field: "entries", message: .calendarLineInvalid, args: [String(error.line - offset), error.detail])]))
        }
    }

    /// Replaces the year's entries in one transaction.
    static func save(year: Int, source: String, entries: [CalendarEntry], on db: any Database) async throws {
        let record = try await CalendarYear.query(on: db).filter(\.$year == year).first() ?? CalendarYear()
        record.year = year
        record.source = source
        try await record.save(on: db)
        try await CalendarDay.query(on: db).filter(\.$year == year).delete()
        for entry in entries {
            let day = CalendarDay()
            day.date = entry.date.description
            day.kind = entry.kind.rawValue
            day.name = entry.name
            day.year = year
            try await day.create(on: db)
        }
    }
}
