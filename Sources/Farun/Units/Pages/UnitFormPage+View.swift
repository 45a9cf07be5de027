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
                Forms.errorSummary((model.problems + model.memberProblems).summary(l), title: l(.formHasProblems)),
                Forms.form(id: "unit-form", action: action, context: context,
                    Forms.field("name", label: l(.fieldName), value: v.name, required: true, maxLength: UnitQueries.maximumNameLength, error: error("name")),
                    Forms.select("region_id", label: l(.fieldRegion), options: model.regions, selected: v.regionID, includeEmpty: l(.selectPrompt), required: true, error: error("region_id")),
                    Forms.select("strategy", label: l(.unitStrategy), options: strategies, selected: v.strategy, required: true, error: error("strategy")),
                    .p(.class("hint"), .text(l(.unitStrategyHint))),
                    Forms.select("head_id", label: l(.unitHead), options: model.heads, selected: v.headID, includeEmpty: l(.unitNoHead), error: error("head_id")),
                    Forms.field("phone", label: l(.fieldPhone), value: v.phone, type: .tel, maxLength: 20, error: error("phone")),
                    Forms.submit(l(.buttonSave))
                ),
                .unwrap(model.id) { id in members(id, l) }
            )
        }

        private func members(_ id: Int, _ l: L10n) -> Node<HTML.BodyContext> {
            func error(_ field: String) -> String? { model.memberProblems.message(for: field, l) }
            return .section(
                .h2(.text(l(.unitMembers))),
                .if(model.members.isEmpty, .p(.class("empty"), .text(l(.unitNoMembers)))),
                .if(!model.members.isEmpty, .table(.class("data dense"),
                    .thead(.tr(.th(.text(l(.fieldDisplayName))), .th(.class("num"), .text(l(.unitCapacity))), .th(.class("num"), .text(l(.unitOpenLoad))), .th(.text(l(.tokensActions))))),
                    .tbody(.forEach(model.members) { m in
                        .tr(.td(.text(m.name)), .td(.class("num"), .text(String(m.capacity))), .td(.class("num"), .text(String(m.openLoad))),
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
