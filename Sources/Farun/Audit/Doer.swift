import Fluent
import FarunCore
import Foundation
import Vapor

/// Who makes a change, for the audit trail and an order's timeline: a request's principal or Farun itself.
struct Doer: Sendable {
    /// staff, token, citizen, anonymous or system.
    let kind: String
    let id: Int?
    let name: String
    let requestID: String
    let ip: String

    static let system = Doer(kind: "system", id: nil, name: "farun", requestID: "", ip: "")

    init(kind: String, id: Int?, name: String, requestID: String, ip: String) {
        self.kind = kind
        self.id = id
        self.name = name
        self.requestID = requestID
        self.ip = ip
    }

    init(_ request: Request) {
        switch request.principal {
        case .staff(let s):
            self.init(kind: s.tokenScopes == nil ? "staff" : "token", id: s.id, name: s.displayName, requestID: request.id, ip: request.clientIP)
        case .citizen(let c):
            self.init(kind: "citizen", id: c.id, name: "", requestID: request.id, ip: request.clientIP)
        case .anonymous:
            self.init(kind: "anonymous", id: nil, name: "", requestID: request.id, ip: request.clientIP)
        }
    }

    /// The requester acting without an account (tracking by number and phone).
    static func requester(_ request: Request) -> Doer {
        Doer(kind: "requester", id: nil, name: "", requestID: request.id, ip: request.clientIP)
    }
}
