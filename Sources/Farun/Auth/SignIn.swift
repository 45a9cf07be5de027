import Fluent
import FarunCore
import Vapor

/// Password sign-in with lock-out after repeated failures, for staff and citizens alike.
enum SignIn {
    enum Outcome: Equatable {
        case success
        case invalid
        case locked(minutes: Int)

        /// The message for a refused attempt.
        func message(_ l: L10n) -> String {
            if case .locked(let minutes) = self { return AppError.accountLocked(minutes: minutes).message(l) }
            return l(.signInInvalid)
        }
    }

    /// Longer inputs are refused before bcrypt sees them (bcrypt reads at most 72 bytes anyway).
    static let maximumPasswordBytes = 1024

    /// Checks one password attempt against an account under the lock-out rules and updates its counters;
    /// the caller saves the account. Staff and citizens share these rules.
    static func attempt(_ account: some LockableAccount, password: String, on request: Request) async throws -> Outcome {
        let settings = request.application.settings
        let now = request.now
        if let until = account.lockedUntil, until > now {
            return .locked(minutes: max(1, Int(until.timeIntervalSince(now) / 60 + 0.99)))
        }
        guard try await request.application.verifyPassword(password, hash: account.passwordHash) else {
            account.failedSignIns += 1
            guard account.failedSignIns >= settings.maxFailedSignIns else { return .invalid }
            account.failedSignIns = 0
            account.lockedUntil = now.addingTimeInterval(Double(settings.lockoutMinutes) * 60)
            return .locked(minutes: settings.lockoutMinutes)
        }
        account.failedSignIns = 0
        account.lockedUntil = nil
        return .success
    }

    /// Checks a staff member's password and updates the failure counter. Unknown names cost the same
    /// bcrypt time as known ones, so timing does not reveal which usernames exist.
    static func staff(username: String, password: String, on request: Request) async throws -> (Outcome, StaffUser?) {
        guard password.utf8.count <= maximumPasswordBytes, username.count <= 100 else { return (.invalid, nil) }
        let name = (try? Username.normalize(username)) ?? username.lowercased()
        guard let user = try await StaffUser.query(on: request.db).filter(\.$username == name).first(), !user.isDisabled else {
            _ = try? await request.application.verifyPassword(password, hash: dummyHash)
            return (.invalid, nil)
        }
        let wasLocked = (user.lockedUntil ?? .distantPast) > request.now
        let outcome = try await attempt(user, password: password, on: request)
        if wasLocked { return (outcome, user) }
        if outcome == .success { user.lastSignInAt = request.now }
        try await user.save(on: request.db)
        if outcome != .success {
            try await Audit.record(outcome == .invalid ? "staff.sign_in_failed" : "staff.locked", target: "staff_user",
                                   id: user.id, regionPath: nil, detail: ["username": user.username], by: request, on: request.db)
        }
        return (outcome, user)
    }

    /// A bcrypt hash of a random string, to spend equal time on unknown accounts.
    private static let dummyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5JtQzS2m3rXWGd5bpoukI9DdZI1Xv2K"

    /// Starts a database-backed session and sets its HttpOnly cookie.
    static func startSession(staffID: Int? = nil, citizenID: Int? = nil, on request: Request, response: Response) async throws {
        let token = Tokens.random()
        let session = BrowserSession()
        session.id = Tokens.sha256(token)
        session.$staffUser.id = staffID
        session.$citizen.id = citizenID
        session.csrfToken = Tokens.random()
        session.lastSeenAt = request.now
        session.expiresAt = request.now.addingTimeInterval(Double(request.application.settings.sessionLifetimeHours) * 3600)
        session.userAgent = String((request.headers.first(name: .userAgent) ?? "").prefix(200))
        // A new session on sign-in: an old cookie (possibly planted) never becomes authenticated.
        if let old = request.browserSession { try await old.delete(on: request.db) }
        try await session.create(on: request.db)
        response.cookies[AuthenticationMiddleware.sessionCookie] = request.application.cookie(
            token, maxAge: request.application.settings.sessionLifetimeHours * 3600)
    }

    static func endSession(on request: Request, response: Response) async throws {
        if let session = request.browserSession { try await session.delete(on: request.db) }
        response.cookies[AuthenticationMiddleware.sessionCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
    }

    /// Only local paths are followed after sign-in, never another site.
    static func safeNext(_ next: String?, fallback: SiteURL) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return fallback.path }
        return next
    }
}

/// An account that signs in with a password and is locked after repeated failures.
protocol LockableAccount: AnyObject {
    var passwordHash: String { get }
    var failedSignIns: Int { get set }
    var lockedUntil: Date? { get set }
}

extension StaffUser: LockableAccount {}
extension Citizen: LockableAccount {}
