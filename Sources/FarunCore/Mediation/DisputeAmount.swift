import Foundation

/// 涉及金额, in fen (分) so sums are exact. Parsed from yuan text such as "12345.6" or "3,000".
public struct DisputeAmount: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let fen: Int64

    /// The largest amount accepted: 一亿元. People's mediation handles 民间纠纷; a larger figure is almost
    /// certainly a typing error (fen typed as yuan, extra zeros). The platform's sanity limit, not a statutory one.
    public static let maximumFen: Int64 = 100_000_000 * 100

    public enum Problem: Error, Sendable, Hashable {
        case notANumber
        case negative
        case tooLarge
        /// More than two decimals (fractions of a fen).
        case tooPrecise
    }

    public init(fen: Int64) throws(Problem) {
        guard fen >= 0 else { throw .negative }
        guard fen <= Self.maximumFen else { throw .tooLarge }
        self.fen = fen
    }

    /// "1234.56", "1,234", "  88.5 " or "88.5元"; empty text is not an amount (the caller decides whether that
    /// means "no amount").
    public init(yuan text: String) throws(Problem) {
        var t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "，", with: "")
        if t.hasSuffix("元") { t.removeLast() }
        if t.hasPrefix("-") || t.hasPrefix("−") {
            let rest = String(t.dropFirst())
            if rest.first?.isASCIIDigitValue == true { throw .negative }
            throw .notANumber
        }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy(\.isASCIIDigitValue) else { throw .notANumber }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(\.isASCIIDigitValue), parts.count == 1 || !fraction.isEmpty else { throw .notANumber }
        guard fraction.count <= 2 else { throw .tooPrecise }
        // More than 11 digits of yuan is over the limit whatever they are; this also keeps Int64 safe.
        guard whole.drop(while: { $0 == "0" }).count <= 11 else { throw .tooLarge }
        let yuan = Int64(whole) ?? 0
        let cents = Int64(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        try self.init(fen: yuan * 100 + cents)
    }

    /// "1234.50".
    public var description: String { Self.yuanText(fen: fen) }

    /// Any sum of fen as yuan with two decimals (sums may exceed one dispute's limit).
    public static func yuanText(fen: Int64) -> String {
        let sign = fen < 0 ? "-" : ""
        let magnitude = fen.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (a: DisputeAmount, b: DisputeAmount) -> Bool { a.fen < b.fen }

    public static let zero = try! DisputeAmount(fen: 0)
}

extension Character {
    var isASCIIDigitValue: Bool { isASCII && isNumber }
}
