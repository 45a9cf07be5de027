import FarunCore
import Plot

/// 人员详情 — one account: name, profile, role grants, disable / enable, password reset.
enum StaffMemberPage {
    struct GrantRow: Sendable { let id: Int; let role: StaffRole; let region: String }

    struct Model: Sendable {
        var id: Int
        var username: String
        var displayName: String
        var disabled: Bool
        var locked: Bool
        var mustChangePassword: Bool
        var grants: [GrantRow]
        var profile: ProfileForm.Values?
        var regionOptions: [Forms.Option]
        var grantableRoles: [StaffRole]
        var canManage: Bool
        var isSelf: Bool
        var problems: [FieldProblem]
        var done: String?

        static let mock = Model(
            id: 3, username: "lawyer.wang", displayName: "王晓东", disabled: false, locked: false, mustChangePassword: false,
            grants: [.init(id: 9, role: .lawyer, region: "古县")],
            profile: { var v = ProfileForm.Values(); v.organisation = "山西岳阳律师事务所（演示）"; v.specialties = ["labour"]; v.languages = ["zh"]; v.regionIDs = [1]; v.isPublic = true; return v }(),
            regionOptions: [.init(value: "1", label: "古县")], grantableRoles: StaffRole.allCases, canManage: true, isSelf: false, problems: [], done: nil)
    }
}
