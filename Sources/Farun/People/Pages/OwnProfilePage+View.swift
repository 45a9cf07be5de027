import FarunCore
import Plot

extension OwnProfilePage {
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
