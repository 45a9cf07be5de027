import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// A small jurisdiction: 古县 with two towns and one village under the first.
struct Jurisdiction {
    let county: Region
    let townA: Region
    let townB: Region
    let villageA: Region

    static func make(on db: any Database) async throws -> Jurisdiction {
        let county = try await RegionQueries.create(.init(name: "古县", level: .county, parentID: nil, code: "141025000000"), on: db, isRoot: true)
        let townA = try await RegionQueries.create(.init(name: "岳阳镇", level: .township, parentID: county.id, code: "141025100000"), on: db)
        let townB = try await RegionQueries.create(.init(name: "北平镇", level: .township, parentID: county.id, code: "141025101000"), on: db)
        let villageA = try await RegionQueries.create(.init(name: "偏涧村", level: .village, parentID: townA.id, code: nil), on: db)
        return Jurisdiction(county: county, townA: townA, townB: townB, villageA: villageA)
    }
}

let testPassword = "Correct-Horse-9"

@discardableResult
func makeStaff(_ app: Application, _ username: String, _ grants: [(StaffRole, Region)], password: String = testPassword,
               mustChange: Bool = false, name: String? = nil) async throws -> StaffUser {
    let user = StaffUser(username: username, displayName: name ?? username, passwordHash: try await app.hashPassword(password), mustChangePassword: mustChange)
    try await user.create(on: app.db)
    for (role, region) in grants {
        try await RoleGrant(userID: try user.requireID(), role: role, regionID: try region.requireID()).create(on: app.db)
    }
    return user
}

func makeServicePoint(_ app: Application, name: String, in region: Region, kind: ServicePointKind = .workstation, capacity: Int = 10) async throws -> ServicePoint {
    let point = ServicePoint(name: name, kind: kind, regionID: try region.requireID(), address: "古县测试路1号",
                             openingHours: "周一至周五", capacity: capacity)
    try await point.create(on: app.db)
    return point
}

/// A browser: cookies (session and anonymous CSRF) and the CSRF token its forms carry.
struct Browser {
    var sessionToken: String?
    var csrf: String

    static let anonymous = Browser(sessionToken: nil, csrf: "anonymous-csrf-token-0123456789abcdef")

    /// A signed-in session created directly in the database (the sign-in flow has its own tests).
    static func signedIn(_ app: Application, _ user: StaffUser) async throws -> Browser {
        let token = Tokens.random()
        let session = BrowserSession()
        session.id = Tokens.sha256(token)
        session.$staffUser.id = try user.requireID()
        session.csrfToken = Tokens.random()
        session.lastSeenAt = app.clock.now()
        session.expiresAt = app.clock.now().addingTimeInterval(3600)
        session.userAgent = "test"
        try await session.create(on: app.db)
        return Browser(sessionToken: token, csrf: session.csrfToken)
    }

    var headers: HTTPHeaders {
        var cookies: [String] = ["\(CSRF.cookie)=\(csrf)"]
        if let sessionToken { cookies.append("\(AuthenticationMiddleware.sessionCookie)=\(sessionToken)") }
        return ["Cookie": cookies.joined(separator: "; ")]
    }

    func get(_ app: Application, _ path: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.GET, path, headers: headers)
    }

    /// Posts a form; `csrf: false` leaves the token out, `forged` sends a wrong one.
    func post(_ app: Application, _ path: String, _ fields: [(String, String)], csrf: Bool = true, forged: Bool = false) async throws -> TestingHTTPResponse {
        var all = fields
        if csrf { all.append((CSRF.field, forged ? "forged-token" : self.csrf)) }
        let body = all.map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
        var h = headers
        h.contentType = .urlEncodedForm
        return try await app.testing().sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
    }

    /// The session cookie a response set, if any.
    static func sessionCookie(from response: TestingHTTPResponse) -> String? {
        for header in response.headers[.setCookie] {
            let prefix = AuthenticationMiddleware.sessionCookie + "="
            if header.hasPrefix(prefix) {
                let value = header.dropFirst(prefix.count).prefix { $0 != ";" }
                return value.isEmpty ? nil : String(value)
            }
        }
        return nil
    }
}

func formEncode(_ s: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
}

extension TestingHTTPResponse {
    var text: String { body.string }
    var location: String? { headers.first(name: .location) }
}

/// JSON API calls with a bearer token or a signed-in browser.
func apiRequest(_ app: Application, _ method: HTTPMethod, _ path: String, token: String? = nil, browser: Browser? = nil, json: String? = nil) async throws -> TestingHTTPResponse {
    var headers = browser?.headers ?? HTTPHeaders()
    if let token { headers.bearerAuthorization = .init(token: token) }
    if let browser, method != .GET { headers.add(name: CSRF.header, value: browser.csrf) }
    headers.replaceOrAdd(name: .accept, value: "application/json")
    var body: ByteBuffer?
    if let json {
        headers.contentType = .json
        body = ByteBuffer(string: json)
    }
    return try await app.testing().sendRequest(method, path, headers: headers, body: body)
}

func auditCount(_ app: Application, action: String) async throws -> Int {
    try await AuditEvent.query(on: app.db).filter(\.$action == action).count()
}
