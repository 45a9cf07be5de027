import Fluent
import FarunCore
import Foundation
import Plot

extension RegionShowPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            return Layout.page(m.name, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminRegions.path), .text(l(.regionsTitle)))),
                .pageHeading(m.label),
                .flash(m.done.map { _ in l(.flashSaved) }),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .dl(.class("facts"),
                    .dt(.text(l(.fieldCode))), .dd(.text(m.code ?? "—"), .if(m.codeSource == .local, .span(.class("badge"), .text(l(.regionCodeLocal))))),
                    .dt(.text(l(.fieldLevel))), .dd(.text(l.name("level", m.level))),
                    .dt(.text(l(.fieldStatus))), .dd(.text(m.retired ? l(.statusRetired) : l(.statusActive)),
                        .unwrap(m.mergedInto) { into in .group(.text(" → "), .a(.href(SiteURL.adminRegion(into.id).path), .text(into.name))) }),
                    .dt(.text(l(.regionsServicePoints))), .dd(.a(.href(SiteURL.adminServicePoints.path(query: [("region", String(m.id))])), .text(String(m.servicePointCount))))
                ),
                .if(m.canManage && !m.retired, .section(
                    .h2(.text(l(.regionsRename))),
                    Forms.form(id: "rename-form", action: SiteURL.adminRegion(m.id).path, context: context,
                        Forms.field("name", label: l(.fieldName), value: m.name, required: true, maxLength: 60, error: error("name")),
                        Forms.submit(l(.buttonSave)))
                )),
                .section(
                    .h2(.text(l(.regionsChildren, m.childCount))),
                    .if(m.canManage && !m.retired && m.level != .group,
                        .p(.a(.class("button secondary"), .href(SiteURL.adminRegionNew.path(query: [("parent", String(m.id))])), .text(l(.regionsAddChild))))),
                    .if(m.children.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                    .ul(.class("columns"), .forEach(m.children) { c in
                        .li(.a(.href(SiteURL.adminRegion(c.id).path), .text(c.name)), .if(c.retired, .span(.class("badge"), .text(l(.statusRetired)))))
                    }),
                    .if(m.childCount > m.children.count, .p(.a(.href(SiteURL.adminRegions.path(query: [("parent", String(m.id))])), .text(l(.showAll)))))
                ),
                .if(m.canManage && !m.retired && !m.mergeTargets.isEmpty, .section(
                    .h2(.text(l(.regionsMerge))),
                    .p(.text(l(.regionsMergeLead))),
                    .form(.id("merge-form"), .method(.post), .action(SiteURL.adminRegionMerge(m.id).path), .class("form"),
                        .attribute(named: "data-confirm", value: l(.regionsMergeConfirm, m.name).attributeEscaped),
                        .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                        Forms.select("target_id", label: l(.regionsMergeInto), options: m.mergeTargets, selected: nil, includeEmpty: l(.selectPrompt), required: true, error: error("target_id")),
                        .div(.class("actions"), .button(.type(.submit), .class("button danger"), .text(l(.regionsMerge)))))
                )),
                .if(m.canManage && !m.retired, .section(
                    .h2(.text(l(.regionsRetire))),
                    .p(.text(l(.regionsRetireLead))),
                    Forms.action(SiteURL.adminRegionRetire(m.id).path, label: l(.regionsRetire), confirm: l(.regionsRetireConfirm, m.name), context: context, danger: true)
                )),
                .section(
                    .h2(.text(l(.historyTitle))),
                    .if(m.history.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                    .ul(.class("history"), .forEach(m.history) { h in
                        .li(.element(named: "time", text: Formatting.dateTime(h.at, l)), .text(" \(l.name("action", ActionName(rawValue: h.action))) · \(h.actor) · \(h.detail)"))
                    })
                )
            )
        }
    }
}
