import Foundation

/// An article's number as statutes write it: 第一百三十三条之一 is (133, supplement 1). 之一 articles share the
/// arabic number with their base article, so both parts make the identity.
public struct ArticleNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var number: Int
    /// 0 for the base article, 1 for 之一, 2 for 之二.
    public var supplement: Int

    public init(_ number: Int, supplement: Int = 0) {
        self.number = number
        self.supplement = supplement
    }

    /// "第一百三十三条之一".
    public var label: String {
        "第\(ChineseNumeral.format(number))条" + (supplement > 0 ? "之\(ChineseNumeral.format(supplement))" : "")
    }

    /// "133之一" — short, for URLs and compact lists.
    public var description: String {
        String(number) + (supplement > 0 ? "之\(ChineseNumeral.format(supplement))" : "")
    }

    public static func < (a: ArticleNumber, b: ArticleNumber) -> Bool {
        (a.number, a.supplement) < (b.number, b.supplement)
    }

    /// Reads what people type for an article: 1254, 一千二百五十四, 第1254条, 第一千二百五十四条, 133之一, 133之1,
    /// 133-1, 第一百三十三条之一. Nil for anything else (0, 条目3, letters, trailing words).
    public static func parse(_ input: some StringProtocol) -> ArticleNumber? {
        var text = Substring(input.trimmingCharacters(in: statuteBlanks))
        if text.hasPrefix("第") { text = text.dropFirst() }
        var supplementText: Substring?
        if let range = text.range(of: "之") ?? text.range(of: "-") {
            supplementText = text[range.upperBound...]
            text = text[..<range.lowerBound]
        }
        if text.hasSuffix("条") { text = text.dropLast() }
        guard !text.isEmpty, text.allSatisfy(ChineseNumeral.isNumeralCharacter), let number = ChineseNumeral.parse(text), number > 0,
              number < 100_000 else { return nil }
        var supplement = 0
        if let supplementText {
            guard !supplementText.isEmpty, supplementText.allSatisfy(ChineseNumeral.isNumeralCharacter),
                  let value = ChineseNumeral.parse(supplementText), (1...20).contains(value) else { return nil }
            supplement = value
        }
        return ArticleNumber(number, supplement: supplement)
    }

    /// The number of an item in a 修正案 or 修改决定, which the source labels 条目一, 条目二 …
    public static func itemNumber(_ label: some StringProtocol) -> Int? {
        guard label.hasPrefix("条目") else { return nil }
        let rest = label.dropFirst(2)
        guard !rest.isEmpty, rest.allSatisfy(ChineseNumeral.isNumeralCharacter) else { return nil }
        return ChineseNumeral.parse(rest)
    }
}

/// Law names as people write them.
public enum LawNames {
    static let statePrefix = "中华人民共和国"

    /// 中华人民共和国劳动合同法 → 劳动合同法; other names (决定, 解释) stay whole.
    public static func shortName(_ name: String) -> String {
        name.hasPrefix(statePrefix) && name.count > statePrefix.count ? String(name.dropFirst(statePrefix.count)) : name
    }

    /// Common abbreviations lawyers and clerks write, mapped to the short name. Kept small: only forms that name
    /// exactly one law.
    public static let abbreviations: [String: String] = [
        "民诉法": "民事诉讼法", "刑诉法": "刑事诉讼法", "行诉法": "行政诉讼法", "劳动仲裁法": "劳动争议调解仲裁法",
        "消法": "消费者权益保护法", "消保法": "消费者权益保护法", "道交法": "道路交通安全法", "个保法": "个人信息保护法",
        "个人信息法": "个人信息保护法", "治安处罚法": "治安管理处罚法", "行复法": "行政复议法", "国赔法": "国家赔偿法",
        "未保法": "未成年人保护法", "妇女权益保障法": "妇女权益保障法", "反家暴法": "反家庭暴力法", "法援法": "法律援助法",
    ]

    /// The short name a reference stands for: strips 《》 and 中华人民共和国, and resolves abbreviations.
    public static func normalizedReference(_ reference: String) -> String {
        var name = reference.trimmingCharacters(in: statuteBlanks)
        if name.hasPrefix("《"), name.hasSuffix("》") { name = String(name.dropFirst().dropLast()) }
        name = shortName(name)
        return abbreviations[name] ?? name
    }
}

/// The glue between articles: the source appends the heading of the next book (第二编 物 权, 第一分编 通 则) to the
/// last article of the previous one. The heading belongs to the articles that follow.
public enum StatuteHeadings {
    /// Joins a book, a sub-book and a chapter heading into one chapter string.
    public static let separator = " · "

    /// The article text without trailing book headings, and those headings (normalised) in order.
    public static func splitTrailingHeadings(_ text: String) -> (text: String, headings: [String]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var headings: [String] = []
        while lines.count > 1, let last = lines.last {
            let trimmed = last.trimmingCharacters(in: statuteBlanks)
            if trimmed.isEmpty { lines.removeLast(); continue }
            guard isBookHeading(trimmed) else { break }
            headings.insert(normalize(trimmed), at: 0)
            lines.removeLast()
        }
        guard !headings.isEmpty else { return (text, []) }
        let body = lines.joined(separator: "\n").trimmingCharacters(in: statuteBlanks)
        return (body, headings)
    }

    /// 第二编 物 权, 第三分编 用益物权, 第五编 特别程序.
    public static func isBookHeading(_ line: String) -> Bool {
        guard line.hasPrefix("第"), line.count <= 40 else { return false }
        let rest = line.dropFirst()
        guard let mark = rest.firstIndex(where: { !ChineseNumeral.isNumeralCharacter($0) }), mark > rest.startIndex else { return false }
        let tail = rest[mark...]
        let after: Substring
        if tail.hasPrefix("分编") { after = tail.dropFirst(2) } else if tail.hasPrefix("编") { after = tail.dropFirst() } else { return false }
        guard after.isEmpty || after.first == " " || after.first == "　" else { return false }
        // A heading has no sentence punctuation.
        return !after.contains(where: { "，。；：“”\"".contains($0) })
    }

    /// Whether a heading is a sub-book (分编) rather than a book (编).
    public static func isSubBook(_ heading: String) -> Bool {
        heading.contains("分编")
    }

    /// "第二编 物 权" → "第二编 物权": the source pads two-character titles with a space.
    public static func normalize(_ heading: String) -> String {
        let parts = heading.split(whereSeparator: { $0 == " " || $0 == "　" })
        guard let first = parts.first else { return heading }
        let title = parts.dropFirst().joined()
        return title.isEmpty ? String(first) : "\(first) \(title)"
    }

    /// The parts of a chapter string made with `separator` (book, sub-book, chapter).
    public static func parts(of chapter: String) -> [String] {
        chapter.components(separatedBy: separator)
    }
}

/// Amendments (修正案, 修改决定): which law they change and which of its articles each item touches.
public enum Amendments {
    /// The full name of the law a document changes: 中华人民共和国刑法修正案（十一） → 中华人民共和国刑法;
    /// 全国人民代表大会常务委员会关于修改《中华人民共和国网络安全法》的决定 → 中华人民共和国网络安全法. `text` (the first
    /// item) is a fallback for names that say neither. Nil for documents that amend nothing.
    public static func amendedLawName(documentName: String, text: String? = nil) -> String? {
        if documentName.contains("关于修改"), let name = firstBracketed(in: documentName) { return name }
        if let range = documentName.range(of: "修正案", options: .backwards) {
            let law = String(documentName[..<range.lowerBound])
            let tail = documentName[range.upperBound...]
            if !law.isEmpty, tail.isEmpty || (tail.hasPrefix("（") && tail.hasSuffix("）")) { return law }
        }
        if let text, text.contains("作如下修改") || text.contains("修改为"), let name = firstBracketed(in: text) { return name }
        return nil
    }

    /// The articles of the amended law that one item changes, adds or deletes:
    /// 将刑法第十七条修改为：… → [17]; 在刑法第一百三十三条之一后增加一条，作为第一百三十三条之二：… → [133之二];
    /// 将刑法第一百三十四条第二款修改为 → [134]; 删去刑法第X条 → [X]. Only the instruction before the new wording is
    /// read, so articles quoted inside the new text do not count. `lawShortName`: 刑法.
    public static func amendedArticles(item text: String, lawShortName: String) -> [ArticleNumber] {
        let stop = text.firstIndex(where: { "：:“\"「".contains($0) }) ?? text.endIndex
        let instruction = String(text[..<stop])
        let citations = CitationParser.find(in: instruction, knownLaws: [lawShortName])
            .filter { $0.law == nil || $0.law.map(LawNames.shortName) == lawShortName }
        guard !citations.isEmpty else { return [] }
        var chosen = citations
        // "…后增加一条，作为第X条之二": the new article is the one changed.
        if let addedAs = instruction.range(of: "作为", options: .backwards) {
            let position = instruction.distance(from: instruction.startIndex, to: addedAs.lowerBound)
            let after = citations.filter { $0.range.lowerBound >= position }
            if !after.isEmpty { chosen = after }
        }
        var seen = Set<ArticleNumber>()
        return chosen.map { ArticleNumber($0.article, supplement: $0.supplement) }.filter { seen.insert($0).inserted }
    }

    private static func firstBracketed(in text: String) -> String? {
        guard let open = text.firstIndex(of: "《"), let close = text[open...].firstIndex(of: "》") else { return nil }
        let name = String(text[text.index(after: open)..<close])
        return name.isEmpty ? nil : name
    }
}

/// Spaces, tabs, line breaks and the full-width space.
let statuteBlanks = CharacterSet(charactersIn: " \t\r\n\u{3000}")
