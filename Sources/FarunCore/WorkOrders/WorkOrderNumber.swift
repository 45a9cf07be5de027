import Foundation

/// A work order's readable number (工单编号): region prefix, day, and the day's sequence in that region,
/// e.g. "141025100-20261125-0007". The sequence comes from the database, never from one instance's memory.
public struct WorkOrderNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    public let regionPrefix: String
    public let day: LocalDate
    public let sequence: Int

    public init(regionPrefix: String, day: LocalDate, sequence: Int) {
        self.regionPrefix = regionPrefix
        self.day = day
        self.sequence = sequence
    }

    /// The day as the counter key and in the number: "20261125".
    public static func dayKey(_ day: LocalDate) -> String {
        day.description.replacingOccurrences(of: "-", with: "")
    }

    public var description: String {
        let seq = String(sequence)
        return "\(regionPrefix)-\(Self.dayKey(day))-\(String(repeating: "0", count: max(0, 4 - seq.count)))\(seq)"
    }

    /// Reads a number typed by a citizen or clerk; spaces and lower-case are forgiven.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-").map(String.init)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit), parts[1].count == 8,
              let day = LocalDate("\(parts[1].prefix(4))-\(parts[1].dropFirst(4).prefix(2))-\(parts[1].suffix(2))"),
              parts[2].count >= 4, parts[2].allSatisfy(\.isASCIIDigit), let sequence = Int(parts[2]), sequence > 0
        else { return nil }
        self.init(regionPrefix: parts[0], day: day, sequence: sequence)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
