import FarunCore
import Foundation
import Vapor

/// `GET /api/v1/search`. Unlike the rest of the API its keys are camelCase (`results`, `lawName`,
/// `articleNumber`): issue 4 fixes these names for the evaluation clients; the OpenAPI document says so.
struct SearchResponseDTO: Content {
    let query: String
    let results: [SearchResultDTO]
}

/// One hit. Statute hits carry the law and article fields; case and FAQ hits `id` and `title`.
struct SearchResultDTO: Content {
    let kind: String
    let score: Double
    let snippet: SnippetDTO
    /// The page to show: /laws/{lawId}/articles/{articleId} or /knowledge/{id}.
    let url: String
    // Statutes
    let lawName: String?
    let lawShortName: String?
    /// The arabic article number (之一 articles share their base article's number).
    let articleNumber: Int?
    let articleLabel: String?
    let lawId: Int?
    let articleId: Int?
    /// in_force, not_yet_in_force, superseded or repealed.
    let standing: String?
    // Cases and FAQ
    let id: Int?
    let title: String?

    init(_ result: KnowledgeResult) {
        let item = result.item
        kind = item.kind.rawValue
        score = (result.hit.score * 1000).rounded() / 1000
        snippet = SnippetDTO(result.hit.snippet)
        url = KnowledgeLinks.url(item.target).path
        switch item.target {
        case .article(let lawID, let articleID):
            lawName = item.lawName
            lawShortName = item.lawShortName
            articleNumber = item.articleNumber
            articleLabel = item.articleLabel
            lawId = lawID
            articleId = articleID
            standing = item.standing.rawValue
            id = nil
            title = nil
        case .entry(let entryID):
            lawName = nil
            lawShortName = nil
            articleNumber = nil
            articleLabel = nil
            lawId = nil
            articleId = nil
            standing = nil
            id = entryID
            title = item.title
        }
    }
}

/// A snippet as plain text and as parts, the matched ones to highlight.
struct SnippetDTO: Content {
    struct Part: Content {
        let text: String
        let match: Bool
    }

    let text: String
    let parts: [Part]

    init(_ snippet: Snippet) {
        text = snippet.plainText
        parts = snippet.parts.map { Part(text: $0.text, match: $0.isMatch) }
    }
}

/// Where a hit's page is.
enum KnowledgeLinks {
    static func url(_ target: KnowledgeItem.Target) -> SiteURL {
        switch target {
        case .article(let lawID, let articleID): .lawArticle(lawID, article: articleID)
        case .entry(let id): .knowledgeEntry(id)
        }
    }
}
