import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// An anonymous citizen's browser: the CSRF cookie, a User-Agent, and the tracking ticket once it has one.
struct CitizenBrowser {
    var csrf = Browser.anonymous.csrf
    var userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
    var ticket: String?

    static let iPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"

    var headers: HTTPHeaders {
        var cookies = ["\(CSRF.cookie)=\(csrf)"]
        if let ticket { cookies.append("\(TrackingTicket.cookie)=\(ticket)") }
        return ["Cookie": cookies.joined(separator: "; "), "User-Agent": userAgent]
    }

    func get(_ app: Application, _ path: String) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.GET, path, headers: headers)
    }

    func post(_ app: Application, _ path: String, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        let body = (fields + [(CSRF.field, csrf)]).map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
        var h = headers
        h.contentType = .urlEncodedForm
        return try await app.testing().sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
    }

    /// A multipart form post with one file part, as a browser sends the phone form.
    func postMultipart(_ app: Application, _ path: String, _ fields: [(String, String)], file: (name: String, bytes: [UInt8])?) async throws -> TestingHTTPResponse {
        let boundary = "----farun-test-boundary"
        var body = ByteBuffer()
        for (name, value) in fields + [(CSRF.field, csrf)] {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file?.name ?? "")\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file?.bytes ?? [])
        body.writeString("\r\n--\(boundary)--\r\n")
        var h = headers
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await app.testing().sendRequest(.POST, path, headers: h, body: body)
    }

    /// Looks an order up and keeps the ticket cookie the answer set.
    mutating func track(_ app: Application, number: String, phone: String) async throws -> TestingHTTPResponse {
        let response = try await post(app, SiteURL.track.path, [("number", number), ("phone", phone)])
        if let value = Self.cookie(TrackingTicket.cookie, in: response) { ticket = value }
        return response
    }

    static func cookie(_ name: String, in response: TestingHTTPResponse) -> String? {
        for header in response.headers[.setCookie] where header.hasPrefix(name + "=") {
            return String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }

    /// Anonymous JSON API call (the double-submit CSRF cookie and header, as a browser app sends them).
    func api(_ app: Application, _ path: String, json: String) async throws -> TestingHTTPResponse {
        try await apiRequest(app, .POST, path, browser: Browser.anonymous, json: json)
    }
}

/// The phone form's fields for a legal aid request in town A (override what a test is about).
func applyFields(_ j: Jurisdiction, token: String = Tokens.random(), consent: Bool = true, phone: String = "13800138000",
                 matter: String = "老板拖欠工资三个月") -> [(String, String)] {
    var fields = [("requester_name", "张三"), ("requester_phone", phone), ("resident_id", ""), ("matter", matter),
                  ("region_id", String(j.villageA.id!)), ("green_channel", ""), ("green_channel_note", ""),
                  (CitizenIntakeValues.tokenField, token)]
    if consent { fields.append(("consent", "yes")) }
    return fields
}

/// A legal aid order registered at the window in town A and handled to resolution by its assignee.
func resolvedOrder(_ app: Application, _ desk: WorkOrderDesk, phone: String = "13800138000", outcome: String = "已指派律师代理，欠薪已追回。") async throws -> WorkOrder {
    let order = try await submitOrder(app, intake(desk.j, phone: phone, acceptNow: true), by: desk.clerk)
    let assignee = try #require(try await StaffUser.find(order.$assignee.id, on: app.db))
    try await act(app, order, .start, by: assignee)
    return try await act(app, order, .resolve, by: assignee, reason: outcome)
}
