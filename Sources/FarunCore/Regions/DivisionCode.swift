import Foundation

/// A 12-digit administrative division code (行政区划代码).
///
/// The first 6 digits are the GB/T 2260 county code, the first 9 the township code and the last 3 the
/// village code. Shorter official forms (6 or 9 digits) are padded with zeros.
/// Encoded as a bare JSON string.
public struct DivisionCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Always 12 ASCII digits.
    public let value: String

    /// Accepts 6, 9 or 12 ASCII digits (surrounding whitespace ignored) and pads them to 12.
    /// Returns nil for anything else, and for codes starting with "00" (no such province).
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard [6, 9, 12].contains(trimmed.utf8.count), trimmed.utf8.allSatisfy(ASCII.isDigit),
              !trimmed.hasPrefix("00")
        else { return nil }
        value = trimmed + String(repeating: "0", count: 12 - trimmed.utf8.count)
    }

    /// The level the trailing zeros suggest. Codes never imply `.group`.
    public var impliedLevel: RegionLevel {
        if value.hasSuffix("0000000000") { return .province }
        if value.hasSuffix("00000000") { return .city }
        if value.hasSuffix("000000") { return .county }
        if value.hasSuffix("000") { return .township }
        return .village
    }

    /// The first 6 digits (the GB/T 2260 county code).
    public var countyPrefix: String { String(value.prefix(6)) }

    /// The first 9 digits (the township code).
    public var townshipPrefix: String { String(value.prefix(9)) }

    /// The digits that identify this division among its descendants: 2 for a province, 4 for a city,
    /// 6 for a county, 9 for a township, all 12 for a village.
    public var significantPrefix: String {
        switch impliedLevel {
        case .province: String(value.prefix(2))
        case .city: String(value.prefix(4))
        case .county: countyPrefix
        case .township: townshipPrefix
        case .village, .group: value
        }
    }

    /// Whether this code can belong to a child of `parent`: it differs from the parent and starts with the
    /// parent's significant prefix. A county directly under a province only has to share the first 2 digits.
    public func isPrefixCompatible(childOf parent: DivisionCode) -> Bool {
        value != parent.value && value.hasPrefix(parent.significantPrefix)
    }

    public var description: String { value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = DivisionCode(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a division code: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
