import FarunCore
import Plot

extension ServiceSheetPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let s = model.service
            let name = CatalogText.name(s, l)
            return Layout.page(l(.catalogSheetTitle, name), context: context,
                .p(.class("breadcrumb no-print"), .a(.href(SiteURL.services.path), .text(l(.catalogTitle)))),
                .article(.class("service-sheet"),
                    .p(.class("sheet-kind"), .text(l(.catalogSheetKind))),
                    .h1(.text(name)),
                    CatalogText.otherName(s, l),
                    .dl(.class("facts"),
                        .dt(.text(l(.catalogFieldCode))), .dd(.code(.text(s.code))),
                        .dt(.text(l(.catalogFieldHandler))), .dd(.text(s.handler)),
                        .dt(.text(l(.catalogFieldFee))), .dd(.text(CatalogText.fee(s, l))),
                        .dt(.text(l(.catalogFieldChannels))), .dd(.text(CatalogText.channels(s.channels, l)))
                    ),
                    .h2(.text(l(.catalogMaterialsTitle))),
                    materials(s, l),
                    .h2(.text(l(.catalogLimitsTitle))),
                    limits(s, l),
                    .if(CatalogText.hasUnspecifiedDays(s), CatalogText.unspecifiedNote(model.unspecifiedDaysAre, l)),
                    .p(.class("sheet-footer"), .text(l(.catalogSheetFooter))),
                    .div(.class("actions no-print"),
                        .button(.type(.button), .class("button secondary"), .attribute(named: "data-print", value: "1"),
                                .attribute(named: "hidden", value: "hidden"), .text(l(.catalogPrint))))
                )
            )
        }

        private func materials(_ s: ServiceType, _ l: L10n) -> Node<HTML.BodyContext> {
            guard !s.materials.isEmpty else { return .p(.text(l(.catalogNoMaterials))) }
            return .group(
                .p(.class("hint"), .text(l(.catalogMaterialsLead))),
                .ol(.class("materials"), .forEach(s.materials) { m in
                    .li(.span(.class("item"), .text(m.item)), .text(" "),
                        .span(.class(m.isRequired ? "badge required-material" : "badge optional-material"),
                              .text(m.isRequired ? l(.catalogRequired) : l(.catalogOptional))),
                        .span(.class("basis"), .text(l(.catalogBasis, m.basis))))
                })
            )
        }

        private func limits(_ s: ServiceType, _ l: L10n) -> Node<HTML.BodyContext> {
            .ul(.class("limits"),
                .li(.span(.class("limit-label"), .text(l(.catalogFieldAcceptance))), CatalogText.limit(s.acceptanceLimit, l)),
                .li(.span(.class("limit-label"), .text(l(.catalogFieldHandling))), CatalogText.limit(s.handlingLimit, l)),
                .forEach(s.otherLimits) { limit in
                    .li(.span(.class("limit-label"), .text(l(.catalogOtherLimit))), CatalogText.limit(limit, l))
                })
        }
    }
}
