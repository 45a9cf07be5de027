/// An article reference found in a text (法条引用): 《民法典》第1254条, 民法典第一千二百五十四条, 劳动合同法82条,
/// 第八十二条第二款, 第一百三十三条之一.
public struct Citation: Sendable, Hashable {
    /// The law as written, without 《》 and without a leading 中华人民共和国 (nil: the text named no law and none came
    /// before it).
    public var law: String?
    /// True when the law was not written next to the article but carried over from an earlier citation
    /// ("劳动合同法第八十二条……第八十七条").
    public var lawCarriedOver: Bool
    public var article: Int
    /// 之一 = 1, 之二 = 2 …; 0 for the base article.
    public var supplement: Int
    /// 第二款 = 2.
    public var paragraph: Int?
    /// 第三项 = 3.
    public var item: Int?
    /// Where the reference stands in the text (character offsets), for highlighting.
    public var range: Range<Int>

    /// The article's identity as statutes number it: "第一百三十三条之一" (之一 articles share the arabic number).
    public var articleText: String {
        "第\(ChineseNumeral.format(article))条" + (supplement > 0 ? "之\(ChineseNumeral.format(supplement))" : "")
    }
}

/// Finds article references in free text. Pure: which laws exist is the caller's business (`knownLaws`).
public enum CitationParser {
    /// Words that often stand right before a law's name and are not part of it.
    static let leadingWords = ["根据", "依据", "依照", "按照", "参照", "违反", "适用", "援引", "引用", "见", "和", "及", "与", "、", "或"]
    static let statePrefix = "中华人民共和国"

    /// Every reference in `text`, in order. `knownLaws` (short names such as "民法典", "劳动合同法") lets an unbracketed
    /// name be cut cleanly out of the words before it; without it, a name must end in 法, 典, 条例 or 规定.
    public static func find(in text: String, knownLaws: Set<String> = []) -> [Citation] {
        let chars = Array(text)
        var found: [Citation] = []
        var lastLaw: String?
        var i = 0
        while i < chars.count {
            // An article reference starts with 第 + numeral + 条, or (after a law name) numeral + 条.
            let startsWithDi = chars[i] == "第"
            let numberStart = startsWithDi ? i + 1 : i
            guard numberStart < chars.count, ChineseNumeral.isNumeralCharacter(chars[numberStart]),
                  startsWithDi || (i > 0 && !ChineseNumeral.isNumeralCharacter(chars[i - 1]) && chars[i - 1] != "第")
            else { i += 1; continue }
            var j = numberStart
            while j < chars.count, ChineseNumeral.isNumeralCharacter(chars[j]) { j += 1 }
            guard j < chars.count, chars[j] == "条", let article = ChineseNumeral.parse(String(chars[numberStart..<j])), article > 0 else {
                i += 1
                continue
            }
            let lawBefore = law(endingAt: i, in: chars, knownLaws: knownLaws)
            // Without 第, only "劳动合同法82条" counts: a bare "3条" is ordinary language.
            if !startsWithDi && lawBefore == nil { i = j + 1; continue }
            var end = j + 1
            var supplement = 0
            if end + 1 < chars.count, chars[end] == "之", let n = numeral(in: chars, from: end + 1) {
                supplement = n.value
                end = n.end
            }
            let paragraph = subdivision(in: chars, from: end, unit: "款")
            if let paragraph { end = paragraph.end }
            let item = subdivision(in: chars, from: end, unit: "项")
            if let item { end = item.end }
            let start = lawBefore?.start ?? i
            let lawName = lawBefore?.name ?? lastLaw
            if let name = lawBefore?.name { lastLaw = name }
            found.append(Citation(law: lawName, lawCarriedOver: lawBefore == nil && lawName != nil, article: article,
                                  supplement: supplement, paragraph: paragraph?.value, item: item?.value, range: start..<end))
            i = end
        }
        return found
    }

    /// "第二款" / "（三）项"-style subdivisions right after an article.
    private static func subdivision(in chars: [Character], from index: Int, unit: Character) -> (value: Int, end: Int)? {
        guard index < chars.count, chars[index] == "第", let n = numeral(in: chars, from: index + 1), n.end < chars.count, chars[n.end] == unit else { return nil }
        return (n.value, n.end + 1)
    }

    private static func numeral(in chars: [Character], from index: Int) -> (value: Int, end: Int)? {
        var j = index
        while j < chars.count, ChineseNumeral.isNumeralCharacter(chars[j]) { j += 1 }
        guard j > index, let value = ChineseNumeral.parse(String(chars[index..<j])) else { return nil }
        return (value, j)
    }

    /// The law named right before position `end`: 《…》, or a run of Han characters that is (ends with) a law name.
    private static func law(endingAt end: Int, in chars: [Character], knownLaws: Set<String>) -> (name: String, start: Int)? {
        guard end > 0 else { return nil }
        if chars[end - 1] == "》", let open = chars[..<(end - 1)].lastIndex(of: "《") {
            let name = String(chars[(open + 1)..<(end - 1)])
            guard !name.isEmpty else { return nil }
            return (strip(name), open)
        }
        var start = end
        while start > 0, isHan(chars[start - 1]), end - start < 40 { start -= 1 }
        guard start < end else { return nil }
        let run = String(chars[start..<end])
        // The longest known law name the run ends with.
        if let known = knownLaws.filter({ run.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
            var from = end - known.count
            if String(chars[max(start, from - statePrefix.count)..<from]) == statePrefix { from -= statePrefix.count }
            return (known, from)
        }
        guard run.hasSuffix("法") || run.hasSuffix("典") || run.hasSuffix("条例") || run.hasSuffix("规定") else { return nil }
        var name = run
        var from = start
        for word in leadingWords where name.hasPrefix(word) && name.count > word.count + 1 {
            name = String(name.dropFirst(word.count))
            from += word.count
            break
        }
        let stripped = strip(name)
        return (stripped, from)
    }

    private static func strip(_ name: String) -> String {
        name.hasPrefix(statePrefix) && name.count > statePrefix.count ? String(name.dropFirst(statePrefix.count)) : name
    }

    private static func isHan(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) && c != "第" && c != "条" && c != "款" && c != "项"
            && !ChineseNumeral.isNumeralCharacter(c)
    }
}
