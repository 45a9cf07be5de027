import FarunCore
import Foundation

/// The working-day calendar shipped with Farun (`data/cn-workdays.csv`, chinesecalendar 1.11.0, MIT), parsed once.
/// Holidays that administrators add for later years will come from the database (issue 3).
enum BundledCalendar {
    static let shared: WorkCalendar = {
        guard let text = try? DivisionImport.bundledText("cn-workdays"), let calendar = try? WorkCalendar.parseCSV(text) else {
            fatalError("bundled data/cn-workdays.csv is missing or unreadable")
        }
        return calendar
    }()
}
