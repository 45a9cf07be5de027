import Fluent
import FarunCore
import Foundation

/// The citation checker (引用核对): every article reference in a text, and whether it stands.
enum CitationCheck {
    enum Verdict: String, Sendable, CaseIterable {
        /// The article exists in the version in force.
        case exists
        /// Exists, but the law was revised and an earlier version has a different article under this number:
        /// the writer may be using the old numbering (仲裁法 before 2026-03-01).
        case changedByRevision = "changed_by_revision"
        /// The version in force has no such article (an invented article, or one beyond the end).
        case missing
        /// The article exists only in a superseded or repealed version.
        case superseded
        /// The article exists only in a version that is not yet in force.
        case notYetInForce = "not_yet_in_force"
        /// No law of that name is known.
        case unknownLaw = "unknown_law"
        /// The article exists but has fewer paragraphs (款) or items (项) than cited.
        case outOfRange = "out_of_range"
    }

    struct Finding: Sendable {
        let citation: Citation
        /// The cited words as they stand in the text.
        let quoted: String
        let verdict: Verdict
        let entry: LawEntry?
        let article: LawArticle?
        /// Facts for the message: counts, dates, the other version.
        let detail: [String]
    }

    /// Checks every citation in `text` against the statutes as they stand on `today`.
    static func check(_ text: String, catalog: [LawEntry], on db: any Database) async throws -> [Finding] {
        var known = Set(catalog.map(\.law.shortName))
        known.formUnion(LawNames.abbreviations.keys)
        let characters = Array(text)
        var findings: [Finding] = []
        for citation in CitationParser.find(in: text, knownLaws: known) {
            let quoted = String(characters[citation.range])
            findings.append(try await judge(citation, quoted: quoted, catalog: catalog, on: db))
        }
        return findings
    }

    private static func judge(_ citation: Citation, quoted: String, catalog: [LawEntry], on db: any Database) async throws -> Finding {
        func finding(_ verdict: Verdict, _ entry: LawEntry?, _ article: LawArticle?, _ detail: [String] = []) -> Finding {
            Finding(citation: citation, quoted: quoted, verdict: verdict, entry: entry, article: article, detail: detail)
        }
        guard let name = citation.law, let entry = StatuteQueries.resolve(name, in: catalog) else {
            return finding(.unknownLaw, nil, nil, [citation.law ?? ""])
        }
        let number = ArticleNumber(citation.article, supplement: citation.supplement)
        let versions = StatuteQueries.otherVersions(of: entry, in: catalog)
        guard let article = try await StatuteQueries.article(number, in: entry.id, on: db) else {
            for other in versions {
                if let old = try await StatuteQueries.article(number, in: other.id, on: db) {
                    if case .notYetInForce(let from) = other.standing { return finding(.notYetInForce, other, old, [from.description]) }
                    return finding(.superseded, other, old, [other.law.versionDate ?? ""])
                }
            }
            return finding(.missing, entry, nil, [String(entry.law.articleCount)])
        }
        if entry.standing != .inForce, !entry.standing.isCurrentOrComing {
            return finding(.superseded, entry, article, [entry.law.versionDate ?? ""])
        }
        if case .notYetInForce(let from) = entry.standing { return finding(.notYetInForce, entry, article, [from.description]) }
        let paragraphs = ArticleStructure.paragraphs(of: article.text)
        if let paragraph = citation.paragraph, paragraph > paragraphs.count || paragraph < 1 {
            return finding(.outOfRange, entry, article, [String(paragraphs.count), "paragraph"])
        }
        if let item = citation.item {
            let items = citation.paragraph.map { paragraphs[$0 - 1] } ?? paragraphs.reduce(0, +)
            if item > items || item < 1 { return finding(.outOfRange, entry, article, [String(items), "item"]) }
        }
        for other in versions where other.standing == .superseded {
            if let old = try await StatuteQueries.article(number, in: other.id, on: db), old.text != article.text {
                return finding(.changedByRevision, entry, article, [entry.law.effectiveDate ?? entry.law.versionDate ?? "", other.law.versionDate ?? ""])
            }
        }
        return finding(.exists, entry, article)
    }
}
