import Fluent
import FarunCore
import Foundation

/// A law version with where it stands today.
struct LawEntry: Sendable {
    let law: Law
    let standing: LawStanding
    var id: Int { law.id ?? 0 }
}

/// A 修正案 item that changes an article, shown beside it.
struct AmendmentNote: Sendable, Equatable {
    let lawID: Int
    let lawName: String
    let articleID: Int
    let label: String
    let text: String
    let effectiveDate: String?
    /// Whether the law text shown already contains the change (the amendment is not newer than the text).
    let includedInText: Bool
}

/// Reading the statutes: resolving law and article references, versions, neighbours and amendments.
enum StatuteQueries {
    /// Every law version with its standing on `today`, versions grouped by name. In force (and coming) first, then
    /// by name; a few hundred rows, so lists and look-ups work on this in memory.
    static func catalog(on db: any Database, today: LocalDate) async throws -> [LawEntry] {
        let laws = try await Law.query(on: db).all()
        let standings = LawVersions.standings(of: laws, today: today, name: \.name, version: \.version)
        return zip(laws, standings).map { LawEntry(law: $0, standing: $1) }
            .sorted { a, b in
                if a.standing.isCurrentOrComing != b.standing.isCurrentOrComing { return a.standing.isCurrentOrComing }
                if a.law.shortName != b.law.shortName { return a.law.shortName < b.law.shortName }
                return (a.law.versionDate ?? "") > (b.law.versionDate ?? "")
            }
    }

    /// The version a reference means: an id picks that version; a name (full, short, 《》, abbreviation) picks the
    /// version in force, else the one coming into force, else the latest. `version` (a version date or an id) picks
    /// another version of the same law.
    static func resolve(_ reference: String, version: String? = nil, in catalog: [LawEntry]) -> LawEntry? {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let id = Int(trimmed) { return catalog.first { $0.id == id } }
        let short = LawNames.normalizedReference(trimmed)
        let versions = catalog.filter { $0.law.shortName == short || $0.law.name == trimmed }
        guard !versions.isEmpty else { return nil }
        if let version {
            return versions.first { $0.law.versionDate == version || String($0.id) == version }
        }
        return preferred(versions)
    }

    /// In force, else not yet in force, else the latest (the later import when two share a version date).
    static func preferred(_ versions: [LawEntry]) -> LawEntry? {
        versions.first { $0.standing == .inForce }
            ?? versions.first { if case .notYetInForce = $0.standing { true } else { false } }
            ?? versions.max { ($0.law.versionDate ?? "", $0.id) < ($1.law.versionDate ?? "", $1.id) }
    }

    /// The other versions of the same law, newest first.
    static func otherVersions(of entry: LawEntry, in catalog: [LawEntry]) -> [LawEntry] {
        catalog.filter { $0.law.name == entry.law.name && $0.id != entry.id }
            .sorted { ($0.law.versionDate ?? "") > ($1.law.versionDate ?? "") }
    }

    static func articles(of lawID: Int, on db: any Database) async throws -> [LawArticle] {
        try await LawArticle.query(on: db).filter(\.$law.$id == lawID).sort(\.$ordinal).all()
    }

    /// The article a reference means in one version: its label (第一百三十三条之一, 条目二, 全文) or a number as people
    /// type it (1254, 一千二百五十四, 第1254条, 133之一). `.malformed` when the reference is not a number at all.
    enum ArticleLookup {
        case found(LawArticle)
        case missing
        case malformed
    }

    static func article(_ reference: String, in lawID: Int, on db: any Database) async throws -> ArticleLookup {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        if let byLabel = try await LawArticle.query(on: db).filter(\.$law.$id == lawID).filter(\.$label == trimmed).first() {
            return .found(byLabel)
        }
        guard let number = ArticleNumber.parse(trimmed) ?? ArticleNumber.itemNumber(trimmed).map({ ArticleNumber($0) }) else { return .malformed }
        return try await article(number, in: lawID, on: db).map(ArticleLookup.found) ?? .missing
    }

    static func article(_ number: ArticleNumber, in lawID: Int, on db: any Database) async throws -> LawArticle? {
        try await LawArticle.query(on: db).filter(\.$law.$id == lawID).filter(\.$number == number.number)
            .filter(\.$supplement == number.supplement).sort(\.$ordinal).first()
    }

    /// The articles before and after one, in the law's order.
    static func neighbours(of article: LawArticle, on db: any Database) async throws -> (previous: LawArticle?, next: LawArticle?) {
        let lawID = article.$law.id
        let previous = try await LawArticle.query(on: db).filter(\.$law.$id == lawID).filter(\.$ordinal < article.ordinal)
            .sort(\.$ordinal, .descending).first()
        let next = try await LawArticle.query(on: db).filter(\.$law.$id == lawID).filter(\.$ordinal > article.ordinal).sort(\.$ordinal).first()
        return (previous, next)
    }

    /// For laws changed by separate amendments (刑法): the amendment items per article of `entry`, oldest first.
    static func amendments(of entry: LawEntry, in catalog: [LawEntry], on db: any Database) async throws -> [ArticleNumber: [AmendmentNote]] {
        let documents = catalog.filter { $0.law.amendsName == entry.law.name }
        guard !documents.isEmpty else { return [:] }
        let items = try await LawArticle.query(on: db).filter(\.$law.$id ~~ documents.map(\.id)).sort(\.$ordinal).all()
        let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.law) })
        var result: [ArticleNumber: [AmendmentNote]] = [:]
        for item in items {
            guard let document = byID[item.$law.id] else { continue }
            for target in Amendments.amendedArticles(item: item.text, lawShortName: entry.law.shortName) {
                let date = document.versionDate ?? document.effectiveDate
                let included = date.map { $0 <= (entry.law.versionDate ?? "") } ?? false
                result[target, default: []].append(AmendmentNote(
                    lawID: document.id ?? 0, lawName: document.name, articleID: item.id ?? 0, label: item.label, text: item.text,
                    effectiveDate: document.effectiveDate, includedInText: included))
            }
        }
        for key in result.keys { result[key]?.sort { ($0.effectiveDate ?? "") < ($1.effectiveDate ?? "") } }
        return result
    }

    /// The amendment items that change one article.
    static func amendments(for article: LawArticle, of entry: LawEntry, in catalog: [LawEntry], on db: any Database) async throws -> [AmendmentNote] {
        guard let number = article.number, !entry.law.isAmendment else { return [] }
        return try await amendments(of: entry, in: catalog, on: db)[ArticleNumber(number, supplement: article.supplement)] ?? []
    }
}

extension Law {
    var version: LawVersion {
        LawVersion(status: status, effectiveDate: effectiveDate.flatMap(LocalDate.init), versionDate: versionDate.flatMap(LocalDate.init))
    }

    /// A 修正案 or 修改决定.
    var isAmendment: Bool { amendsName != nil }
}
