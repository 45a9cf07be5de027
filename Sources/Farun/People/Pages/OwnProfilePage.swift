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

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.profileTitle), context: context, audience: .staff,
                .pageHeading(l(.profileTitle), lead: l(.profileLead)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "profile-form", action: SiteURL.staffProfile.path, context: context,
                    ProfileForm.fields(model.values, regionOptions: model.regionOptions, problems: model.problems, l: l),
                    Forms.submit(l(.buttonSave))),
                .unwrap(model.values.isPublic ? model.profileID : nil) { id in .p(.a(.href(SiteURL.professional(id).path), .text(l(.profileViewPublic)))) }
            )
        }
    }
}
