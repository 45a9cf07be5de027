import Plot

extension CatalogRetirePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let title = model.retired ? l(.catalogRestoreTitle, model.name) : l(.catalogRetireTitle, model.name)
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminServices.path), .text(l(.catalogAdminTitle)))),
                .pageHeading(title, lead: model.retired ? l(.catalogRestoreExplain) : l(.catalogRetireExplain)),
                .p(.text(l(.catalogFieldCode) + "："), .code(.text(model.code))),
                Forms.form(id: "retire-form", action: SiteURL.adminServiceRetire(model.id).path, context: context,
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    .input(.type(.hidden), .name("action"), .value(model.retired ? "restore" : "retire")),
                    .div(.class("actions"),
                        .button(.type(.submit), .class(model.retired ? "button primary" : "button danger"),
                                .text(model.retired ? l(.catalogRestoreConfirm) : l(.catalogRetireConfirm))),
                        .a(.class("button secondary"), .href(SiteURL.adminService(model.id).path), .text(l(.catalogCancel))))
                )
            )
        }
    }
}
