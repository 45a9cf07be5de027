import Foundation

/// Why a username was rejected.
public enum UsernameProblem: String, Error, Sendable {
    case invalid
}

/// Staff login names (用户名): ASCII, lower-cased, `^[a-z0-9][a-z0-9._-]{2,39}$`.
public enum Username {
    /// Trims and lower-cases `raw`; throws unless the result is 3 to 40 characters of a-z, 0-9, ".", "_"
    /// and "-", starting with a letter or digit. Non-ASCII input is rejected before lower-casing, so that
    /// look-alikes such as the Kelvin sign "K" cannot turn into "k".
    public static func normalize(_ raw: String) throws(UsernameProblem) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.unicodeScalars.allSatisfy(\.isASCII) else { throw .invalid }
        let name = trimmed.lowercased()
        let bytes = Array(name.utf8)
        guard (3...40).contains(bytes.count), ASCII.isLower(bytes[0]) || ASCII.isDigit(bytes[0]),
              bytes.allSatisfy({ ASCII.isLower($0) || ASCII.isDigit($0) || ".-_".utf8.contains($0) })
        else { throw .invalid }
        return name
    }
}
