import FarunCore
import Foundation
import Vapor

/// The wall clock in production; tests install a fixed one.
struct SystemClock: FarunClock {
    func now() -> Date { Date() }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = any FarunClock }
    var clock: any FarunClock {
        get { storage[ClockKey.self] ?? SystemClock() }
        set { storage[ClockKey.self] = newValue }
    }
}

extension Request {
    var now: Date { application.clock.now() }

    var language: Language {
        Language.negotiate(cookie: cookies[LanguageController.cookie]?.string)
    }

    var l10n: L10n { L10n(language) }

    /// What every page needs besides its own model.
    var pageContext: PageContext {
        PageContext(
            l10n: l10n, path: url.path, csrfToken: CSRF.token(for: self),
            staff: staff.map { s in .init(displayName: s.displayName, permissions: Set(Permission.allCases.filter { s.allows($0) })) },
            citizenName: citizen?.displayName, bureauName: application.bureauName, showsDemoNotice: application.hasDemoData)
    }

    /// A 303 redirect, the right answer to a successful form post.
    func seeOther(_ url: SiteURL) -> Response {
        redirect(to: url.path, redirectType: .normal)
    }

    /// Client address for the audit trail, without trusting forwarded headers.
    var clientIP: String { remoteAddress?.ipAddress ?? "" }
}

extension Application {
    private struct DemoKey: StorageKey { typealias Value = Bool }
    /// Read from the database at start-up (any instance, with or without --demo, finds the same answer).
    var hasDemoData: Bool {
        get { storage[DemoKey.self] ?? false }
        set { storage[DemoKey.self] = newValue }
    }

    private struct BureauNameKey: StorageKey { typealias Value = String }
    /// The bureau's name for page headers and documents, e.g. 古县司法局.
    var bureauName: String {
        get { storage[BureauNameKey.self] ?? "" }
        set { storage[BureauNameKey.self] = newValue }
    }
}

/// Everything a page's layout needs, independent of the page.
struct PageContext: Sendable {
    struct StaffSummary: Sendable {
        let displayName: String
        let permissions: Set<Permission>
    }

    let l10n: L10n
    let path: String
    let csrfToken: String
    let staff: StaffSummary?
    let citizenName: String?
    let bureauName: String
    /// The database holds `serve --demo` data: every page says so.
    var showsDemoNotice = false

    static func mock(language: Language = .zhHans, staff: Bool = false) -> PageContext {
        PageContext(
            l10n: L10n(language), path: "/", csrfToken: "csrf-token-for-tests",
            staff: staff ? .init(displayName: "管理员", permissions: Set(Permission.allCases)) : nil,
            citizenName: nil, bureauName: "古县司法局")
    }
}
