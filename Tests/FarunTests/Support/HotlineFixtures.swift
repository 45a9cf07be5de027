import FarunCore
import Fluent
import Foundation
import Vapor
import VaporTesting
@testable import Farun

/// 2026-09-21 21:33:20 in Beijing; the calls in the hotline tests ring a little before.
let hotlineNow = Date(timeIntervalSince1970: 1_790_000_000)

/// The 12348 switchboard's API token: owned by a staff member with a hotline grant, scoped to `handle_hotline`.
func switchboardToken(_ app: Application, owner: StaffUser, scopes: String = "handle_hotline") async throws -> String {
    let secret = Tokens.random(prefix: "farun_")
    let token = APIToken()
    token.name = "12348 交换机"
    token.tokenHash = Tokens.sha256(secret)
    token.prefix = String(secret.prefix(10))
    token.$owner.id = try owner.requireID()
    token.scopesText = scopes
    try await token.create(on: app.db)
    return secret
}

/// ISO 8601 with the Beijing offset, as a switchboard in China writes it.
func beijingTime(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
    return formatter.string(from: date)
}

/// A call as the switchboard posts it. `answerAfter` nil = missed; times are seconds relative to `ring`.
func callJSON(_ id: String, caller: String = "13800138000", ring: Date = hotlineNow.addingTimeInterval(-3600), answerAfter: Double? = 8,
              talk: Double = 120, operator op: String? = "operator", recording: String = "rec/0001.wav", regionID: Int? = nil) -> String {
    var fields: [String: Any] = ["external_id": id, "caller": caller, "ring_at": beijingTime(ring), "recording_ref": recording]
    let answer = answerAfter.map { ring.addingTimeInterval($0) }
    if let answer { fields["answered_at"] = beijingTime(answer) }
    fields["ended_at"] = beijingTime((answer ?? ring).addingTimeInterval(talk))
    if let op { fields["operator"] = op }
    if let regionID { fields["region_id"] = regionID }
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

/// Posts a call with the switchboard token and returns the response.
@discardableResult
func postCall(_ app: Application, token: String, _ json: String) async throws -> TestingHTTPResponse {
    try await apiRequest(app, .POST, SiteURL.api(.hotlineCalls).path, token: token, json: json)
}

/// The stored call with this switchboard id.
func storedCall(_ app: Application, _ externalID: String) async throws -> CallRecord? {
    try await CallRecord.query(on: app.db).filter(\.$externalID == externalID).first()
}

/// The JSON object of a response.
func jsonObject(_ response: TestingHTTPResponse) throws -> [String: Any] {
    (try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]) ?? [:]
}
