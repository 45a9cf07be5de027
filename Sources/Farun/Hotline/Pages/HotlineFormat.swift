import FarunCore
import Foundation

/// How the hotline pages write times, durations and rates.
enum HotlineFormat {
    /// "09:30:05", Beijing time.
    static func clock(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: Formatting.beijing, from: date)
        return String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// "2 分 05 秒", "45 秒"; "—" when there is nothing to show.
    static func duration(_ seconds: Double?, _ l: L10n) -> String {
        guard let seconds else { return "—" }
        let whole = Int(seconds.rounded())
        if whole < 60 { return l(.hotlineSeconds, whole) }
        return l(.hotlineMinutesSeconds, whole / 60, String(format: "%02d", whole % 60))
    }

    /// "95.0%" from a share; "—" for an empty whole.
    static func percent(_ share: Share) -> String {
        guard let permille = share.permille else { return "—" }
        return "\(permille / 10).\(permille % 10)%"
    }
}
