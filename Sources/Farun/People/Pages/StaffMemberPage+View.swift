import FarunCore
import Plot

extension StaffMemberPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            return Layout.page(m.displayName, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminStaff.path), .text(l(.staffTitle)))),
                .pageHeading("\(m.displayName)（\(m.username)）"),
                .flash(m.done.map { _ in l(.flashSaved) }),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .p(.text(m.disabled ? l(.statusDisabled) : l(.statusActive)),
                   .if(m.locked, .span(.class("badge"), .text(l(.staffLocked)))),
                   .if(m.mustChangePassword, .span(.class("badge"), .text(l(.staffMustChangePassword))))),
                .if(m.canManage, .section(
                    .h2(.text(l(.staffDetails))),
                    Forms.form(id: "staff-edit-form", action: SiteURL.adminStaffMember(m.id).path, context: context,
                        Forms.field("display_name", label: l(.fieldDisplayName), value: m.displayName, required: true, maxLength: 40, error: error("display_name")),
                        .unwrap(m.profile) { ProfileForm.fields($0, regionOptions: m.regionOptions, problems: m.problems, l: l) },
                        Forms.submit(l(.buttonSave)))
                )),
                .section(
                    .h2(.text(l(.staffGrants))),
                    .p(.class("hint"), .text(l(.staffGrantsLead))),
                    .ul(.forEach(m.grants) { g in
                        .li(.text("\(l.name("role", g.role)) · \(g.region) "),
                            .if(m.canManage, Forms.action(SiteURL.adminStaffGrantDelete(m.id, grant: g.id).path, label: l(.staffRevokeGrant),
                                                         confirm: l(.staffRevokeGrantConfirm, l.name("role", g.role), g.region), context: context)))
                    }),
                    .if(m.canManage, Forms.form(id: "grant-form", action: SiteURL.adminStaffGrants(m.id).path, context: context,
                        Forms.select("role", label: l(.fieldRole), options: m.grantableRoles.map { .init(value: $0.rawValue, label: l.name("role", $0)) }, selected: nil, includeEmpty: l(.selectPrompt), required: true, error: error("role")),
                        Forms.select("region_id", label: l(.fieldRegion), options: m.regionOptions, selected: nil, includeEmpty: l(.selectPrompt), required: true),
                        Forms.submit(l(.staffAddGrant))))
                ),
                .if(m.canManage && !m.isSelf, .section(
                    .h2(.text(l(.staffAccount))),
                    Forms.action(SiteURL.adminStaffResetPassword(m.id).path, label: l(.staffResetPassword), confirm: l(.staffResetPasswordConfirm, m.displayName), context: context),
                    m.disabled
                        ? Forms.action(SiteURL.adminStaffEnable(m.id).path, label: l(.staffEnable), confirm: nil, context: context)
                        : Forms.action(SiteURL.adminStaffDisable(m.id).path, label: l(.staffDisable), confirm: l(.staffDisableConfirm, m.displayName), context: context, danger: true)
                ))
            )
        }
    }
}
