import Foundation

/// Why a citizen ID number was rejected.
public enum ResidentIDProblem: String, Error, Sendable {
    /// Neither 18 nor 15 characters.
    case wrongLength
    /// Not all digits (an 18-character number may end in X).
    case invalidCharacters
    /// The birth date (YYYYMMDD) is not a real calendar date.
    case invalidBirthDate
    /// The 18th character does not match the ISO 7064 MOD 11-2 check.
    case badCheckDigit
}

/// The citizen ID number (公民身份号码) of GB 11643-1999: a 6-digit address code, an 8-digit birth date,
/// a 3-digit sequence and a check character.
///
/// The address code is deliberately not checked against the division list: it may be a historical code.
/// Birth dates in the future are not rejected here (that needs a clock).
public enum ResidentID {
    private static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    private static let checkCharacters = Array("10X98765432")

    /// The 18-character form of `raw`: trimmed, with a lower-case x upper-cased and an old 15-digit number
    /// upgraded (insert "19" before the year, append the check character).
    public static func normalize(_ raw: String) throws(ResidentIDProblem) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        switch text.count {
        case 15:
            guard ASCII.isDigits(text) else { throw .invalidCharacters }
            let first17 = String(text.prefix(6)) + "19" + String(text.dropFirst(6))
            guard isRealDate(first17.dropFirst(6).prefix(8)) else { throw .invalidBirthDate }
            return first17 + String(checkCharacter(for: first17)!)
        case 18:
            let first17 = String(text.prefix(17))
            let last = text.last!
            guard ASCII.isDigits(first17), last == "X" || (last.isASCII && last.isNumber) else {
                throw .invalidCharacters
            }
            guard isRealDate(first17.dropFirst(6).prefix(8)) else { throw .invalidBirthDate }
            guard checkCharacter(for: first17) == last else { throw .badCheckDigit }
            return text
        default:
            throw .wrongLength
        }
    }

    /// The check character for 17 ASCII digits: `"10X98765432"[Σ aᵢ·Wᵢ mod 11]`; nil for other input.
    public static func checkCharacter(for first17: String) -> Character? {
        guard first17.utf8.count == 17, ASCII.isDigits(first17) else { return nil }
        let sum = zip(first17.utf8, weights).reduce(0) { $0 + Int($1.0 - 0x30) * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// Keeps the first and last 4 characters and stars the rest: "1101**********002X".
    /// Input of 8 characters or fewer becomes all stars, so nothing is shown in full.
    public static func mask(_ id: String) -> String {
        let characters = Array(id.trimmingCharacters(in: .whitespacesAndNewlines))
        guard characters.count > 8 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(4)) + String(repeating: "*", count: characters.count - 8)
            + String(characters.suffix(4))
    }

    /// Whether YYYYMMDD names a day of the Gregorian calendar.
    static func isRealDate(_ digits: Substring) -> Bool {
        guard digits.count == 8, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2)), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
