import FarunCore
import Plot

extension ApplyIndexPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.applyTitle), context: context,
                .pageHeading(l(.applyTitle), lead: l(.applyLead)),
                .p(.a(.href(SiteURL.track.path), .text(l(.applyTrackLink)))),
                .if(model.services.isEmpty, .p(.class("empty"), .text(l(.applyEmpty)))),
                .ul(.class("cards apply-services"), .forEach(model.services) { service in
                    .li(.class("card"),
                        .h2(.id("service-\(service.id)"), .text(service.name)),
                        .p(.class("kind"), .text(service.handler), .if(service.isFree, .span(.class("badge"), .text(" " + l(.applyFree))))),
                        ApplyIndexPage.materials(service.materials, l: l, heading: .applyMaterials),
                        .p(.a(.class("button primary"), .href(SiteURL.applyService(service.id).path),
                              .attribute(named: "aria-describedby", value: "service-\(service.id)"),
                              .text(l(.applyStart))))
                    )
                })
            )
        }
    }

    /// The materials list (一次性告知), shared with the confirmation pages.
    static func materials(_ materials: [ServiceType.Material], l: L10n, heading: L) -> Node<HTML.BodyContext> {
        .group(
            .h3(.text(l(heading))),
            .if(materials.isEmpty, .p(.text(l(.applyNoMaterials)))),
            .if(!materials.isEmpty, .ul(.class("materials"), .forEach(materials) { m in
                .li(.text(m.item),
                    .if(!m.isRequired, .text(" " + l(.applyMaterialOptional))),
                    .if(!m.basis.isEmpty, .small(.class("basis"), .text(" " + l(.applyMaterialBasis, m.basis)))))
            }))
        )
    }
}
