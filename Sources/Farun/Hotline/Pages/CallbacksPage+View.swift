import FarunCore
import Plot

extension CallbacksPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            return Layout.page(l(.callbacksTitle), context: context, audience: .staff,
                .pageHeading(l(.callbacksTitle), lead: l(.callbacksLead)),
                HotlineNav.links(l),
                .flash(model.saved ? l(.callbacksSaved) : nil),
                .unwrap(model.message) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .nav(.class("tabs"), .attribute(named: "aria-label", value: l(.callbacksFilter).attributeEscaped),
                     .a(.href(SiteURL.callbacks.path), .attribute(named: "aria-current", value: model.showDone ? nil : "page"), .text(l(.callbacksOpen))),
                     .text(" · "),
                     .a(.href(SiteURL.callbacks.path(query: [("state", "done")])), .attribute(named: "aria-current", value: model.showDone ? "page" : nil),
                        .text(l(.callbacksDone)))),
                .if(model.rows.isEmpty, .p(.class("empty"), .text(l(.listEmpty)))),
                .if(!model.rows.isEmpty, .table(.class("data"),
                    .caption(.text(l(.callbacksCaption, model.page.total))),
                    .thead(.tr(.th(.text(l(.callbacksKind))), .th(.text(l(.callbacksDue))), .th(.text(l(.callbacksAbout))),
                               .th(.text(model.showDone ? l(.callbacksOutcome) : l(.callbacksRecord))))),
                    .tbody(.forEach(model.rows) { taskRow($0, l) }))),
                PaginationView.nav(model.page, base: .callbacks, query: [("state", model.showDone ? "done" : nil)], l: l)
            )
        }

        private func taskRow(_ row: Row, _ l: L10n) -> Node<HTML.TableContext> {
            .tr(.id("task-\(row.id)"), .class(row.overdue ? "overdue" : "pending"),
                .td(.text(l.name("callback", row.kind))),
                .td(.text(Formatting.dateTime(row.dueAt, l)), .if(row.overdue, .strong(.class("flag overdue"), .text(" " + l(.callbackOverdue))))),
                .td(about(row, l)),
                .td(row.doneAt == nil ? doneForm(row, l) : .group(.text(row.outcome), .br(),
                    .small(.text(l(.callbacksDoneAt, Formatting.dateTime(row.doneAt ?? row.dueAt, l)))))))
        }

        private func about(_ row: Row, _ l: L10n) -> Node<HTML.BodyContext> {
            .group(
                .unwrap(row.call) { call in
                    .group(.a(.href(SiteURL.hotline.path(query: [("day", LocalDate.inChina(call.ringAt).description)]) + "#call-\(call.id)"),
                              .text(l(.callbacksCallAt, Formatting.dateTime(call.ringAt, l), call.caller))),
                           .br(), .small(.text(l(.callbacksSwitchboardID, call.externalID))),
                           phone(row, l))
                },
                .unwrap(row.workOrder) { order in .a(.href(SiteURL.workOrder(order.id).path), .text(order.number)) })
        }

        /// The full number once asked for; before that, on an open task, the button that asks (and is recorded).
        private func phone(_ row: Row, _ l: L10n) -> Node<HTML.BodyContext> {
            if let full = row.fullPhone {
                return .p(.text(l(.callbacksFullPhone)), .a(.href("tel:\(full)".attributeEscaped), .text(full)))
            }
            guard row.doneAt == nil else { return .empty }
            return .form(.method(.post), .action(SiteURL.callbackPhone(row.id).path), .class("inline-form"),
                .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                .button(.type(.submit), .class("button secondary"), .text(l(.callbacksRevealPhone))))
        }

        private func doneForm(_ row: Row, _ l: L10n) -> Node<HTML.BodyContext> {
            let failed = model.failedRowID == row.id
            let error = failed ? model.problems.message(for: "outcome", l) : nil
            let fieldID = "outcome-\(row.id)"
            return .form(.method(.post), .action(SiteURL.callbackDone(row.id).path), .class("inline-form"),
                .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                .input(.type(.hidden), .name("version"), .value(String(row.version))),
                .div(.class(error == nil ? "field" : "field has-error"),
                    .label(.for(fieldID), .text(l(.callbacksOutcome))),
                    .textarea(.id(fieldID), .name("outcome"), .attribute(named: "rows", value: "2"),
                              .attribute(named: "maxlength", value: String(CallbackQueries.maximumOutcomeLength)),
                              .attribute(named: "required", value: "required"),
                              .attribute(named: "aria-describedby", value: error == nil ? nil : "\(fieldID)-error"),
                              .text(failed ? model.typedOutcome : "")),
                    .unwrap(error) { .p(.class("error"), .id("\(fieldID)-error"), .text($0)) }),
                .button(.type(.submit), .class("button primary"), .text(l(.callbacksMarkDone))))
        }
    }
}
