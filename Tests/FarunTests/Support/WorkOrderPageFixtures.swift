import FarunCore
import Fluent
import Foundation
import Vapor
import VaporTesting
@testable import Farun

/// The window intake form as a clerk fills it in (town A, legal aid, accept now); override what a test is about.
func intakeForm(_ j: Jurisdiction, service: String = "LEGAL_AID", name: String = "张三", phone: String = "13800138000",
                matter: String = "老板拖欠工资三个月", acceptNow: Bool = true) -> [(String, String)] {
    var fields: [(String, String)] = [
        ("service", service), ("channel", "window"), ("requester_name", name), ("requester_phone", phone),
        ("resident_id", "11010519491231002X"), ("matter", matter), ("region_id", String(j.townA.id!)), ("service_point_id", ""),
        ("priority", "normal"), ("green_channel", ""), ("green_channel_note", ""), ("follows", ""), ("parent", ""),
    ]
    if acceptNow { fields.append(("accept_now", "1")) }
    return fields
}

/// The id in a redirect such as /staff/work-orders/12/receipt or /staff/work-orders/12?done=start.
func orderID(in location: String?) -> Int? {
    guard let location else { return nil }
    let parts = location.split(separator: "?")[0].split(separator: "/")
    guard let index = parts.firstIndex(of: "work-orders"), index + 1 < parts.count else { return nil }
    return Int(parts[index + 1])
}

extension Browser {
    /// Takes a step on the order page, with the version it shows now (or the one given).
    func step(_ app: Application, _ orderID: Int, _ action: WorkOrderAction, version: Int? = nil,
              _ fields: [(String, String)] = []) async throws -> TestingHTTPResponse {
        let current = try await WorkOrder.find(orderID, on: app.db)!
        return try await post(app, SiteURL.workOrderAction(orderID).path,
                              [("action", action.rawValue), ("version", String(version ?? current.version))] + fields)
    }

    /// Posts a multipart form with one file, the CSRF token in the body as a browser sends it. `overNetwork`
    /// sends it through a running server, where a large body arrives in pieces (streamed), as in production.
    func upload(_ app: Application, _ path: String, fileName: String, contentType: String, bytes: [UInt8],
                overNetwork: Bool = false) async throws -> TestingHTTPResponse {
        let boundary = "farun-test-boundary-7MA4YWxkTrZu0gW"
        var body = ByteBuffer()
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(CSRF.field)\"\r\n\r\n\(csrf)\r\n")
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: \(contentType)\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var h = headers
        h.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await (overNetwork ? app.testing(method: .running(port: 0)) : app.testing()).sendRequest(.POST, path, headers: h, body: body)
    }

    /// A form post through a running server (see `upload`).
    func postOverNetwork(_ app: Application, _ path: String, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        let body = (fields + [(CSRF.field, csrf)]).map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
        var h = headers
        h.contentType = .urlEncodedForm
        return try await app.testing(method: .running(port: 0)).sendRequest(.POST, path, headers: h, body: ByteBuffer(string: body))
    }
}

/// A unit whose members claim orders themselves, with two members, and the routing rule that fills it.
@discardableResult
func makeClaimingUnit(_ app: Application, _ desk: WorkOrderDesk, service: String = "PEOPLES_MEDIATION") async throws -> HandlingUnit {
    let unit = try await makeUnit(app, "古县人民调解委员会", in: desk.j.county, strategy: .claim, head: desk.head,
                                  members: [(desk.officer1, 5), (desk.officer2, 5)])
    try await makeRule(app, service: service, in: desk.j.county, unit: unit)
    return unit
}
