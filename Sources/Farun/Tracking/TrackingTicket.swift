import Crypto
import Foundation
import Vapor

/// The short-lived proof that this browser knew an order's number and phone: an HMAC-signed ticket over the
/// order id, the phone's lookup hash and the expiry, kept in an HttpOnly cookie. Nothing about the order is
/// stored server-side, and a ticket cannot be altered to open another order.
struct TrackingTicket: Sendable, Equatable {
    static let cookie = "farun_track"
    static let lifetime: TimeInterval = 30 * 60

    let orderID: Int
    let phoneHash: String
    /// Seconds since 1970, whole.
    let expires: Int

    init(orderID: Int, phoneHash: String, now: Date) {
        self.orderID = orderID
        self.phoneHash = phoneHash
        self.expires = Int(now.timeIntervalSince1970 + Self.lifetime)
    }

    private init(orderID: Int, phoneHash: String, expires: Int) {
        self.orderID = orderID
        self.phoneHash = phoneHash
        self.expires = expires
    }

    /// "v1.<order id>.<expiry>.<phone hash>.<mac>".
    func signed(with secrets: Secrets) -> String {
        let payload = "v1.\(orderID).\(expires).\(phoneHash)"
        return payload + "." + Self.mac(payload, secrets)
    }

    /// The ticket, when the signature is ours and it has not expired.
    static func verify(_ text: String?, secrets: Secrets, now: Date) -> TrackingTicket? {
        guard let text, text.count < 300 else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 5, parts[0] == "v1", let id = Int(parts[1]), let expires = Int(parts[2]) else { return nil }
        let payload = parts[0...3].joined(separator: ".")
        guard constantTimeEquals(mac(payload, secrets), parts[4]) else { return nil }
        guard Double(expires) > now.timeIntervalSince1970 else { return nil }
        return TrackingTicket(orderID: id, phoneHash: parts[3], expires: expires)
    }

    /// The cookie: HttpOnly, SameSite=Lax, only under /track, gone after 30 minutes.
    func cookie(_ app: Application, secrets: Secrets) -> HTTPCookies.Value {
        HTTPCookies.Value(string: signed(with: secrets), expires: nil, maxAge: Int(Self.lifetime), domain: nil, path: SiteURL.track.path,
                          isSecure: app.settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
    }

    /// A key of its own, derived from the keyed-hash key (itself derived from the app secret), so a ticket's
    /// MAC can never be confused with a stored lookup hash.
    private static func mac(_ payload: String, _ secrets: Secrets) -> String {
        let key = HKDF<SHA256>.deriveKey(inputKeyMaterial: secrets.hashKey, info: Data("farun.track-ticket.v1".utf8), outputByteCount: 32)
        return HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key).hex
    }

    private static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
