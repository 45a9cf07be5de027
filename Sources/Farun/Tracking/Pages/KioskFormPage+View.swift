import FarunCore
import Plot

extension KioskFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let home = SiteURL.kiosk(model.pointID).path
            return Layout.page(model.service.name, context: context, audience: .kiosk,
                .p(.class("kiosk-place"), .text(model.pointName)),
                .p(.a(.class("button secondary"), .href(home), .text(l(.kioskBack)))),
                .pageHeading(model.service.name, lead: l(.applyFormLead)),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .form(
                    .id("kiosk-form"), .method(.post), .action(SiteURL.kioskService(model.pointID, service: model.service.id).path),
                    .class("form citizen-form"), .attribute(named: "autocomplete", value: "off"),
                    .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                    CitizenIntakeFields.nodes(model.values, problems: model.problems, options: .init(kiosk: true), l: l),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary wide"), .text(l(.applySubmit))))
                ),
                KioskIdle.notice(home: home, seconds: Model.idleSeconds, l: l)
            )
        }
    }
}
