import Fluent
import FarunCore
import Vapor

/// Finds the imported statute article a case or FAQ names (by law name and article label, so links survive a
/// re-import). When no statutes are imported yet, references are accepted as parsed and shown unverified.
enum StatuteLinks {
    /// A linked article and, when the statutes hold it, where it lives.
    struct Link: Sendable, Equatable {
        let reference: ArticleReference
        let lawID: Int?
        let articleID: Int?
        /// nil: no statutes imported, so nothing could be checked.
        let verified: Bool?
    }

    static func statutesImported(on db: any Database) async throws -> Bool {
        try await Law.query(on: db).first() != nil
    }

    /// Short names of the imported laws, so that 民法典1079 is cut cleanly out of the text before it.
    static func knownLawNames(on db: any Database) async throws -> Set<String> {
        Set(try await Law.query(on: db).field(\.$shortName).all().map(\.shortName))
    }

    /// Each reference with the law version people mean today and the article of that version, if any.
    static func resolve(_ references: [ArticleReference], today: Date, on db: any Database) async throws -> [Link] {
        guard !references.isEmpty else { return [] }
        guard try await statutesImported(on: db) else {
            return references.map { Link(reference: $0, lawID: nil, articleID: nil, verified: nil) }
        }
        let names = Array(Set(references.map(\.lawName)))
        let laws = try await Law.query(on: db).group(.or) { group in
            group.filter(\.$shortName ~~ names)
            group.filter(\.$name ~~ names)
        }.all()
        var lawByName: [String: Law] = [:]
        let day = LocalDate.inChina(today)
        for name in names {
            lawByName[name] = version(of: laws.filter { $0.shortName == name || $0.name == name }, today: day)
        }
        var articles: [Int: [String: Int]] = [:]
        for law in Set(lawByName.values.compactMap(\.id)) {
            let labels = references.filter { lawByName[$0.lawName]?.id == law }.map(\.articleLabel)
            let rows = try await LawArticle.query(on: db).filter(\.$law.$id == law).filter(\.$label ~~ labels).all()
            articles[law] = Dictionary(rows.compactMap { row in row.id.map { (row.label, $0) } }, uniquingKeysWith: { a, _ in a })
        }
        return references.map { reference in
            let law = lawByName[reference.lawName]?.id
            let article = law.flatMap { articles[$0]?[reference.articleLabel] }
            return Link(reference: reference, lawID: law, articleID: article, verified: article != nil)
        }
    }

    /// The references the imported statutes do not hold (empty when none are imported).
    static func unknown(_ references: [ArticleReference], today: Date, on db: any Database) async throws -> [ArticleReference] {
        try await resolve(references, today: today, on: db).filter { $0.verified == false }.map(\.reference)
    }

    /// The version a citation means: the one the statute pages pick (`StatuteQueries.preferred`).
    private static func version(of laws: [Law], today: LocalDate) -> Law? {
        let standings = LawVersions.standings(of: laws.map(\.version), today: today)
        return StatuteQueries.preferred(zip(laws, standings).map { LawEntry(law: $0, standing: $1) })?.law
    }
}

