import FarunCore
import Plot

/// 我的公开资料 — a professional edits the profile shown in the public directory.
enum OwnProfilePage {
    struct Model: Sendable {
        var values: ProfileForm.Values
        var regionOptions: [Forms.Option]
        var problems: [FieldProblem]
        var profileID: Int?
        var done: String?

        static let mock = Model(values: { var v = ProfileForm.Values(); v.organisation = "古县公证处（演示）"; v.specialties = ["inheritance"]; v.languages = ["zh"]; return v }(),
                                regionOptions: [.init(value: "1", label: "古县")], problems: [], profileID: 4, done: nil)
    }
}
