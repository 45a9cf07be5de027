import FarunCore
import Plot

extension HotlinePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let day = model.day.description
            return Layout.page(l(.hotlineTitle), context: context, audience: .staff,
                .pageHeading(l(.hotlineTitle), lead: l(.hotlineLead)),
                HotlineNav.links(l),
                .form(.class("filters"), .method(.get), .action(SiteURL.hotline.path), .attribute(named: "role", value: "search"),
                    Forms.field("day", label: l(.hotlineDay), value: day, type: .date, required: true),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.searchButton))))),
                .p(.class("day-nav"),
                   .a(.href(SiteURL.hotline.path(query: [("day", model.day.adding(days: -1).description)])), .text(l(.hotlinePreviousDay))),
                   .text(" · "),
                   .a(.href(SiteURL.hotline.path(query: [("day", model.day.adding(days: 1).description)])), .text(l(.hotlineNextDay)))),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.hotlineNoCalls)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.hotlineTableCaption, day, model.page.total))),
                    .thead(.tr(.th(.text(l(.hotlineTime))), .th(.text(l(.hotlineCaller))), .th(.text(l(.hotlineToAnswer))),
                               .th(.text(l(.hotlineTalkTime))), .th(.text(l(.hotlineOperator))), .th(.text(l(.fieldStatus))),
                               .th(.text(l(.hotlineCallback))), .th(.text(l(.workOrderEntity))), .th(.text(l(.hotlineRecording))))),
                    .tbody(.forEach(model.rows) { callRow($0, l) }))),
                PaginationView.nav(model.page, base: .hotline, query: [("day", day)], l: l)
            )
        }

        private func callRow(_ row: Row, _ l: L10n) -> Node<HTML.TableContext> {
            .tr(.id("call-\(row.id)"), .class(row.answered ? "answered" : "missed"),
                .td(.text(HotlineFormat.clock(row.ringAt))),
                .td(.text(row.caller)),
                .td(.text(HotlineFormat.duration(row.secondsToAnswer, l))),
                .td(.text(HotlineFormat.duration(row.talkSeconds, l))),
                .td(.text(row.operatorName ?? "—")),
                .td(.text(row.answered ? l(.hotlineAnswered) : l(.hotlineMissed))),
                .td(.text(callback(row.callback, l))),
                .td(order(row, l)),
                .td(.text(row.recordingRef.isEmpty ? "—" : row.recordingRef)))
        }

        private func callback(_ state: CallbackState?, _ l: L10n) -> String {
            switch state {
            case nil: "—"
            case .open(overdue: true): l(.callbackOverdue)
            case .open(overdue: false): l(.callbackOpen)
            case .done: l(.callbackDoneState)
            }
        }

        private func order(_ row: Row, _ l: L10n) -> Node<HTML.BodyContext> {
            if let order = row.workOrder { return .a(.href(SiteURL.workOrder(order.id).path), .text(order.number)) }
            guard row.answered, model.canCreateOrders else { return .text("—") }
            return .a(.class("button secondary"), .href(SiteURL.hotlineCallWorkOrder(row.id).path), .text(l(.hotlineCreateOrder)))
        }
    }
}

/// Links between the hotline pages.
enum HotlineNav {
    static func links(_ l: L10n) -> Node<HTML.BodyContext> {
        .nav(.class("subnav"), .attribute(named: "aria-label", value: l(.hotlineNavLabel).attributeEscaped),
             .ul(.li(.a(.href(SiteURL.hotline.path), .text(l(.hotlineTitle)))),
                 .li(.a(.href(SiteURL.callbacks.path), .text(l(.callbacksTitle)))),
                 .li(.a(.href(SiteURL.hotlineFigures.path), .text(l(.hotlineFiguresTitle))))))
    }
}
