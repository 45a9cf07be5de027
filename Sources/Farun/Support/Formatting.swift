import Foundation

/// Dates as people in China read them: 2026年11月25日 14:05 (Beijing time).
enum Formatting {
    static let beijing = TimeZone(identifier: "Asia/Shanghai")!

    static func dateTime(_ date: Date, _ l: L10n) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: beijing, from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        if l.language == .zhHans { return "\(c.year ?? 0)年\(c.month ?? 0)月\(c.day ?? 0)日 \(time)" }
        return String(format: "%04d-%02d-%02d ", c.year ?? 0, c.month ?? 0, c.day ?? 0) + time
    }
}
