import FarunCore
import Foundation
import Vapor

/// A case or FAQ in the API (snake_case, separate from the `knowledge_entries` row).
struct KnowledgeEntryDTO: Content {
    struct ArticleDTO: Content, Equatable {
        let law_name: String
        let article_label: String
        let article_number: Int
        /// 《劳动合同法》第八十二条.
        let citation: String
        /// Where the imported statutes hold it (nil when they do not).
        let law_id: Int?
        let article_id: Int?
        /// true: found in the imported statutes; false: statutes imported but not found; nil: none imported.
        let verified: Bool?
    }

    let id: Int
    let kind: String
    let title: String
    let summary: String
    let body: String
    let legal_field: String
    let region_id: Int
    let source: String
    let state: String
    let published_at: Date?
    let retired_at: Date?
    let updated_at: Date?
    /// For `PUT`, publish and retire: send back the version you read.
    let version: Int
    let articles: [ArticleDTO]

    init(_ entry: KnowledgeEntry, links: [StatuteLinks.Link]) throws {
        id = try entry.requireID()
        kind = entry.kind.rawValue
        title = entry.title
        summary = entry.summary
        body = entry.body
        legal_field = entry.legalField.rawValue
        region_id = entry.$region.id
        source = entry.source
        state = entry.state.rawValue
        published_at = entry.publishedAt
        retired_at = entry.retiredAt
        updated_at = entry.updatedAt
        version = entry.version
        articles = links.map {
            ArticleDTO(law_name: $0.reference.lawName, article_label: $0.reference.articleLabel, article_number: $0.reference.articleNumber,
                       citation: $0.reference.citation, law_id: $0.lawID, article_id: $0.articleID, verified: $0.verified)
        }
    }
}

/// `POST /api/v1/knowledge/entries` and `PUT …/{id}`: the whole entry. `articles` are references as staff write
/// them (《劳动合同法》第八十二条, 民法典1079); `region_id` defaults to the caller's first region on create.
struct KnowledgeEntryWriteDTO: Content {
    let kind: String
    let title: String
    let summary: String
    let body: String
    let legal_field: String
    let source: String
    let articles: [String]
    let region_id: Int?
    /// Required on `PUT`.
    let version: Int?

    var form: KnowledgeEntryForm {
        KnowledgeEntryForm(kind: kind, title: title, summary: summary, body: body, legalField: legal_field, source: source,
                           // One reference a line, so each is read on its own (a list item holding 、 still splits).
                           articles: articles.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n"))
    }
}

/// `POST …/publish` and `…/retire`.
struct KnowledgeEntryVersionDTO: Content {
    let version: Int
}

struct SearchExpansionDTO: Content {
    let id: Int
    let colloquial: String
    let legal_terms: [String]
    let created_at: Date?

    init(_ row: SearchExpansion) throws {
        id = try row.requireID()
        colloquial = row.colloquial
        legal_terms = row.legalTerms.split(separator: " ").map(String.init)
        created_at = row.createdAt
    }
}

struct SearchExpansionWriteDTO: Content {
    let colloquial: String
    let legal_terms: [String]

    var legalTermsText: String { legal_terms.joined(separator: " ") }
}
