import Foundation

/// The one-line formats of the catalog's administration form. Full-width "｜" and "？" (what a Chinese input
/// method types) are accepted as well as "|" and "?".
public enum ServiceCatalogLine {
    static let separators: Set<Character> = ["|", "｜"]
    static let optionalMarks: Set<Character> = ["?", "？"]

    /// A material: "材料 | 依据"; a leading "?" marks one that is not always needed (可选), e.g.
    /// "? 与问题相关的文书、证据 | 实践做法". A line without "|" is all material and no basis.
    public static func material(_ line: String) -> ServiceType.Material {
        var text = Substring(line.trimmingCharacters(in: .whitespaces))
        var required = true
        if let first = text.first, optionalMarks.contains(first) {
            required = false
            text = text.dropFirst()
        }
        let parts = split(text, maxSplits: 1)
        return .init(item: parts[0], basis: parts.count > 1 ? parts[1] : "", isRequired: required)
    }

    public static func format(_ material: ServiceType.Material) -> String {
        (material.isRequired ? "" : "? ") + material.item + " | " + material.basis
    }

    /// A limit: "数量 单位 | 法律依据 | 说明 | 规则编号", the rule number optional, e.g.
    /// "3 日 | 《中华人民共和国法律援助法》第四十三条 | 决定后3日内指派 | LA-02". A count of 0 means "no statutory period".
    public static func limit(_ line: String) -> Result<TimeLimit, ServiceTypeProblem.Kind> {
        let parts = split(Substring(line), maxSplits: 3)
        guard parts.count >= 2 else { return .failure(.malformed) }
        let head = parts[0]
        let digits = head.prefix { $0.isASCII && $0.isNumber }
        guard let count = Int(digits), count <= ServiceType.Bounds.count else { return .failure(.countOutOfRange) }
        guard let unit = unit(String(head.dropFirst(digits.count))) else { return .failure(.unknownUnit) }
        return .success(TimeLimit(count: count, unit: unit, ruleID: parts.count > 3 ? parts[3] : "", citation: parts[1],
                                  text: parts.count > 2 ? parts[2] : ""))
    }

    public static func format(_ limit: TimeLimit) -> String {
        "\(limit.count) \(word(limit.unit)) | \(limit.citation) | \(limit.text)" + (limit.ruleID.isEmpty ? "" : " | \(limit.ruleID)")
    }

    /// The word a line is written with: the Chinese one.
    public static func word(_ unit: DayUnit) -> String {
        unitWords.first { $0.unit == unit }?.words.first ?? unit.rawValue
    }

    /// The unit a word names: the stored code (e.g. "working_day"), a Chinese word or an English one.
    public static func unit(_ word: String) -> DayUnit? {
        let key = word.trimmingCharacters(in: .whitespaces).lowercased()
        if let unit = DayUnit(rawValue: key) { return unit }
        return unitWords.first { $0.words.contains(key) }?.unit
    }

    /// Accepted words per unit; the first is the one written back.
    public static let unitWords: [(unit: DayUnit, words: [String])] = [
        (.unspecifiedDays, ["日", "天", "day", "days"]),
        (.calendarDays, ["自然日", "calendar day", "calendar days"]),
        (.workingDays, ["工作日", "个工作日", "working day", "working days"]),
        (.hours, ["小时", "个小时", "hour", "hours"]),
        (.months, ["个月", "月", "month", "months"]),
        (.years, ["年", "year", "years"]),
    ]

    /// Splits on "|" or "｜" and trims every part.
    static func split(_ text: Substring, maxSplits: Int) -> [String] {
        text.split(maxSplits: maxSplits, omittingEmptySubsequences: false, whereSeparator: separators.contains)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The non-blank lines of a text area, trimmed (CRLF and CR count as line breaks).
    static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
