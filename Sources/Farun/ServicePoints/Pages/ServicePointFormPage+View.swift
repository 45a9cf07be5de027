import FarunCore
import Plot

extension ServicePointFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let v = model.input
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            let title = model.id == nil ? l(.servicePointsAdd) : v.name
            let action = model.id.map { SiteURL.adminServicePoint($0).path } ?? SiteURL.adminServicePointNew.path
            let kinds = ServicePointKind.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("kind", $0)) }
            return Layout.page(title, context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.adminServicePoints.path), .text(l(.servicePointsAdminTitle)))),
                .pageHeading(title),
                .flash(model.done.map { _ in l(.flashSaved) }),
                .if(model.closed, .p(.class("badge"), .text(l(.statusClosed)))),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "service-point-form", action: action, context: context,
                    Forms.field("name", label: l(.fieldName), value: v.name, required: true, maxLength: 80, error: error("name")),
                    Forms.select("kind", label: l(.fieldKind), options: kinds, selected: v.kind, includeEmpty: l(.selectPrompt), required: true, error: error("kind")),
                    Forms.select("region_id", label: l(.fieldRegion), options: model.regions, selected: v.regionID.map(String.init), includeEmpty: l(.selectPrompt), required: true, error: error("region_id")),
                    Forms.field("address", label: l(.fieldAddress), value: v.address, required: true, maxLength: 200, error: error("address")),
                    Forms.field("opening_hours", label: l(.fieldOpeningHours), value: v.openingHours, maxLength: 200, error: error("opening_hours")),
                    Forms.field("capacity", label: l(.fieldCapacity), value: v.capacity, type: .number, required: true, hint: l(.servicePointCapacityHint), error: error("capacity")),
                    Forms.field("phone", label: l(.fieldPhone), value: v.phone, type: .tel, maxLength: 20, error: error("phone")),
                    Forms.textArea("notice", label: l(.fieldNotice), value: v.notice, maxLength: 1000, error: error("notice")),
                    .if(model.canManage, Forms.submit(l(.buttonSave)))
                ),
                .unwrap(model.id) { id in
                    .if(model.canManage && !model.closed,
                        Forms.action(SiteURL.adminServicePointClose(id).path, label: l(.servicePointsClose), confirm: l(.servicePointsCloseConfirm, v.name), context: context, danger: true))
                },
                .unwrap(model.id) { id in .p(.a(.href(SiteURL.servicePoint(id).path), .text(l(.servicePointsPublicPage)))) }
            )
        }
    }
}
