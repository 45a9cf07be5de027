import FarunCore
import Plot

extension RegionFormPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let v = model.values
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            let levels = RegionLevel.allCases.filter { $0 >= .city }.map { Forms.Option(value: $0.rawValue, label: l.name("level", $0)) }
            return Layout.page(l(.regionsAdd), context: context, audience: .staff,
                .pageHeading(l(.regionsAdd), lead: l(.regionsAddLead)),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                Forms.form(id: "region-form", action: SiteURL.adminRegionNew.path, context: context,
                    Forms.select("parent_id", label: l(.fieldParentRegion), options: model.parents, selected: v.parentID.map(String.init), includeEmpty: l(.selectPrompt), required: true, error: error("parent_id")),
                    Forms.select("level", label: l(.fieldLevel), options: levels, selected: v.level, includeEmpty: l(.selectPrompt), required: true, error: error("level")),
                    Forms.field("name", label: l(.fieldName), value: v.name, required: true, maxLength: 60, error: error("name")),
                    Forms.field("code", label: l(.fieldDivisionCode), value: v.code, maxLength: 12, hint: l(.regionCodeHint), error: error("code")),
                    Forms.submit(l(.buttonSave))
                )
            )
        }
    }
}
