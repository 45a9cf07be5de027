import FarunCore
import Plot

extension UnitFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let v = model.input
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            let title = model.id == nil ? l(.unitsAdd) : v.name
            let action = model.id.map { SiteURL.adminUnit($0).path } ?? SiteURL.adminUnitNew.path
            let strategies = AssignmentStrategy.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("strategy", $0)) }
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminUnits.path), .text(l(.unitsTitle)))),
                .pageHeading(title),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .if(model.retired, .p(.class("badge"), .text(l(.unitRetiredNotice)))),
                Forms.errorSummary((model.problems + model.memberProblems).summary(l) + memberEditSummary(l), title: l(.formHasProblems)),
                Forms.form(id: "unit-form", action: action, context: context,
                    Forms.field("name", label: l(.fieldName), value: v.name, required: true, maxLength: UnitQueries.maximumNameLength, error: error("name")),
                    Forms.select("region_id", label: l(.fieldRegion), options: model.regions, selected: v.regionID, includeEmpty: l(.selectPrompt), required: true, error: error("region_id")),
                    Forms.select("strategy", label: l(.unitStrategy), options: strategies, selected: v.strategy, required: true, error: error("strategy")),
                    .p(.class("hint"), .text(l(.unitStrategyHint))),
                    Forms.select("head_id", label: l(.unitHead), options: model.heads, selected: v.headID, includeEmpty: l(.unitNoHead), error: error("head_id")),
                    Forms.field("phone", label: l(.fieldPhone), value: v.phone, type: .tel, maxLength: 20, error: error("phone")),
                    Forms.submit(l(.buttonSave))
                ),
                .unwrap(model.id) { id in members(id, l) },
                .unwrap(model.id) { id in
                    .if(!model.retired, .p(.a(.class("button danger"), .href(SiteURL.adminUnitRetire(id).path), .text(l(.unitRetire)))))
                }
            )
        }

        private func memberEditSummary(_ l: L10n) -> [(field: String, message: String)] {
            guard let edit = model.memberEdit else { return [] }
            return edit.problems.summary(l).map { ("capacity-\(edit.id)", $0.message) }
        }

        /// The capacity of one member as a one-field form in their row.
        private func capacityForm(_ id: Int, _ m: UnitQueries.MemberRow, _ l: L10n) -> Node<HTML.BodyContext> {
            let edit = model.memberEdit?.id == m.id ? model.memberEdit : nil
            let error = edit.flatMap { $0.problems.message(for: "capacity", l) }
            let fieldID = "capacity-\(m.id)"
            return .form(.method(.post), .action(SiteURL.adminUnitMemberUpdate(id, member: m.id).path), .class("inline-form capacity-form"),
                .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                .label(.for(fieldID), .class("visually-hidden"), .text(l(.unitMemberCapacityFor, m.name))),
                .input(.type(.number), .id(fieldID), .name("capacity"), .value((edit?.capacity ?? String(m.capacity)).attributeEscaped),
                       .attribute(named: "min", value: String(UnitQueries.capacityRange.lowerBound)),
                       .attribute(named: "max", value: String(UnitQueries.capacityRange.upperBound)),
                       .attribute(named: "required", value: "required"),
                       .attribute(named: "aria-describedby", value: error == nil ? nil : "\(fieldID)-error"),
                       .attribute(named: "aria-invalid", value: error == nil ? nil : "true")),
                .text(" "),
                .button(.type(.submit), .class("button secondary"), .text(l(.unitMemberSave))),
                .unwrap(error) { .p(.class("error"), .id("\(fieldID)-error"), .text($0)) })
        }

        private func members(_ id: Int, _ l: L10n) -> Node<HTML.BodyContext> {
            func error(_ field: String) -> String? { model.memberProblems.message(for: field, l) }
            return .section(
                .h2(.text(l(.unitMembers))),
                .if(model.members.isEmpty, .p(.class("empty"), .text(l(.unitNoMembers)))),
                .if(!model.members.isEmpty, .table(.class("data dense"),
                    .thead(.tr(.th(.text(l(.fieldDisplayName))), .th(.class("num"), .text(l(.unitCapacity))), .th(.class("num"), .text(l(.unitOpenLoad))), .th(.text(l(.tokensActions))))),
                    .tbody(.forEach(model.members) { m in
                        .tr(.id("member-\(m.id)"), .td(.text(m.name)), .td(.class("num"), capacityForm(id, m, l)), .td(.class("num"), .text(String(m.openLoad))),
                            .td(Forms.action(SiteURL.adminUnitMemberDelete(id, member: m.id).path, label: l(.unitMemberRemove),
                                             confirm: l(.unitMemberRemoveConfirm, m.name), context: context, danger: true)))
                    }))),
                .h3(.text(l(.unitMemberAdd))),
                Forms.form(id: "member-form", action: SiteURL.adminUnitMembers(id).path, context: context,
                    Forms.select("staff_id", label: l(.unitMember), options: model.candidates, selected: model.memberInput.staffID, includeEmpty: l(.selectPrompt), required: true, error: error("staff_id")),
                    Forms.field("capacity", label: l(.unitCapacity), value: model.memberInput.capacity, type: .number, required: true,
                                hint: l(.unitCapacityHint, UnitQueries.capacityRange.lowerBound, UnitQueries.capacityRange.upperBound), error: error("capacity")),
                    Forms.submit(l(.unitMemberAdd)))
            )
        }
    }
}
