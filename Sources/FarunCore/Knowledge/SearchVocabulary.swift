import Foundation

/// The language data of the search engine: the segmenter's word list, the colloquial-to-legal expansion table,
/// the filler words dropped from questions, and the traditional→simplified character table. The app loads the
/// texts from its resources; FarunCore never reads files.
public struct SearchVocabulary: Sendable {
    static let defaultFrequency: Float = 3000

    var lexicon: Lexicon
    /// Colloquial phrases as a trie, to find them anywhere in a question without segmenting first.
    var phraseTrie: Lexicon
    /// Folded colloquial phrase → folded legal terms.
    var expansions: [[UInt32]: [[UInt32]]]
    var stopwords: Set<[UInt32]>
    let folding: TextFolding
    /// Law short name → weight of its articles (1 when unlisted).
    var lawPriors: [String: Float] = [:]
    /// Wording that tells remedy articles from organisational ones, and questions that ask for a remedy.
    var articleKinds = ArticleKinds()
    /// Law (short or full name) → arabic article number → the article's citizen-language cues, folded: the everyday
    /// words and situations in which a person needs the article (document expansion written as data).
    /// Keyed by the number, with the suffix of an added article (133之一 → "133之一", 133 → "133").
    var articleCues: [String: [String: [UInt32]]] = [:]

    /// - Parameters:
    ///   - words: the segmenter's word list, one word a line: `word [frequency] [tag]` (jieba's dict.txt format).
    ///   - expansions: TSV, `colloquial<TAB>legal term[ legal term…]`; `#` starts a comment line.
    ///   - stopwords: one filler word a line.
    ///   - traditionalToSimplified: `繁<TAB>简` per line (OpenCC TSCharacters format).
    ///   - lawPriors: `law short name<TAB>weight` per line: everyday laws before specialised ones when the words
    ///     fit both (clamped to 0.5…2).
    ///   - articleKinds: `kind<TAB>pattern` per line (remedy, organisation, intent; see `ArticleKinds`).
    ///   - articleCues: `law<TAB>article<TAB>cue｜cue…` per line; the law by short or full name, the article as 30,
    ///     第30条, 第三十条 or 133之一 (an added article, which shares its arabic number with 133); the cues are indexed as a field of that article (`SearchTuning.cueWeight`).
    public init(
        words: String, expansions: String, stopwords: String, traditionalToSimplified: String, lawPriors: String = "",
        articleKinds: String = "", articleCues: String = ""
    ) {
        folding = TextFolding(parsing: traditionalToSimplified)
        lexicon = Lexicon()
        phraseTrie = Lexicon()
        self.expansions = [:]
        self.stopwords = []
        for line in words.split(whereSeparator: \.isNewline) {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let word = columns.first, !word.hasPrefix("#") else { continue }
            let frequency = columns.count > 1 ? Float(columns[1]) ?? Self.defaultFrequency : Self.defaultFrequency
            lexicon.insert(folding.fold(String(word)), frequency: max(frequency, 1))
        }
        for line in stopwords.split(whereSeparator: \.isNewline) {
            let word = line.trimmingCharacters(in: .whitespaces)
            guard !word.isEmpty, !word.hasPrefix("#") else { continue }
            let folded = folding.fold(word)
            self.stopwords.insert(folded)
            // filler phrases become words, so a question's 咋办 is cut out whole and dropped
            if folded.count > 1 && !lexicon.contains(folded) { lexicon.insert(folded, frequency: Self.defaultFrequency) }
        }
        var rows: [(colloquial: String, legal: [String])] = []
        for line in expansions.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else { continue }
            let legal = columns[1].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" || $0 == "、" })
            rows.append((String(columns[0]).trimmingCharacters(in: .whitespaces), legal.map(String.init)))
        }
        add(rows)
        self.articleKinds = ArticleKinds(parsing: articleKinds, folding: folding)
        for line in lawPriors.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count >= 2, let weight = Float(columns[1].trimmingCharacters(in: .whitespaces)) else { continue }
            self.lawPriors[String(columns[0]).trimmingCharacters(in: .whitespaces)] = min(max(weight, 0.5), 2)
        }
        for line in articleCues.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count >= 3, let number = Self.articleKey(columns[1]) else { continue }
            let law = columns[0].trimmingCharacters(in: .whitespaces)
            // cues are kept apart by a separator so no character pair spans two of them
            let cues = columns[2].split(whereSeparator: { $0 == "｜" || $0 == "|" }).map { folding.fold(String($0)) }
                .filter { !$0.isEmpty }
            guard !law.isEmpty, !cues.isEmpty else { continue }
            var text = self.articleCues[law, default: [:]][number] ?? []
            for cue in cues {
                if !text.isEmpty { text.append(0x20) }
                text += cue
            }
            self.articleCues[law, default: [:]][number] = text
        }
    }

    /// 30, 第30条, 第三十条 → "30"; 133之一, 第一百三十三条之一 → "133之一".
    static func articleKey(_ column: Substring) -> String? {
        var s = column.trimmingCharacters(in: .whitespaces)
        var added = ""
        if let range = s.range(of: "之") {
            added = String(s[range.lowerBound...])
            s = String(s[..<range.lowerBound])
        }
        if s.hasPrefix("第") { s.removeFirst() }
        if s.hasSuffix("条") { s.removeLast() }
        guard let number = Int(s) ?? ChineseNumeral.parse(s) else { return nil }
        return "\(number)" + added
    }

    /// The cues written for an article, folded (nil when none); `label` (第一百三十三条之一) tells an added article
    /// from the one whose number it shares.
    func cues(lawShortName: String?, lawName: String?, article: Int?, label: String?) -> [UInt32]? {
        guard let article, !articleCues.isEmpty else { return nil }
        var key = "\(article)"
        if let label, let range = label.range(of: "之") { key += label[range.lowerBound...] }
        if let short = lawShortName, let text = articleCues[short]?[key] { return text }
        if let name = lawName, let text = articleCues[name]?[key] { return text }
        return nil
    }

    /// How many articles have cues.
    public var cuedArticleCount: Int { articleCues.values.reduce(0) { $0 + $1.count } }

    /// The weight of a law's articles.
    func prior(lawShortName: String?, lawName: String?) -> Float {
        if let short = lawShortName, let weight = lawPriors[short] { return weight }
        if let name = lawName, let weight = lawPriors[name] { return weight }
        return 1
    }

    /// An empty vocabulary: bigrams only, no expansion, no filler removal.
    public static let empty = SearchVocabulary(words: "", expansions: "", stopwords: "", traditionalToSimplified: "")

    /// The same vocabulary with more expansions (staff-edited at run time); rows for an existing colloquial phrase
    /// add to its legal terms.
    public func adding(expansions rows: [(colloquial: String, legal: [String])]) -> SearchVocabulary {
        var copy = self
        copy.add(rows)
        return copy
    }

    public var wordCount: Int { lexicon.wordCount }
    public var expansionCount: Int { expansions.count }

    private mutating func add(_ rows: [(colloquial: String, legal: [String])]) {
        for row in rows {
            let key = folding.fold(row.colloquial.trimmingCharacters(in: .whitespaces))
            guard !key.isEmpty else { continue }
            let legal = row.legal.map { folding.fold($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
            guard !legal.isEmpty else { continue }
            var terms = expansions[key] ?? []
            for term in legal where !terms.contains(term) && term != key { terms.append(term) }
            expansions[key] = terms
            phraseTrie.insert(key, frequency: 1)
            // Both sides become words, so a question keeps them whole when it is segmented.
            if key.count > 1, !lexicon.contains(key) { lexicon.insert(key, frequency: Self.defaultFrequency) }
            for term in legal where term.count > 1 && !lexicon.contains(term) {
                lexicon.insert(term, frequency: Self.defaultFrequency)
            }
        }
    }

    /// Every colloquial phrase in `s` with where it stands.
    func phrases(in s: [UInt32]) -> [(range: Range<Int>, legal: [[UInt32]])] {
        var found: [(Range<Int>, [[UInt32]])] = []
        for i in s.indices {
            var node: Int32 = 0
            var j = i
            while j < s.count, let next = phraseTrie.child(of: node, s[j]) {
                node = next
                j += 1
                if phraseTrie.isWord(node), let legal = expansions[Array(s[i..<j])] { found.append((i..<j, legal)) }
            }
        }
        return found
    }
}
