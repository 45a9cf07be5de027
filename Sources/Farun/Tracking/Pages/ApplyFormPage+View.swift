import FarunCore
import Plot

extension ApplyFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let title = l(.applyFormTitle, model.service.name)
            return Layout.page(title, context: context,
                .p(.class("breadcrumb"), .a(.href(SiteURL.apply.path), .text(l(.applyTitle)))),
                .pageHeading(title, lead: l(.applyFormLead)),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .element(named: "details", nodes: [
                    .attribute(named: "class", value: "materials-box"),
                    .element(named: "summary", text: l(.applyMaterials)),
                    ApplyIndexPage.materials(model.service.materials, l: l, heading: .applyDoneMaterials),
                ]),
                .form(
                    .id("apply-form"), .method(.post), .action(SiteURL.applyService(model.service.id).path), .class("form citizen-form"),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                    CitizenIntakeFields.nodes(model.values, problems: model.problems,
                                              options: .init(kiosk: false, regions: model.regions, attachmentMegabytes: model.attachmentMegabytes), l: l),
                    .div(.class("actions"), .button(.type(.submit), .class("button primary wide"), .text(l(.applySubmit))))
                )
            )
        }
    }
}
