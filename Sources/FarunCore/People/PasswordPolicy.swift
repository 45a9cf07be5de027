/// Something wrong with a proposed password.
public enum PasswordProblem: String, Error, Sendable, CaseIterable {
    /// Fewer than `PasswordPolicy.minimumLength` characters.
    case tooShort
    /// More than `PasswordPolicy.maximumLength` characters.
    case tooLong
    /// Fewer than 3 of: lower-case letters, upper-case letters, digits, other characters.
    case tooFewCharacterClasses
    /// Contains the username (ignoring case).
    case containsUsername
    /// On the built-in list of common passwords, or a common word followed only by digits and symbols.
    case tooCommon
}

/// The staff password rules (密码策略).
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumLength = 128

    /// Every rule `password` breaks, in `PasswordProblem.allCases` order; empty when it is acceptable.
    /// `containsUsername` is only checked for usernames of 3 characters or more.
    public static func problems(password: String, username: String) -> [PasswordProblem] {
        var found: [PasswordProblem] = []
        if password.count < minimumLength { found.append(.tooShort) }
        if password.count > maximumLength { found.append(.tooLong) }
        if characterClasses(password) < 3 { found.append(.tooFewCharacterClasses) }
        if username.count >= 3, password.lowercased().contains(username.lowercased()) {
            found.append(.containsUsername)
        }
        if isCommon(password) { found.append(.tooCommon) }
        return found
    }

    /// How many of lower-case, upper-case, digit and other characters appear (ASCII letters and digits; any
    /// other character, Chinese included, counts as "other").
    static func characterClasses(_ password: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for scalar in password.unicodeScalars {
            if !scalar.isASCII {
                other = true
            } else if ASCII.isLower(UInt8(scalar.value)) {
                lower = true
            } else if ASCII.isUpper(UInt8(scalar.value)) {
                upper = true
            } else if ASCII.isDigit(UInt8(scalar.value)) {
                digit = true
            } else {
                other = true
            }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }

    static func isCommon(_ password: String) -> Bool {
        let lowered = password.lowercased()
        if commonPasswords.contains(lowered) { return true }
        let stem = String(lowered.reversed().drop(while: { !$0.isLetter }).reversed())
        return commonStems.contains(stem) || Set(lowered).count <= 2
    }

    /// Frequently leaked passwords, lower-cased, including long ones that pass the other rules.
    static let commonPasswords: Set<String> = [
        "123456", "12345678", "123456789", "1234567890", "0123456789", "9876543210", "1111111111",
        "0000000000", "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssw0rd123",
        "qwerty", "qwertyuiop", "qwerty123456", "1qaz2wsx", "1qaz2wsx3edc", "1q2w3e4r5t", "q1w2e3r4t5",
        "zaq12wsx", "a123456789", "aa123456789", "abc1234567", "abcd123456", "admin123456", "woaini1314",
        "iloveyou123", "qq123456789", "welcome123", "letmein123",
    ]

    /// Words that make a common password when followed by digits and symbols ("Password2024!").
    static let commonStems: Set<String> = [
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "qwerty", "qwertyuiop", "admin", "administrator",
        "welcome", "iloveyou", "woaini", "letmein", "abc", "abcd", "abcdef", "qq", "root", "test", "farun",
    ]
}
