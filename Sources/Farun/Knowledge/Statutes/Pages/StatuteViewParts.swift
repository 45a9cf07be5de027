import FarunCore
import Plot

/// What the statute pages show about a law version.
struct LawSummary: Sendable {
    var id: Int
    var name: String
    var docType: String?
    var level: String?
    var department: String?
    var issuingBody: String?
    var publishDate: String?
    var effectiveDate: String?
    var versionDate: String?
    var status: LawStatus
    var standing: LawStanding
    var amendsName: String?
    var articleCount: Int

    init(_ entry: LawEntry) {
        let law = entry.law
        id = entry.id
        name = law.name
        docType = law.docType
        level = law.level
        department = law.department
        issuingBody = law.issuingBody
        publishDate = law.publishDate
        effectiveDate = law.effectiveDate
        versionDate = law.versionDate
        status = law.status
        standing = entry.standing
        amendsName = law.amendsName
        articleCount = law.articleCount
    }

    init(id: Int, name: String, department: String?, versionDate: String?, effectiveDate: String?, status: LawStatus, standing: LawStanding,
         articleCount: Int, docType: String? = "法律", amendsName: String? = nil) {
        self.id = id
        self.name = name
        self.department = department
        self.versionDate = versionDate
        self.effectiveDate = effectiveDate
        self.publishDate = versionDate
        self.status = status
        self.standing = standing
        self.articleCount = articleCount
        self.docType = docType
        self.level = docType
        self.issuingBody = "全国人民代表大会常务委员会"
        self.amendsName = amendsName
    }
}

/// A link to another version of the same law.
struct LawVersionLink: Sendable {
    let lawID: Int
    let versionDate: String?
    let standing: LawStanding
    /// The same article in that version, when it has one (article pages only).
    var articleID: Int?
}

enum StatuteViews {
    /// "2027年1月1日" / "1 January 2027".
    static func day(_ iso: String?, _ l: L10n) -> String {
        guard let iso, let date = LocalDate(iso) else { return iso ?? "—" }
        if l.language == .zhHans { return "\(date.year)年\(date.month)月\(date.day)日" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    static func standingText(_ standing: LawStanding, _ l: L10n) -> String {
        switch standing {
        case .inForce: l(.lawStandingInForce)
        case .notYetInForce(let from): l(.lawStandingNotYet, day(from.description, l))
        case .superseded: l(.lawStandingSuperseded)
        case .repealed: l(.lawStandingRepealed)
        }
    }

    static func badge(_ standing: LawStanding, _ l: L10n) -> Node<HTML.BodyContext> {
        .span(.class("badge standing-\(standing.key)"), .text(standingText(standing, l)))
    }

    /// An article's text, one paragraph per line.
    static func text(_ text: String) -> Node<HTML.BodyContext> {
        .div(.class("article-text"), .forEach(text.split(separator: "\n").map(String.init)) { .p(.text($0)) })
    }

    /// The chapter string's parts (book · sub-book · chapter) and the section, as one heading line.
    static func heading(chapter: String?, section: String?) -> String {
        ((chapter.map(StatuteHeadings.parts) ?? []) + [section].compactMap { $0 }).joined(separator: " · ")
    }

    static func versions(_ versions: [LawVersionLink], _ l: L10n) -> Node<HTML.BodyContext> {
        .if(!versions.isEmpty, .section(
            .attribute(named: "aria-labelledby", value: "versions-heading"),
            .h2(.id("versions-heading"), .text(l(.lawOtherVersions))),
            .ul(.forEach(versions) { v in
                .li(.a(.href(v.articleID.map { SiteURL.lawArticle(v.lawID, article: $0).path } ?? SiteURL.law(v.lawID).path),
                       .text(l(.lawVersionOf, day(v.versionDate, l)))), .text(" "), badge(v.standing, l))
            })
        ))
    }
}
