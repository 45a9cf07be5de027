import FarunCore
import Plot

extension StaffHomePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let p = model.permissions
            let links: [(Permission, SiteURL, L, L)] = [
                (.useStaffArea, .workOrders, .workbenchTitle, .staffHomeWorkOrders),
                (.intakeWorkOrders, .workOrderNew, .intakeTitle, .staffHomeIntake),
                // Legal aid and people's mediation (issue 6)
                (.reviewLegalAid, .staffLegalAid, .legalAidRegisterTitle, .staffHomeLegalAid),
                (.reviewLegalAid, .staffLegalAidSupervision, .legalAidSupervisionTitle, .staffHomeLegalAidSupervision),
                (.useStaffArea, .mediationCases, .mediationCasesTitle, .staffHomeMediation),
                (.viewRegions, .adminRegions, .regionsTitle, .staffHomeRegions),
                (.viewServicePoints, .adminServicePoints, .servicePointsAdminTitle, .staffHomeServicePoints),
                (.viewStaff, .adminStaff, .staffTitle, .staffHomeStaff),
                (.manageTokens, .adminTokens, .tokensTitle, .staffHomeTokens),
                (.viewAudit, .adminAudit, .auditTitle, .staffHomeAudit),
                (.editOwnProfile, .staffProfile, .profileTitle, .staffHomeProfile),
                (.useStaffArea, .deadlineCalculator, .deadlineTitle, .staffHomeDeadline),
                (.useStaffArea, .adminCalendar, .calendarTitle, .staffHomeCalendar),
                (.manageRouting, .adminUnits, .unitsTitle, .staffHomeUnits),
                (.manageRouting, .adminRoutingRules, .routingRulesTitle, .staffHomeRoutingRules),
                (.handleHotline, .hotline, .hotlineTitle, .staffHomeHotline),
                (.handleHotline, .callbacks, .callbacksTitle, .staffHomeCallbacks),
                (.superviseWorkOrders, .callbacks, .callbacksTitle, .staffHomeCallbacks),
                (.handleHotline, .hotlineFigures, .hotlineFiguresTitle, .staffHomeHotlineFigures),
                (.viewStatistics, .satisfaction, .satisfactionTitle, .staffHomeSatisfaction),
                (.manageServiceCatalog, .adminServices, .catalogAdminTitle, .staffHomeCatalog),
                (.manageKnowledge, .adminKnowledge, .knowledgeAdminTitle, .staffHomeKnowledge),
                (.manageKnowledge, .adminSearchExpansions, .expansionTitle, .staffHomeExpansions),
                // 快解答 (issue 5): answering, publication review, administration
                (.handleWorkOrders, .consultationWorkbench, .consultWorkbenchTitle, .staffHomeConsultations),
                (.manageKnowledge, .consultationReviews, .consultReviewQueueTitle, .staffHomeFaqReviews),
                (.superviseWorkOrders, .adminDutyRoster, .dutyRosterTitle, .staffHomeDutyRoster),
                (.superviseWorkOrders, .consultationOverdue, .overdueTitle, .staffHomeOverdue),
                (.viewStatistics, .consultationServiceLevel, .serviceLevelTitle, .staffHomeServiceLevel),
            ]
            var seen = Set<String>()
            let shown = links.filter { p.contains($0.0) && seen.insert($0.1.path).inserted }
            return Layout.page(l(.staffHomeTitle), context: context, audience: .staff,
                .pageHeading(l(.staffHomeGreeting, model.displayName)),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .p(.text(l(.staffHomeRoles) + model.grants.joined(separator: "；"))),
                .ul(.class("cards"), .forEach(shown) { link in
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
