import FarunCore
import Plot

extension StaffNewPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let v = model.input
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.staffAdd), context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminStaff.path), .text(l(.staffTitle)))),
                .pageHeading(l(.staffAdd), lead: l(.staffAddLead)),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "staff-form", action: SiteURL.adminStaffNew.path, context: context,
                    Forms.field("username", label: l(.fieldUsername), value: v.username, required: true, maxLength: 40, hint: l(.staffUsernameHint), error: error("username"), autocomplete: "off"),
                    Forms.field("display_name", label: l(.fieldDisplayName), value: v.displayName, required: true, maxLength: 40, error: error("display_name")),
                    Forms.select("role", label: l(.fieldRole), options: model.grantableRoles.map { .init(value: $0.rawValue, label: l.name("role", $0)) },
                                 selected: v.role, includeEmpty: l(.selectPrompt), required: true, error: error("role")),
                    Forms.select("region_id", label: l(.fieldRegion), options: model.regions, selected: v.regionID.map(String.init), includeEmpty: l(.selectPrompt), required: true, error: error("region_id")),
                    Forms.submit(l(.staffCreateButton))
                )
            )
        }
    }
}
