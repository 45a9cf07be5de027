import FarunCore
import Plot

extension LegalAidSupervisionPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let kinds = LegalAidSupervision.Kind.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("lasuper", $0)) }
            return Layout.page(l(.legalAidSupervisionTitle), context: context, audience: .staff,
                .pageHeading(l(.legalAidSupervisionTitle), lead: l(.legalAidSupervisionLead)),
                .flash(m.done ? l(.legalAidSupervisionDone) : nil),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .form(.id("supervision-filter"), .method(.get), .action(SiteURL.staffLegalAidSupervision.path), .class("form filters"),
                    Forms.select("region_id", label: l(.intakeRegion), options: m.regions, selected: m.filter.region, includeEmpty: l(.legalAidAllRegions)),
                    Forms.select("kind", label: l(.legalAidSupervisionKind), options: kinds, selected: m.filter.kind, includeEmpty: l(.legalAidSupervisionAllKinds)),
                    Forms.checkboxes("overdue_only", legend: l(.legalAidSupervisionOverdueOnly),
                                     options: [.init(value: "1", label: l(.legalAidSupervisionOverdueOnly))], checked: m.filter.overdueOnly ? ["1"] : []),
                    .div(.class("actions"), .button(.type(.submit), .class("button secondary"), .text(l(.legalAidFilter))))),
                .if(m.rows.isEmpty, .p(.class("empty"), .text(l(.legalAidSupervisionNone)))),
                .if(!m.rows.isEmpty, .table(.class("table"),
                    .thead(.tr(.th(.text(l(.legalAidSupervisionCase))), .th(.text(l(.legalAidSupervisionKind))), .th(.text(l(.legalAidSupervisionSince))),
                               .th(.text(l(.legalAidSupervisionDue))), .th(.text(l(.legalAidSupervisionLate))), .th(.text(l(.legalAidSupervisionHolder))),
                               .th(.text(l(.legalAidSupervisionAction))))),
                    .tbody(.forEach(Array(m.rows.enumerated())) { index, row in rowNode(index, row, l) }))),
                PaginationView.nav(m.page, base: .staffLegalAidSupervision, query: m.filter.query, l: l)
            )
        }

        private func rowNode(_ index: Int, _ row: LegalAidSupervisionRowDTO, _ l: L10n) -> Node<HTML.TableContext> {
            let kind = LegalAidSupervision.Kind(rawValue: row.kind)
            let severity = LegalAidSupervision.Severity(rawValue: row.severity) ?? .overdue
            let late = row.unit == PeriodUnit.workingDays.rawValue ? l(.legalAidLateWorking, row.late) : l(.legalAidLateCalendar, row.late)
            let holder = !row.holder.isEmpty ? row.holder
                : kind == .objection ? l(.legalAidHolderBureau, row.region_name) : l(.legalAidHolderAgency, row.region_name)
            let note = "note-\(index)"
            let notify = "notify-\(index)"
            return .tr(.class(severity == .overdue ? "overdue" : "approaching"),
                .td(.a(.href(SiteURL.staffLegalAidApplication(row.application_id).path), .text(row.number))),
                .td(.text(kind.map { l.name("lasuper", $0) } ?? row.kind), .text(row.rule.isEmpty ? "" : " · " + row.rule),
                    .br(), .span(.class("badge"), .text(l.name("laseverity", severity)))),
                .td(.text(row.since)),
                .td(.text(row.due_on + (row.due_provisional ? " " + l(.legalAidProvisional) : ""))),
                .td(.text(severity == .overdue ? late : "—")),
                .td(.text(holder)),
                .td(.element(named: "details",
                    nodes: [.element(named: "summary", text: l(.legalAidSupervisionAction)),
                            Forms.form(id: "supervise-\(index)", action: SiteURL.staffLegalAidSupervise(row.application_id).path, context: context,
                                .input(.type(.hidden), .name("kind"), .value(row.kind.attributeEscaped)),
                                .div(.class("field"),
                                    .label(.for(note), .text(l(.legalAidSupervisionNote))),
                                    .textarea(.id(note), .name("note"), .attribute(named: "rows", value: "2"),
                                              .attribute(named: "maxlength", value: String(LegalAidFollowUps.maximumText)), .required(true))),
                                .div(.class("check"),
                                    .input(.type(.checkbox), .id(notify), .name("notify"), .value("1")),
                                    .label(.for(notify), .text(l(.legalAidSupervisionNotify)))),
                                Forms.submit(l(.legalAidSupervisionAction)))]))
            )
        }
    }
}
