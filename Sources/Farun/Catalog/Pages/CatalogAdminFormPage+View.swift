import FarunCore
import Plot

extension CatalogAdminFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let v = model.edit
            let title = model.id == nil ? l(.catalogAdd) : (v.nameZh.isEmpty ? v.code : v.nameZh)
            let action = model.id.map { SiteURL.adminService($0).path } ?? SiteURL.adminServiceNew.path
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminServices.path), .text(l(.catalogAdminTitle)))),
                .pageHeading(title),
                .flash(model.done.map { CatalogAdminFormPage.flash($0, l) }),
                .if(model.retired, .p(.class("badge"), .text(l(.catalogStatusRetired)))),
                .if(!model.canManage, .p(.class("notice"), .text(l(.catalogReadOnly)))),
                .if(model.stale, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                    .h2(.text(l(.catalogStaleTitle))), .p(.text(l(.catalogStale))),
                    .unwrap(model.id) { .p(.a(.href(SiteURL.adminService($0).path), .text(l(.catalogReload)))) })),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "service-form", action: action, context: context, fields(l)),
                .unwrap(model.id) { id in
                    .group(
                        .if(model.canManage, .p(.a(.class(model.retired ? "button secondary" : "button danger"), .href(SiteURL.adminServiceRetire(id).path),
                                                   .text(model.retired ? l(.catalogRestore) : l(.catalogRetire))))),
                        .if(!model.retired, .p(.a(.href(SiteURL.service(id).path), .text(l(.catalogPublicPage)))))
                    )
                }
            )
        }

        private func fields(_ l: L10n) -> Node<HTML.FormContext> {
            let v = model.edit
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return .group(
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                .if(model.id == nil,
                    Forms.field("code", label: l(.catalogFieldCode), value: v.code, required: true, maxLength: 40, hint: l(.catalogCodeHint), error: error("code")),
                    else: .div(.class("field"), .p(.strong(.text(l(.catalogFieldCode) + "：")), .code(.text(v.code))))),
                Forms.field("name_zh", label: l(.catalogFieldNameZh), value: v.nameZh, required: true, maxLength: ServiceType.Bounds.name, error: error("name_zh")),
                Forms.field("name_en", label: l(.catalogFieldNameEn), value: v.nameEn, required: true, maxLength: ServiceType.Bounds.name, error: error("name_en")),
                Forms.field("handler", label: l(.catalogFieldHandler), value: v.handler, required: true, maxLength: ServiceType.Bounds.handler, error: error("handler")),
                CatalogFormFields.textArea("materials", label: l(.catalogFieldMaterials), value: v.materials, hint: l(.catalogMaterialsHint),
                                           rows: 8, maxLength: 20_000, error: error("materials")),
                CatalogFormFields.limit("acceptance", legend: l(.catalogFieldAcceptance), fields: v.acceptance, l: l, error: error),
                CatalogFormFields.limit("handling", legend: l(.catalogFieldHandling), fields: v.handling, l: l, error: error),
                CatalogFormFields.textArea("other_limits", label: l(.catalogFieldOtherLimits), value: v.otherLimits, hint: l(.catalogOtherLimitsHint),
                                           rows: 6, maxLength: 20_000, error: error("other_limits")),
                CatalogFormFields.channels(checked: v.channels, l: l, error: error("channels")),
                CatalogFormFields.checkbox("is_free", label: l(.catalogIsFree), checked: v.isFree),
                .if(model.canManage, Forms.submit(l(.buttonSave)))
            )
        }
    }
}
