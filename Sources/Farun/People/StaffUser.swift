import Fluent
import FarunCore
import Foundation

/// A staff account (工作人员): clerks, operators, legal professionals, officers and administrators.
final class StaffUser: Model, @unchecked Sendable {
    static let schema = "staff_users"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String

    // Credentials
    @Field(key: "password_hash") var passwordHash: String
    /// Set for one-time passwords: the next sign-in must choose a new password.
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @Field(key: "failed_sign_ins") var failedSignIns: Int
    @OptionalField(key: "locked_until") var lockedUntil: Date?
    @OptionalField(key: "password_changed_at") var passwordChangedAt: Date?

    // Lifecycle
    @OptionalField(key: "disabled_at") var disabledAt: Date?
    @OptionalField(key: "last_sign_in_at") var lastSignInAt: Date?
    /// Marks records created by `serve --demo`.
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Children(for: \.$user) var grants: [RoleGrant]

    init() {}

    init(username: String, displayName: String, passwordHash: String, mustChangePassword: Bool, isDemo: Bool = false) {
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.mustChangePassword = mustChangePassword
        self.failedSignIns = 0
        self.isDemo = isDemo
    }

    var isDisabled: Bool { disabledAt != nil }
}

/// One role held at one region node, valid for its whole subtree (授权).
final class RoleGrant: Model, @unchecked Sendable {
    static let schema = "role_grants"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "user_id") var user: StaffUser
    @Field(key: "role") var role: StaffRole
    @Parent(key: "region_id") var region: Region
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: Int, role: StaffRole, regionID: Int) {
        self.$user.id = userID
        self.role = role
        self.$region.id = regionID
    }
}
