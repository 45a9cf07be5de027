import Fluent
import Foundation

/// An optional citizen account (群众账号): phone + password, to see all of one's requests.
/// The phone is stored encrypted, with a keyed hash for look-up (个人信息保护法).
final class Citizen: Model, @unchecked Sendable {
    static let schema = "citizens"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity (personal information: encrypted at rest)
    @Field(key: "phone_cipher") var phoneCipher: String
    @Field(key: "phone_hash") var phoneHash: String
    @Field(key: "display_name") var displayName: String

    // Credentials
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "failed_sign_ins") var failedSignIns: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
