import FarunCore
import Plot

extension LegalAidRegisterPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let s = m.statistics
            let categories = LegalAidCategory.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("lacategory", $0)) }
            let states = LegalAidState.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("lastate", $0)) }
            let rate = s.grant_rate_percent.map { String(format: "%.1f%%", $0) } ?? "—"
            let satisfaction = s.satisfaction_percent.map { String(format: "%.1f%%", $0) } ?? "—"
            let mean = s.mean_review_days.map { String(format: "%.1f", $0) } ?? "—"
            return Layout.page(l(.legalAidRegisterTitle), context: context, audience: .staff,
                .pageHeading(l(.legalAidRegisterTitle), lead: l(.legalAidRegisterLead)),
                .div(.class("actions no-print"), .a(.class("button primary"), .href(SiteURL.staffLegalAidNew.path), .text(l(.legalAidApplyTitle))),
                     .text(" "), .a(.class("button secondary"), .href(SiteURL.staffLegalAidNoticeNew.path), .text(l(.laNoticeTitle))),
                     .text(" "), .a(.class("button secondary"), .href(SiteURL.staffLegalAidProviders.path), .text(l(.laProvidersTitle)))),
                .form(.id("legal-aid-filter"), .method(.get), .action(SiteURL.staffLegalAid.path), .class("form filters"),
                    Forms.select("region_id", label: l(.intakeRegion), options: m.regions, selected: m.filter.region, includeEmpty: l(.legalAidAllRegions)),
                    Forms.field("from", label: l(.legalAidFrom), value: m.filter.from, type: .date),
                    Forms.field("to", label: l(.legalAidTo), value: m.filter.to, type: .date),
                    Forms.select("category", label: l(.legalAidCategory), options: categories, selected: m.filter.category, includeEmpty: l(.legalAidAll)),
                    Forms.select("state", label: l(.fieldStatus), options: states, selected: m.filter.state, includeEmpty: l(.legalAidAll)),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.legalAidFilter))),
                         .a(.class("button secondary"), .href(SiteURL.api(.legalAidRegisterCSV).path(query: m.filter.query).attributeEscaped), .text(l(.legalAidExportCSV))))),
                .section(.h2(.text(l(.legalAidStatisticsTitle))),
                    .dl(.class("facts"),
                        .dt(.text(l(.legalAidStatApplications))), .dd(.text(String(s.applications))),
                        .dt(.text(l(.legalAidStatGrantRate))), .dd(.text(l(.legalAidStatGrantRateValue, rate, s.granted, s.decided))),
                        .dt(.text(l(.legalAidStatReviewDays))), .dd(.text(mean)),
                        .dt(.text(l(.legalAidStatLate))), .dd(.text(String(s.decided_late))),
                        .dt(.text(l(.legalAidStatAmount))), .dd(.text(s.amount_recovered)),
                        .dt(.text(l(.legalAidStatSatisfaction))), .dd(.text(l(.legalAidStatGrantRateValue, satisfaction, s.satisfied, s.rated)))),
                    .table(.class("table"),
                        .caption(.text(l(.legalAidStatByCategory))),
                        .thead(.tr(.th(.text(l(.legalAidCategory))), .th(.text(l(.legalAidStatApplications))), .th(.text(l.name("lastate", LegalAidState.granted))),
                                   .th(.text(l.name("lastate", LegalAidState.refused))), .th(.text(l(.legalAidColAmount))))),
                        .tbody(.forEach(s.by_category) { line in
                            .tr(.td(.text(LegalAidCategory(rawValue: line.category).map { l.name("lacategory", $0) } ?? line.category)),
                                .td(.text(String(line.applications))), .td(.text(String(line.granted))), .td(.text(String(line.refused))),
                                .td(.text(line.amount_recovered)))
                        })),
                    .table(.class("table"),
                        .caption(.text(l(.legalAidStatByGroup))),
                        .tbody(.forEach(s.recipients_by_group) { c in
                            .tr(.th(.text(LegalAidStatistics.RecipientGroup(rawValue: c.key).map { l.name("lagroup", $0) } ?? c.key)), .td(.text(String(c.count))))
                        }))),
                .section(.h2(.text(l(.legalAidRegisterList))),
                    .if(m.rows.isEmpty, .p(.text(l(.legalAidNoApplications)))),
                    .if(!m.rows.isEmpty, .table(.class("table"),
                        .thead(.tr(.th(.text(l(.legalAidColNumber))), .th(.text(l(.legalAidColReceived))), .th(.text(l(.legalAidColCategory))),
                                   .th(.text(l(.legalAidColState))), .th(.text(l(.legalAidDecisionDue))), .th(.text(l(.legalAidColProvider))),
                                   .th(.text(l(.laHandoffChannel))))),
                        .tbody(.forEach(m.rows) { r in
                            .tr(.td(.a(.href(SiteURL.staffLegalAidApplication(r.id).path), .text(r.number)), .if(r.isPriority, .text(" ★"))),
                                .td(.text(r.receivedOn)), .td(.text(l.name("lacategory", r.category))), .td(.text(l.name("lastate", r.state))),
                                .td(.text(r.decisionDue)), .td(.text(r.provider)),
                                .td(.class("channel"), .text([r.channel.map { l.name("channel", $0) }, r.origin.map { l.name("laorigin", $0) }]
                                    .compactMap { $0 }.joined(separator: " · "))))
                        }))))
            )
        }
    }
}
