import Plot

extension UnitRetirePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let title = l(.unitRetireTitle, model.name)
            let back = Node<HTML.BodyContext>.p(.a(.class("button secondary"), .href(SiteURL.adminUnit(model.id).path), .text(l(.catalogCancel))))
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminUnits.path), .text(l(.unitsTitle))), .text(" / "),
                   .a(.href(SiteURL.adminUnit(model.id).path), .text(model.name))),
                .pageHeading(title, lead: l(.unitRetireExplain)),
                model.retired
                    ? .group(.p(.class("badge"), .text(l(.unitAlreadyRetired))), back)
                    : model.openOrders > 0
                        ? .group(.div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text(l(.unitRetireOpenOrders, model.openOrders)))), back)
                        : .group(
                            .if(model.rules > 0, .p(.text(l(.unitRetireRules, model.rules)))),
                            Forms.form(id: "retire-form", action: SiteURL.adminUnitRetire(model.id).path, context: context,
                                .div(.class("actions"),
                                    .button(.type(.submit), .class("button danger"), .text(l(.unitRetireConfirm))),
                                    .a(.class("button secondary"), .href(SiteURL.adminUnit(model.id).path), .text(l(.catalogCancel)))))
                        )
            )
        }
    }
}
