import FarunCore
import Foundation

/// A law version ready to store: the source row with the file's quirks resolved (names, amendment target, article
/// identities, book headings moved off the article they were glued to).
struct PreparedLaw: Sendable {
    var sourceID: String
    var name: String
    var shortName: String
    var docType: String?
    var level: String?
    var department: String?
    var issuingBody: String?
    var publishDate: String?
    var effectiveDate: String?
    var versionDate: String?
    var status: LawStatus
    var amendsName: String?
    var articles: [PreparedArticle]
}

struct PreparedArticle: Sendable, Equatable {
    var ordinal: Int
    var label: String
    var number: Int?
    var supplement: Int
    var chapter: String?
    var section: String?
    var text: String
}

enum LawImportPlan {
    struct Result: Sendable {
        var laws: [PreparedLaw]
        /// Source rows that repeated the previous row's label and were joined to it (the 1987 treaty decision).
        var mergedFragments: Int
        /// Articles whose text carried the next book heading.
        var headingsMoved: Int
    }

    static func prepare(_ source: [SourceLaw]) throws -> Result {
        var merged = 0
        var moved = 0
        let laws = try source.map { law -> PreparedLaw in
            let prepared = try articles(of: law)
            merged += prepared.merged
            moved += prepared.moved
            let isAmendment = law.docType == "修正案" || law.docType == "修改决定"
            let amends = isAmendment ? Amendments.amendedLawName(documentName: law.name, text: law.articles.first?.text) : nil
            return PreparedLaw(sourceID: law.sourceID, name: law.name, shortName: LawNames.shortName(law.name), docType: law.docType,
                               level: law.level, department: law.department, issuingBody: law.issuingBody, publishDate: law.publishDate,
                               effectiveDate: law.effectiveDate, versionDate: law.versionDate, status: law.status, amendsName: amends,
                               articles: prepared.articles)
        }
        return Result(laws: laws, mergedFragments: merged, headingsMoved: moved)
    }

    /// Labels and numbers from the text number; book headings carried to the following articles' chapter.
    static func articles(of law: SourceLaw) throws -> (articles: [PreparedArticle], merged: Int, moved: Int) {
        var result: [PreparedArticle] = []
        var positions: [String: Int] = [:]
        var book: String?
        var subBook: String?
        var merged = 0
        var moved = 0
        for row in law.articles {
            let label = row.articleNo.replacingOccurrences(of: " ", with: "")
            let (number, supplement) = try identity(label, row: row, law: law)
            let split = StatuteHeadings.splitTrailingHeadings(row.text)
            let chapter = [book, subBook, row.chapter].compactMap { $0 }.joined(separator: StatuteHeadings.separator)
            if let earlier = positions[label] {
                // The source split one article into several rows with the same number; they are one article.
                result[earlier].text += "\n" + split.text
                merged += 1
            } else {
                positions[label] = result.count
                result.append(PreparedArticle(ordinal: result.count + 1, label: label, number: number, supplement: supplement,
                                              chapter: chapter.isEmpty ? nil : chapter, section: row.section, text: split.text))
            }
            if !split.headings.isEmpty { moved += 1 }
            for heading in split.headings {
                if StatuteHeadings.isSubBook(heading) {
                    subBook = heading
                } else {
                    book = heading
                    subBook = nil
                }
            }
        }
        return (result, merged, moved)
    }

    /// 第一百三十三条之一 → (133, 1); 条目三 → (3, 0); 全文 → (nil, 0).
    private static func identity(_ label: String, row: SourceArticle, law: SourceLaw) throws -> (Int?, Int) {
        if label == "全文" { return (nil, 0) }
        if let item = ArticleNumber.itemNumber(label) { return (item, 0) }
        if label.hasPrefix("第"), label.contains("条"), let parsed = ArticleNumber.parse(label) {
            return (parsed.number, parsed.supplement)
        }
        throw LawImportProblem("articles row \(row.rowID) (\(law.name)): article number '\(row.articleNo)' is not 第…条, 第…条之…, 条目N or 全文")
    }
}

/// What one import did, for the summary line and for tests.
struct LawImportSummary: Sendable, Equatable {
    var laws = 0
    var articles = 0
    /// Law versions in force today (by effective date, see `LawVersions`).
    var inForce = 0
    /// Versions published but in force only from a later day.
    var notYetInForce = 0
    var lawsCreated = 0
    var lawsUpdated = 0
    var articlesCreated = 0
    var articlesUpdated = 0
    var articlesDeleted = 0
    var mergedFragments = 0
    var headingsMoved = 0

    var changed: Int { lawsCreated + lawsUpdated + articlesCreated + articlesUpdated + articlesDeleted }
}
