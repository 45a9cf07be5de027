/// One searchable text: a statute article, a typical case or an FAQ entry. The caller (the app's index service)
/// maps its rows to these; the engine never reads a database or a file.
public struct SearchDocument: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case article, typicalCase = "case", faq
    }

    /// Whether the text is law in force today; decided by the caller from status AND effective date.
    public enum Standing: String, Sendable, Codable, CaseIterable {
        case inForce = "in_force", notYetInForce = "not_yet_in_force", superseded, repealed
    }

    /// Stable id from the caller, e.g. "a:123" (article row id) or "e:7" (case/FAQ).
    public var key: String
    public var kind: Kind
    /// Full name, e.g. 中华人民共和国劳动合同法 (articles only).
    public var lawName: String?
    /// E.g. 劳动合同法.
    public var lawShortName: String?
    /// law_department, e.g. 社会法.
    public var department: String?
    /// Chapter + section ("第四章 劳动合同的解除和终止") or a case/FAQ title.
    public var heading: String?
    /// Arabic article number (之一 articles share the base number).
    public var articleNumber: Int?
    /// Text identity, e.g. 第一百三十三条之一.
    public var articleLabel: String?
    /// Article text, or case/FAQ body (FAQ: question + answer).
    public var text: String
    public var standing: Standing

    public init(
        key: String, kind: Kind, lawName: String? = nil, lawShortName: String? = nil, department: String? = nil,
        heading: String? = nil, articleNumber: Int? = nil, articleLabel: String? = nil, text: String,
        standing: Standing = .inForce
    ) {
        self.key = key
        self.kind = kind
        self.lawName = lawName
        self.lawShortName = lawShortName
        self.department = department
        self.heading = heading
        self.articleNumber = articleNumber
        self.articleLabel = articleLabel
        self.text = text
        self.standing = standing
    }
}

public struct SearchQuery: Sendable {
    public var text: String
    public var limit: Int
    /// nil: every kind.
    public var kinds: Set<SearchDocument.Kind>?
    /// Full or short law name; only that law's articles (cases and FAQ are dropped).
    public var lawName: String?
    public var department: String?
    /// Also superseded, repealed and not-yet-in-force texts (ranked after the current ones).
    public var includeSuperseded: Bool

    public init(
        text: String, limit: Int = 10, kinds: Set<SearchDocument.Kind>? = nil, lawName: String? = nil,
        department: String? = nil, includeSuperseded: Bool = false
    ) {
        self.text = text
        self.limit = limit
        self.kinds = kinds
        self.lawName = lawName
        self.department = department
        self.includeSuperseded = includeSuperseded
    }
}

public struct SearchHit: Sendable {
    public let key: String
    public let score: Double
    public let snippet: Snippet

    public init(key: String, score: Double, snippet: Snippet) {
        self.key = key
        self.score = score
        self.snippet = snippet
    }
}

/// A short excerpt of a document with the words that matched the query marked, for highlighting.
public struct Snippet: Sendable, Hashable {
    public struct Part: Sendable, Hashable {
        public let text: String
        public let isMatch: Bool

        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    public let parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    public var plainText: String { parts.map(\.text).joined() }
}
