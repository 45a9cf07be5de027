import FarunCore
import Plot

extension WorkbenchPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            return Layout.page(l(.workbenchTitle), context: context, audience: .staff,
                .pageHeading(l(.workbenchTitle)),
                .if(m.canIntake, .p(.a(.class("button primary"), .href(SiteURL.workOrderNew.path), .text(l(.intakeTitle))))),
                .unwrap(m.notice) { notice in
                    .div(.class("notice"), .attribute(named: "role", value: "status"),
                         .text(notice == "member_full" ? l(.workbenchMemberFull) : l(.errorQueueEmpty)))
                },
                .if(!m.queues.isEmpty, .section(.class("queues"),
                    .h2(.text(l(.workbenchQueues))),
                    .ul(.class("queue-list"), .forEach(m.queues) { q in
                        .li(.span(.class("queue-name"), .text(q.name)), .text(" "), .span(.class("badge"), .text(l(.workbenchWaiting, q.waiting))), .text(" "),
                            Forms.action(SiteURL.unitClaim(q.unitID).path, label: l(.workbenchClaimNext), confirm: nil, context: context))
                    })
                )),
                tabs(l),
                filters(l),
                .if(m.rows.isEmpty, .p(.class("empty"), .text(l(.workbenchEmpty)))),
                .if(!m.rows.isEmpty, table(l)),
                PaginationView.nav(m.page, base: .workOrders, query: m.filter.query, l: l)
            )
        }

        private func tabs(_ l: L10n) -> Node<HTML.BodyContext> {
            .nav(.class("tabs"), .attribute(named: "aria-label", value: l(.workbenchViews).attributeEscaped),
                .ul(.forEach(model.views) { view in
                    var filter = model.filter
                    filter.view = view
                    return .li(.a(.href(SiteURL.workOrders.path(query: filter.query).attributeEscaped),
                                  .attribute(named: "aria-current", value: view == model.filter.view ? "page" : nil),
                                  .text(Self.viewName(view, l))))
                }))
        }

        static func viewName(_ view: WorkOrderQueries.View, _ l: L10n) -> String {
            switch view {
            case .mine: l(.workbenchMine)
            case .unit: l(.workbenchUnit)
            case .overdue: l(.workbenchOverdue)
            case .all: l(.workbenchAll)
            }
        }

        private func filters(_ l: L10n) -> Node<HTML.BodyContext> {
            let f = model.filter
            let states = WorkOrderState.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("state", $0)) }
            return .form(.class("filters"), .method(.get), .action(SiteURL.workOrders.path), .attribute(named: "role", value: "search"),
                .input(.type(.hidden), .name("view"), .value(f.view.rawValue)),
                Forms.field("number", label: l(.orderNumber), value: f.number, maxLength: 40),
                Forms.field("phone", label: l(.intakeRequesterPhone), value: f.phone, type: .tel, maxLength: 20),
                Forms.field("name", label: l(.intakeRequesterName), value: f.name, maxLength: 50),
                Forms.select("service", label: l(.intakeService), options: model.services, selected: f.service, includeEmpty: l(.filterAll)),
                Forms.select("state", label: l(.fieldStatus), options: states, selected: f.state, includeEmpty: l(.filterAll)),
                Forms.field("from", label: l(.workbenchFrom), value: f.from, type: .date),
                Forms.field("to", label: l(.workbenchTo), value: f.to, type: .date),
                Forms.select("region", label: l(.fieldRegion), options: model.regions, selected: f.region, includeEmpty: l(.filterAll)),
                .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))
            )
        }

        private func table(_ l: L10n) -> Node<HTML.BodyContext> {
            .table(.class("data dense"),
                .caption(.text(l(.workbenchCaption, model.page.total))),
                .thead(.tr(.th(.text(l(.orderNumber))), .th(.text(l(.intakeService))), .th(.text(l(.workbenchRequester))),
                           .th(.text(l(.fieldStatus))), .th(.text(l(.orderUnit))), .th(.text(l(.orderAssignee))), .th(.text(l(.workbenchDue))))),
                .tbody(.forEach(model.rows) { row in
                    .tr(.td(.a(.href(SiteURL.workOrder(row.id).path), .text(row.number)),
                            .unwrap(row.greenChannel) { .group(.text(" "), .span(.class("badge green"), .attribute(named: "title", value: l.name("green", $0).attributeEscaped), .text(l(.orderGreenBadge)))) },
                            .if(row.priority == .urgent, .group(.text(" "), .span(.class("badge urgent"), .text(l.name("priority", row.priority)))))),
                        .td(.text(row.service)),
                        .td(.text(row.requesterName), .br(), .small(.text(row.phoneMasked))),
                        .td(.text(l.name("state", row.state))),
                        .td(.text(row.unit ?? "—")),
                        .td(.text(row.assignee ?? "—")),
                        .td(.text(row.due ?? "—"),
                            .if(row.provisional, .group(.text(" "), .span(.class("badge provisional"), .text(l(.orderProvisional))))),
                            .if(row.flag != .onTime, .group(.text(" "), .span(.class("badge flag-\(row.flag.rawValue)"), .text(l.name("flag", row.flag)))))))
                }))
        }
    }
}
