import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct APITests {
    /// Creates a token through the page, as an administrator would, and returns the secret shown once.
    static func issueToken(_ app: Application, by user: StaffUser, scopes: [String]) async throws -> String {
        let browser = try await Browser.signedIn(app, user)
        let response = try await browser.post(app, "/admin/tokens", [("name", "12348 交换机"), ("expires_days", "30")] + scopes.map { ("scopes[]", $0) })
        #expect(response.status == .ok)
        return String(try #require(response.text.firstMatch(of: /class="otp">(farun_[A-Za-z0-9_-]+)</)?.1))
    }

    @Test func aScopedTokenReadsButCannotWriteAndIsStoredOnlyAsAHash() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let token = try await Self.issueToken(app, by: admin, scopes: ["use_staff_area", "view_regions"])
            // act
            let list = try await apiRequest(app, .GET, "/api/v1/regions?level=township", token: token)
            let me = try await apiRequest(app, .GET, "/api/v1/me", token: token)
            let write = try await apiRequest(app, .POST, "/api/v1/regions", token: token, json: #"{"name":"新村","level":"village","parent_id":\#(j.townA.id!)}"#)
            // check
            #expect(list.status == .ok)
            let page = try JSONDecoder().decode(PageDTO<RegionDTO>.self, from: Data(list.text.utf8))
            #expect(Set(page.items.map(\.name)) == ["岳阳镇", "北平镇"])
            #expect(page.page.total == 2)
            #expect(me.text.contains("\"token_scopes\""))
            #expect(write.status == .forbidden)
            #expect(write.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let stored = try #require(try await APIToken.query(on: app.db).first())
            #expect(stored.tokenHash == Tokens.sha256(token))
            #expect(stored.tokenHash != token)
        }
    }

    @Test func aRevokedOrUnknownTokenIsRefused() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let token = try await Self.issueToken(app, by: admin, scopes: ["view_regions"])
            let stored = try #require(try await APIToken.query(on: app.db).first())
            // act
            let revoke = try await Browser.signedIn(app, admin).post(app, "/admin/tokens/\(stored.id!)/revoke", [])
            let afterRevoke = try await apiRequest(app, .GET, "/api/v1/regions", token: token)
            let unknown = try await apiRequest(app, .GET, "/api/v1/regions", token: "farun_made_up")
            // check
            #expect(revoke.status == .seeOther)
            #expect(afterRevoke.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(unknown.text.contains("\"status\":401"))
            #expect(try await auditCount(app, action: "token.revoke") == 1)
        }
    }

    @Test func tokensCannotCarryPermissionsTheirOwnerLacks() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let clerk = try await makeStaff(app, "officer", [(.judicialOfficeStaff, j.townA)])
            let browser = try await Browser.signedIn(app, clerk)
            // act: a judicial office has no manage_tokens permission at all
            let response = try await browser.post(app, "/admin/tokens", [("name", "x"), ("scopes[]", "manage_staff")])
            // check
            #expect(response.status == .forbidden)
            #expect(try await APIToken.query(on: app.db).count() == 0)
        }
    }

    @Test func servicePointsAreCreatedAndUpdatedThroughTheAPIWithProblemDetailsForBadInput() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let officer = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let token = try await Self.issueToken(app, by: officer, scopes: ["manage_service_points", "view_service_points"])
            // act
            let created = try await apiRequest(app, .POST, "/api/v1/service-points", token: token,
                json: #"{"name":"旧县镇工作站","kind":"workstation","region_id":\#(j.townB.id!),"address":"旧县镇","capacity":15}"#)
            let point = try JSONDecoder().decode(ServicePointDTO.self, from: Data(created.text.utf8))
            let patched = try await apiRequest(app, .PATCH, "/api/v1/service-points/\(point.id)", token: token, json: #"{"capacity":3,"notice":"疫情期间限流"}"#)
            let invalid = try await apiRequest(app, .PATCH, "/api/v1/service-points/\(point.id)", token: token, json: #"{"capacity":-1}"#)
            let malformed = try await apiRequest(app, .PATCH, "/api/v1/service-points/\(point.id)", token: token, json: #"{"capacity":"#)
            let missing = try await apiRequest(app, .GET, "/api/v1/service-points/999999")
            // check
            #expect(created.status == .created)
            #expect(patched.status == .ok)
            #expect(try await ServicePoint.find(point.id, on: app.db)?.capacity == 3)
            #expect(invalid.status == .unprocessableEntity)
            #expect(invalid.text.contains("\"field\":\"capacity\""))
            #expect(invalid.text.contains("0 到 10000"))
            #expect(malformed.status == .badRequest)
            #expect(malformed.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("找不到该服务点"))
        }
    }

    @Test func sessionCallsThatChangeDataNeedTheCsrfHeader() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let point = try await makeServicePoint(app, name: "站", in: j.townA)
            let browser = try await Browser.signedIn(app, admin)
            var headers = browser.headers
            headers.contentType = .json
            // act
            let withoutHeader = try await app.testing().sendRequest(.PATCH, "/api/v1/service-points/\(point.id!)", headers: headers, body: ByteBuffer(string: #"{"capacity":1}"#))
            let withHeader = try await apiRequest(app, .PATCH, "/api/v1/service-points/\(point.id!)", browser: browser, json: #"{"capacity":1}"#)
            // check
            #expect(withoutHeader.status == .forbidden)
            #expect(withHeader.status == .ok)
        }
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheRegisteredAPIRoutes() async throws {
        try await withApp(on: .sqlite) { app in
            // act
            let response = try await Browser.anonymous.get(app, "/openapi.json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let paths = try #require(json["paths"] as? [String: [String: Any]])
            // check
            #expect(json["openapi"] as? String == "3.1.0")
            let documented = Set(paths.flatMap { path, ops in ops.keys.map { "\($0.uppercased()) \(path)" } })
            let registered = Set(app.routes.all.filter { $0.path.first?.description == "api" }.map { route in
                "\(route.method.rawValue) /" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
            })
            #expect(!registered.isEmpty)
            #expect(documented == registered)
            // every referenced schema exists
            let schemas = try #require((json["components"] as? [String: Any])?["schemas"] as? [String: Any])
            let refs = response.text.matches(of: /#\/components\/schemas\/([A-Za-z]+)/).map { String($0.1) }
            #expect(!refs.isEmpty)
            for ref in refs { #expect(schemas[ref] != nil, "missing schema \(ref)") }
        }
    }
}
