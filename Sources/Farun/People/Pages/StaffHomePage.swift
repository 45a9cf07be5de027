import FarunCore
import Plot

/// 工作台 — where a signed-in staff member starts: their roles and what they can open.
enum StaffHomePage {
    struct Model: Sendable {
        var displayName: String
        var grants: [String]
        var permissions: Set<Permission>
        var done: String?

        static let mock = Model(displayName: "管理员", grants: ["司法局管理员 · 古县"], permissions: Set(Permission.allCases), done: nil)
    }

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let p = model.permissions
            let links: [(Permission, SiteURL, L, L)] = [
                (.viewRegions, .adminRegions, .regionsTitle, .staffHomeRegions),
                (.viewServicePoints, .adminServicePoints, .servicePointsAdminTitle, .staffHomeServicePoints),
                (.viewStaff, .adminStaff, .staffTitle, .staffHomeStaff),
                (.manageTokens, .adminTokens, .tokensTitle, .staffHomeTokens),
                (.viewAudit, .adminAudit, .auditTitle, .staffHomeAudit),
                (.editOwnProfile, .staffProfile, .profileTitle, .staffHomeProfile),
            ]
            return Layout.page(l(.staffHomeTitle), context: context, audience: .staff,
                .pageHeading(l(.staffHomeGreeting, model.displayName)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .p(.text(l(.staffHomeRoles) + model.grants.joined(separator: "；"))),
                .ul(.class("cards"), .forEach(links.filter { p.contains($0.0) }) { link in
                    .li(.class("card"), .h2(.a(.href(link.1.path), .text(l(link.2)))), .p(.text(l(link.3))))
                }),
                .section(
                    .h2(.text(l(.staffHomeAccount))),
                    .p(.a(.href(SiteURL.staffPassword.path), .text(l(.passwordTitle)))),
                    Forms.action(SiteURL.staffSignOutEverywhere.path, label: l(.signOutEverywhere), confirm: l(.signOutEverywhereConfirm), context: context)
                )
            )
        }
    }
}
