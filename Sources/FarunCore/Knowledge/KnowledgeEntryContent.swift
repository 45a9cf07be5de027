import Foundation

/// A typical case or FAQ as it is stored and published: every field checked.
public struct KnowledgeEntryContent: Sendable, Equatable {
    public var kind: KnowledgeEntryKind
    public var title: String
    public var summary: String
    public var body: String
    public var legalField: LegalField
    public var source: String
    public var articles: [ArticleReference]

    public init(kind: KnowledgeEntryKind, title: String, summary: String, body: String, legalField: LegalField,
                source: String, articles: [ArticleReference]) {
        self.kind = kind
        self.title = title
        self.summary = summary
        self.body = body
        self.legalField = legalField
        self.source = source
        self.articles = articles
    }

    /// Character limits: a title reads as one line on a phone; the summary is the snippet citizens see first.
    public enum Bounds {
        public static let title = 120
        public static let summary = 500
        public static let body = 20_000
        public static let source = 200
        public static let articles = 20
    }
}

/// One thing wrong with what was typed, reported on a form field.
public struct KnowledgeEntryProblem: Sendable, Hashable {
    /// Raw values are the form's field names and the API's error `field`.
    public enum Field: String, Sendable, CaseIterable {
        case kind, title, summary, body, source, articles
        case legalField = "legal_field"
    }

    public enum Kind: String, Sendable, CaseIterable {
        case required
        /// Longer than `limit` characters (or, for articles, more than `limit` references).
        case tooLong
        case unknownChoice
        /// `pieces` name no article.
        case unreadableReference
        /// `pieces` name an article but no law.
        case referenceWithoutLaw
    }

    public let field: Field
    public let kind: Kind
    public var limit: Int?
    /// The references concerned, as typed.
    public var pieces: [String]

    public init(_ field: Field, _ kind: Kind, limit: Int? = nil, pieces: [String] = []) {
        self.field = field
        self.kind = kind
        self.limit = limit
        self.pieces = pieces
    }
}

/// A case or FAQ as typed into the form or sent to the API, before it is checked.
public struct KnowledgeEntryForm: Sendable, Equatable {
    public var kind: String
    public var title: String
    public var summary: String
    public var body: String
    public var legalField: String
    public var source: String
    /// The linked articles, one reference per line (see `ArticleReferenceList`).
    public var articles: String

    public init(kind: String = "", title: String = "", summary: String = "", body: String = "", legalField: String = "",
                source: String = "", articles: String = "") {
        self.kind = kind
        self.title = title
        self.summary = summary
        self.body = body
        self.legalField = legalField
        self.source = source
        self.articles = articles
    }

    /// The form for editing stored content.
    public init(_ content: KnowledgeEntryContent) {
        self.init(kind: content.kind.rawValue, title: content.title, summary: content.summary, body: content.body,
                  legalField: content.legalField.rawValue, source: content.source,
                  articles: content.articles.map(\.citation).joined(separator: "\n"))
    }

    /// The checked content, or every problem at once. Text is trimmed; `knownLaws` helps cut law names out of
    /// unbracketed references (民法典1079).
    public func parse(knownLaws: Set<String> = []) -> Result<KnowledgeEntryContent, KnowledgeEntryProblems> {
        typealias P = KnowledgeEntryProblem
        typealias B = KnowledgeEntryContent.Bounds
        var problems: [P] = []
        func text(_ value: String, _ field: P.Field, limit: Int, required: Bool = true) -> String {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if required && trimmed.isEmpty { problems.append(P(field, .required)) }
            if trimmed.count > limit { problems.append(P(field, .tooLong, limit: limit)) }
            return trimmed
        }
        let kind = KnowledgeEntryKind(rawValue: kind)
        if kind == nil { problems.append(P(.kind, .unknownChoice)) }
        let title = text(title, .title, limit: B.title)
        let summary = text(summary, .summary, limit: B.summary)
        let body = text(body, .body, limit: B.body)
        let field = LegalField(rawValue: legalField)
        if field == nil { problems.append(P(.legalField, .unknownChoice)) }
        let source = text(source, .source, limit: B.source)
        let parsed = ArticleReferenceList.parse(articles, knownLaws: knownLaws)
        if !parsed.unreadable.isEmpty { problems.append(P(.articles, .unreadableReference, pieces: parsed.unreadable)) }
        if !parsed.withoutLaw.isEmpty { problems.append(P(.articles, .referenceWithoutLaw, pieces: parsed.withoutLaw)) }
        if parsed.references.count > B.articles { problems.append(P(.articles, .tooLong, limit: B.articles)) }
        guard problems.isEmpty, let kind, let field else { return .failure(KnowledgeEntryProblems(problems)) }
        return .success(KnowledgeEntryContent(kind: kind, title: title, summary: summary, body: body, legalField: field,
                                              source: source, articles: parsed.references))
    }
}

public struct KnowledgeEntryProblems: Error, Sendable, Equatable {
    public let problems: [KnowledgeEntryProblem]

    public init(_ problems: [KnowledgeEntryProblem]) {
        self.problems = problems
    }
}
