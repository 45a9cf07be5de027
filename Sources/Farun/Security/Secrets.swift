import Crypto
import Foundation
import Vapor

/// Keys derived from FARUN_SECRET_KEY: one for encrypting personal data at rest (AES-GCM), one for
/// keyed hashes that let us find a phone or ID number without storing it in clear.
struct Secrets: Sendable {
    let cipherKey: SymmetricKey
    let hashKey: SymmetricKey

    init(secret: String) {
        let master = SymmetricKey(data: SHA256.hash(data: Data(secret.utf8)))
        cipherKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("farun.cipher.v1".utf8), outputByteCount: 32)
        hashKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: master, info: Data("farun.hash.v1".utf8), outputByteCount: 32)
    }

    /// Encrypts a personal field; the result is "v1:" + base64(nonce | ciphertext | tag).
    func encrypt(_ plaintext: String) throws -> String {
        let sealed = try AES.GCM.seal(Data(plaintext.utf8), using: cipherKey)
        guard let combined = sealed.combined else { throw Abort(.internalServerError) }
        return "v1:" + combined.base64EncodedString()
    }

    func decrypt(_ stored: String) throws -> String {
        guard stored.hasPrefix("v1:"), let data = Data(base64Encoded: String(stored.dropFirst(3))) else {
            throw Abort(.internalServerError, reason: "unreadable encrypted field")
        }
        let box = try AES.GCM.SealedBox(combined: data)
        return String(decoding: try AES.GCM.open(box, using: cipherKey), as: UTF8.self)
    }

    /// A keyed hash for equality look-ups of personal data.
    func lookupHash(_ value: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(value.utf8), using: hashKey).hex
    }
}

enum Tokens {
    /// A random URL-safe token of 32 bytes.
    static func random(prefix: String = "") -> String {
        let bytes = [UInt8].random(count: 32)
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return prefix + text
    }

    static func sha256(_ value: String) -> String {
        SHA256.hash(data: Data(value.utf8)).hex
    }

    static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).hex
    }

    /// A one-time password that satisfies the password policy and is easy to type.
    static func oneTimePassword() -> String {
        let lower = Array("abcdefghijkmnpqrstuvwxyz"), upper = Array("ABCDEFGHJKLMNPQRSTUVWXYZ"), digits = Array("23456789")
        var chars: [Character] = []
        for _ in 0..<4 { chars.append(lower.randomElement()!) }
        for _ in 0..<4 { chars.append(upper.randomElement()!) }
        for _ in 0..<4 { chars.append(digits.randomElement()!) }
        return String(chars.shuffled())
    }
}

extension Sequence where Element == UInt8 {
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}

extension Application {
    private struct SecretsKey: StorageKey { typealias Value = Secrets }
    var secrets: Secrets {
        get { storage[SecretsKey.self]! }
        set { storage[SecretsKey.self] = newValue }
    }
}

extension Request {
    var secrets: Secrets { application.secrets }
}
