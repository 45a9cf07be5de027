/// Chinese numerals as statutes write article numbers (第一千二百五十四条): reading and writing them.
public enum ChineseNumeral {
    static let digits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
    static let names = Array("零一二三四五六七八九")

    /// Whether a character can be part of a numeral (Chinese or ASCII digits).
    public static func isNumeralCharacter(_ c: Character) -> Bool {
        digits[c] != nil || units[c] != nil || c == "万" || (c.isASCII && c.isNumber)
    }

    /// The value of "一千二百五十四", "十二", "一百零八", "二十", "1254"; nil for anything else or above 99,999,999.
    public static func parse(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty else { return nil }
        if text.allSatisfy({ $0.isASCII && $0.isNumber }) { return text.count <= 8 ? Int(text) : nil }
        var total = 0
        var section = 0
        var digit: Int?
        for c in text {
            if let d = digits[c] {
                // 零 only marks a skipped place ("一百零八"); two digits in a row ("一二") is not a numeral.
                guard digit == nil else { return nil }
                if d != 0 { digit = d }
            } else if let unit = units[c] {
                // "十二" means 12: a unit without a digit before it counts once.
                let d = digit ?? (section == 0 && total == 0 && unit == 10 ? 1 : nil)
                guard let d else { return nil }
                section += d * unit
                digit = nil
            } else if c == "万" {
                section += digit ?? 0
                guard section > 0 || total > 0 else { return nil }
                total = (total + section) * 10_000
                section = 0
                digit = nil
            } else {
                return nil
            }
        }
        let value = total + section + (digit ?? 0)
        return value > 0 || text == "零" ? value : nil
    }

    /// The statute spelling of 1…9999: 1254 → "一千二百五十四", 12 → "十二", 108 → "一百零八", 110 → "一百一十".
    public static func format(_ value: Int) -> String {
        guard value > 0, value < 10_000 else { return String(value) }
        if value < 20, value >= 10 { return "十" + (value == 10 ? "" : String(names[value - 10])) }
        var out = ""
        var pendingZero = false
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = (value / unit) % 10
            if d == 0 {
                if !out.isEmpty { pendingZero = true }
                continue
            }
            if pendingZero { out += "零"; pendingZero = false }
            out += String(names[d]) + name
        }
        return out
    }
}
