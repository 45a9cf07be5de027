import FarunCore
import Plot

/// Which part of Farun a page belongs to: citizen pages are phone-first, staff pages dense, kiosk pages
/// large and touch-first.
enum Audience: String, Sendable {
    case citizen, staff, kiosk
}

/// The page shell: header with navigation and language switch, main content, footer.
enum Layout {
    static func page(
        _ title: String, context: PageContext, audience: Audience = .citizen,
        _ body: Node<HTML.BodyContext>...
    ) -> HTML {
        let l = context.l10n
        return HTML(
            .attribute(named: "lang", value: l.language.htmlCode),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) · \(l(.appName))"),
                .link(.rel(.stylesheet), .href(SiteURL.asset("farun.css").path)),
                .script(.src(SiteURL.asset("farun.js").path), .attribute(named: "defer", value: "defer"))
            ),
            .body(
                .class("audience-\(audience.rawValue)"),
                .a(.class("skip-link"), .href("#main"), .text(l(.navSkipToContent))),
                header(context: context, audience: audience),
                // In a landmark of its own (named by its text), so that no page content sits outside landmarks.
                .if(context.showsDemoNotice, .element(named: "aside", nodes: [
                    .class("demo-notice"), .attribute(named: "aria-labelledby", value: "demo-notice-text"),
                    .p(.id("demo-notice-text"), .text(l(.demoNotice))),
                ])),
                .main(.id("main"), .group(body)),
                footer(context: context)
            )
        )
    }

    private static func header(context: PageContext, audience: Audience) -> Node<HTML.BodyContext> {
        let l = context.l10n
        let other: Language = l.language == .zhHans ? .en : .zhHans
        return .header(
            .class("site-header"),
            .div(
                .class("brand"),
                .a(.href(audience == .staff && context.staff != nil ? SiteURL.staffHome.path : SiteURL.home.path),
                   .span(.class("brand-name"), .text(l(.appName))),
                   .unwrap(context.bureauName.isEmpty ? nil : context.bureauName) { .span(.class("brand-bureau"), .text($0)) })
            ),
            .nav(
                .attribute(named: "aria-label", value: l(.navMain).attributeEscaped),
                .ul(
                    .li(.a(.href(SiteURL.home.path), .text(l(.navHome)))),
                    .li(.a(.href(SiteURL.servicePoints.path), .text(l(.navServicePoints)))),
                    .li(.a(.href(SiteURL.professionals.path), .text(l(.navProfessionals)))),
                    .unwrap(context.staff) { _ in .li(.a(.href(SiteURL.staffHome.path), .text(l(.navStaffHome)))) },
                    .if(audience == .staff && context.staff?.permissions.contains(.manageServiceCatalog) == true,
                        .li(.a(.href(SiteURL.adminServices.path), .text(l(.catalogAdminTitle))))),
                    .unwrap(context.staff) { staff in
                        .group(.if(staff.permissions.contains(.useStaffArea), .li(.a(.href(SiteURL.workOrders.path), .text(l(.navWorkOrders))))),
                               .if(staff.permissions.contains(.intakeWorkOrders), .li(.a(.href(SiteURL.workOrderNew.path), .text(l(.navIntake))))))
                    },
                    .if(context.staff == nil && context.citizenName == nil,
                        .li(.a(.href(SiteURL.citizenSignIn.path), .text(l(.navCitizenAccount))))),
                    .unwrap(context.citizenName) { _ in .li(.a(.href(SiteURL.citizenHome.path), .text(l(.navCitizenAccount)))) },
                    .li(.a(.href(SiteURL.language.path(query: [("to", other.rawValue), ("back", context.path)]).attributeEscaped),
                           .attribute(named: "lang", value: other.htmlCode),
                           .text(other == .en ? "English" : "中文")))
                )
            ),
            .unwrap(context.staff) { staff in
                .form(
                    .class("signed-in"), .method(.post), .action(SiteURL.staffSignOut.path),
                    .span(.text(l(.navSignedInAs, staff.displayName))),
                    .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                    .button(.type(.submit), .class("link-button"), .text(l(.navSignOut)))
                )
            }
        )
    }

    private static func footer(context: PageContext) -> Node<HTML.BodyContext> {
        let l = context.l10n
        return .footer(
            .class("site-footer"),
            .p(.text(l(.footerHotline))),
            .p(.small(.text(l(.footerDataCredit))))
        )
    }
}

extension Node where Context == HTML.BodyContext {
    /// Page heading plus an optional lead paragraph.
    static func pageHeading(_ title: String, lead: String? = nil) -> Node {
        .group(
            .h1(.text(title)),
            .unwrap(lead) { .p(.class("lead"), .text($0)) }
        )
    }

    /// A notice after a successful action (passed in the query as ?done=…).
    static func flash(_ message: String?) -> Node {
        .unwrap(message) { .div(.class("flash"), .attribute(named: "role", value: "status"), .text($0)) }
    }
}
