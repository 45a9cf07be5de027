import Fluent
import FarunCore
import Foundation

/// Article references on lawyers' answers (法条引用): checked with the citation checker before the answer is stored,
/// stored one per line in the statutes' own form (《劳动合同法》第八十二条), shown as links to the statute pages.
enum ConsultationArticles {
    /// Verdicts that let an answer through: the article stands in the version in force (a revision that renumbered
    /// it is the checker's warning for the citation-check page, not a reason to refuse an answer).
    static let accepted: Set<CitationCheck.Verdict> = [.exists, .changedByRevision]
    /// What the answer form's references field holds (the same limit for the API's list).
    static let maximumLength = 2000

    /// The references as stored, or the first one that is wrong. `lines` are what the lawyer typed (one per line or
    /// free text; the law of a bare 第85条 carries over from the line before). Without imported statutes nothing
    /// can be checked: the typed lines are kept as they are (like `StatuteLinks`).
    static func verify(_ lines: [String], today: Date, l: L10n, on db: any Database) async throws -> [String] {
        let lines = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.reduce(0, { $0 + $1.count + 1 }) <= maximumLength else {
            throw AppError.validation([FieldProblem(field: "articles", message: .validationTooLong, args: [String(maximumLength)])])
        }
        guard !lines.isEmpty, try await StatuteLinks.statutesImported(on: db) else { return lines }
        let text = lines.joined(separator: "\n")
        let catalog = try await StatuteQueries.catalog(on: db, today: LocalDate.inChina(today))
        let findings = try await CitationCheck.check(text, catalog: catalog, on: db)
        // A line the checker finds no citation in is refused too: it would show as a reference that links nowhere.
        var start = 0
        for line in lines {
            let range = start..<(start + line.count)
            if !findings.contains(where: { range.contains($0.citation.range.lowerBound) }) {
                throw AppError.validation([FieldProblem(field: "articles", message: .consultArticleUnreadable, args: [line])])
            }
            start = range.upperBound + 1
        }
        if let bad = findings.first(where: { !accepted.contains($0.verdict) }) {
            throw AppError.validation([FieldProblem(field: "articles", message: .consultArticleRefused,
                                                    args: [bad.quoted, CitationCheckPage.message(bad, l)])])
        }
        var stored: [String] = []
        for finding in findings {
            guard let entry = finding.entry, let article = finding.article else { continue }
            let reference = "《\(entry.law.shortName)》\(article.label)"
            if !stored.contains(reference) { stored.append(reference) }
        }
        return stored
    }

    /// Links to the statute pages for stored references (reference → path); references the statutes do not hold
    /// (stored before statutes were imported) have none and show as text.
    static func links(_ references: [String], today: Date, on db: any Database) async throws -> [String: String] {
        let unique = Array(Set(references))
        guard !unique.isEmpty else { return [:] }
        let known = try await StatuteLinks.knownLawNames(on: db)
        var parsed: [(String, ArticleReference)] = []
        for reference in unique {
            if let first = ArticleReferenceList.parse(reference, knownLaws: known).references.first { parsed.append((reference, first)) }
        }
        let resolved = try await StatuteLinks.resolve(parsed.map(\.1), today: today, on: db)
        var out: [String: String] = [:]
        for ((text, _), link) in zip(parsed, resolved) {
            if let law = link.lawID, let article = link.articleID { out[text] = SiteURL.lawArticle(law, article: article).path }
        }
        return out
    }
}
