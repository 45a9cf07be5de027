/// Bank card numbers (银行卡号): 16 to 19 digits passing the Luhn check (ISO/IEC 7812).
public enum BankCardNumber {
    /// Whether `digits` (ASCII digits only, no separators) is 16–19 digits long and passes the Luhn check.
    public static func isValid(_ digits: String) -> Bool {
        guard (16...19).contains(digits.utf8.count), ASCII.isDigits(digits) else { return false }
        var sum = 0
        for (index, byte) in digits.utf8.reversed().enumerated() {
            var value = Int(byte - 0x30)
            if index % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    /// Stars all but the last 4 digits: "***************1234".
    public static func mask(_ digits: String) -> String {
        String(repeating: "*", count: max(0, digits.count - 4)) + String(digits.suffix(4))
    }
}
