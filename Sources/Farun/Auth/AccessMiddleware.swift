import FarunCore
import Vapor

/// Enforces each route's declared `Access` and CSRF protection on every state-changing browser request.
/// A route without a declaration is refused: nothing is reachable by accident.
struct AccessMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let route = request.route else { return try await next.respond(to: request) }
        guard let access = route.access else {
            request.logger.critical("route without access declaration: \(route.description)")
            throw AppError.forbidden
        }
        // Who first (an anonymous API call is told to authenticate), then CSRF, then what.
        switch access {
        case .everyone:
            try await CSRF.collectBody(request)
            try CSRF.verify(request)
        case .citizen:
            guard request.citizen != nil else { throw AppError.unauthenticated }
            try await CSRF.collectBody(request)
            try CSRF.verify(request)
        case .staff(let permission):
            guard let staff = request.staff else { throw AppError.unauthenticated }
            try await CSRF.collectBody(request)
            try CSRF.verify(request)
            if staff.mustChangePassword, !Self.allowedBeforePasswordChange(request) {
                if request.wantsProblemJSON { throw AppError.forbidden }
                return request.redirect(to: SiteURL.staffPassword.path)
            }
            guard staff.allows(permission) else { throw AppError.forbidden }
        }
        return try await next.respond(to: request)
    }

    private static func allowedBeforePasswordChange(_ request: Request) -> Bool {
        let path = request.url.path
        return [SiteURL.staffPassword.path, SiteURL.staffSignOut.path, SiteURL.staffSignOutEverywhere.path].contains(path)
    }
}

/// CSRF tokens: a signed-in session has its own; an anonymous visitor gets a cookie that forms must echo.
enum CSRF {
    static let cookie = "farun_csrf"
    static let field = "csrf_token"
    static let header = "X-CSRF-Token"

    /// A form's token travels in its body, but a body that arrived in several network reads (a long form, a file
    /// upload) is still a stream when the middleware runs: collect it first, within the route's own body limit.
    static func collectBody(_ request: Request) async throws {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method), request.body.data == nil,
              request.headers.bearerAuthorization == nil, request.headers.first(name: header) == nil else { return }
        let max = request.route?.bodyLimit ?? request.application.routes.defaultMaxBodySize.value
        _ = try await request.body.collect(max: max).get()
    }

    static func verify(_ request: Request) throws {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return }
        // Bearer-token API calls carry no ambient credentials, so they need no CSRF token.
        if request.headers.bearerAuthorization != nil { return }
        // Neither does an API call that carries no session at all (a phone app, the switchboard, a kiosk
        // script): with nothing ambient to abuse there is nothing to forge.
        if request.url.path.hasPrefix("/api/"), case .anonymous = request.principal, request.browserSession == nil { return }
        let expected = request.browserSession?.csrfToken ?? request.cookies[cookie]?.string
        let sent = request.headers.first(name: header) ?? (try? request.content.get(String.self, at: field))
        guard let expected, !expected.isEmpty, let sent, constantTimeEquals(expected, sent) else {
            throw AppError.csrfRejected
        }
    }

    /// The token to put in forms on this page; creates the anonymous cookie when needed.
    static func token(for request: Request) -> String {
        if let session = request.browserSession { return session.csrfToken }
        if let existing = request.cookies[cookie]?.string, existing.count >= 32 { return existing }
        if let pending = request.storage[PendingCSRFKey.self] { return pending }
        let fresh = Tokens.random()
        request.storage[PendingCSRFKey.self] = fresh
        return fresh
    }

    struct PendingCSRFKey: StorageKey { typealias Value = String }

    private static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Adds cookies decided while rendering (the anonymous CSRF cookie) and security headers.
struct ResponseHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if let pending = request.storage[CSRF.PendingCSRFKey.self] {
            response.cookies[CSRF.cookie] = request.application.cookie(pending, maxAge: nil)
        }
        response.headers.replaceOrAdd(name: "X-Request-Id", value: request.id)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        if response.headers.contentType?.subType == "html" {
            response.headers.replaceOrAdd(name: "Content-Security-Policy",
                value: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'")
            response.headers.replaceOrAdd(name: "Cache-Control", value: "no-store")
        }
        return response
    }
}

extension Application {
    /// An HttpOnly, SameSite=Lax cookie; Secure when configured.
    func cookie(_ value: String, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/",
                          isSecure: settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }
}
