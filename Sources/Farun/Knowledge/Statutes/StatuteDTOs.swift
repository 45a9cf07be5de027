import FarunCore
import Foundation
import Vapor

/// A law version in the API.
struct LawDTO: Content, Equatable {
    let id: Int
    let name: String
    let short_name: String
    let doc_type: String?
    let level: String?
    let department: String?
    let issuing_body: String?
    let publish_date: String?
    let effective_date: String?
    let version_date: String?
    /// As the source publishes it: current, amended, repealed, historical.
    let status: String
    /// Today: in_force, not_yet_in_force, superseded, repealed.
    let standing: String
    /// For not_yet_in_force: the day it takes effect.
    let in_force_from: String?
    /// For a 修正案 or 修改决定: the law it changes.
    let amends_name: String?
    let article_count: Int
    let url: String

    init(_ entry: LawEntry) {
        let law = entry.law
        id = entry.id
        name = law.name
        short_name = law.shortName
        doc_type = law.docType
        level = law.level
        department = law.department
        issuing_body = law.issuingBody
        publish_date = law.publishDate
        effective_date = law.effectiveDate
        version_date = law.versionDate
        status = law.status.rawValue
        standing = entry.standing.key
        if case .notYetInForce(let from) = entry.standing { in_force_from = from.description } else { in_force_from = nil }
        amends_name = law.amendsName
        article_count = law.articleCount
        url = SiteURL.law(entry.id).path
    }
}

/// One law version with its table of contents and its other versions.
struct LawDetailDTO: Content {
    struct Heading: Content, Equatable {
        let chapter: String?
        let section: String?
        let first_article: String
        let article_count: Int
    }

    let law: LawDTO
    let contents: [Heading]
    let other_versions: [LawDTO]
}

/// An article as the look-up API returns it.
struct ArticleDTO: Content, Equatable {
    let id: Int
    let label: String
    /// The arabic number (shared by 之一 articles with their base article); null for a 全文 row.
    let number: Int?
    let supplement: Int
    let ordinal: Int
    let chapter: String?
    let section: String?
    let text: String
    let url: String

    init(_ article: LawArticle) {
        id = article.id ?? 0
        label = article.label
        number = article.number
        supplement = article.supplement
        ordinal = article.ordinal
        chapter = article.chapter
        section = article.section
        text = article.text
        url = SiteURL.lawArticle(article.$law.id, article: article.id ?? 0).path
    }
}

struct AmendmentDTO: Content, Equatable {
    let law_id: Int
    let law_name: String
    let label: String
    let text: String
    let effective_date: String?
    /// Whether the text of the law shown already contains this change.
    let included_in_text: Bool
    let url: String

    init(_ note: AmendmentNote) {
        law_id = note.lawID
        law_name = note.lawName
        label = note.label
        text = note.text
        effective_date = note.effectiveDate
        included_in_text = note.includedInText
        url = SiteURL.lawArticle(note.lawID, article: note.articleID).path
    }
}

/// `GET /api/v1/laws/{law}/articles/{n}`.
struct ArticleLookupDTO: Content {
    let law: LawDTO
    let article: ArticleDTO
    let previous: String?
    let next: String?
    let amendments: [AmendmentDTO]
    let other_versions: [LawDTO]
}

struct CitationCheckRequest: Content {
    let text: String
}

/// `POST /api/v1/citations/check`.
struct CitationCheckDTO: Content {
    struct Item: Content {
        /// The cited words as they stand in the text.
        let quoted: String
        /// Character offsets in the text.
        let start: Int
        let end: Int
        /// The law as written (or carried over from the previous citation).
        let law: String?
        let law_carried_over: Bool
        let article: String
        let paragraph: Int?
        let item: Int?
        /// exists, changed_by_revision, missing, superseded, not_yet_in_force, unknown_law, out_of_range.
        let verdict: String
        let message: String
        let law_version: LawDTO?
        let matched_article: ArticleDTO?
    }

    let citations: [Item]
    let problems: Int
}
