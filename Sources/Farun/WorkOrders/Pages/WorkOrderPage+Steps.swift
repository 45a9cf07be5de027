import FarunCore
import Plot

extension WorkOrderPage.View {
    /// One small form per step the viewer may take now; each carries the version the viewer saw.
    func steps(_ l: L10n) -> Node<HTML.BodyContext> {
        .section(.class("steps"),
            .h2(.text(l(.orderSteps))),
            .unwrap(model.legalAid) { aid in
                .p(.class("legal-aid-guard"), .text(l(.legalAidOrderGuardNote, l.name("lastate", aid.state))), .text(" "),
                   // only those who may open the case get a link; for the others it would answer 404
                   model.legalAidCaseID == nil ? .text(aid.number)
                       : .a(.href(SiteURL.staffLegalAidApplication(aid.id).path), .text(l(.legalAidOrderGuardLink, aid.number))))
            },
            .if(model.steps.isEmpty && model.legalAid == nil, .p(.class("empty"), .text(l(.orderNoSteps)))),
            .forEach(model.steps) { step in form(step, l) })
    }

    private func form(_ step: WorkOrderPage.Step, _ l: L10n) -> Node<HTML.BodyContext> {
        let action = step.action
        let attempt = model.attempt?.action == action ? model.attempt : nil
        func error(_ field: String) -> String? { attempt?.problems.message(for: field, l) }
        let confirm: String? = action == .refuse || action == .returnToFrontDesk ? l(.orderStepConfirm, l.name("woaction", action)) : nil
        return .form(
            .id("step-\(action.rawValue)"), .method(.post), .action(SiteURL.workOrderAction(model.id).path), .class("step-form"),
            .unwrap(confirm) { .attribute(named: "data-confirm", value: $0.attributeEscaped) },
            .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
            .input(.type(.hidden), .name("action"), .value(action.rawValue)),
            .input(.type(.hidden), .name("version"), .value(String(model.version))),
            .h3(.text(l.name("woaction", action))),
            .if(action == .assign,
                select(action, "assignee_id", l(.orderAssignTo), step.assignees, attempt?.assigneeID, empty: l(.selectPrompt), required: true, error: error("assignee_id"))),
            .if(action == .transfer,
                select(action, "target_unit_id", l(.orderTransferTo), step.targets, attempt?.targetUnitID, empty: l(.selectPrompt), required: true, error: error("target_unit_id"))),
            .if(action == .accept && !step.targets.isEmpty,
                select(action, "target_unit_id", l(.orderAcceptInto), step.targets, attempt?.targetUnitID, empty: l(.orderByRouting), required: false, error: error("target_unit_id"))),
            .if(action == .requestSupplement,
                textArea(action, "missing_materials", l(.orderMissingMaterials), attempt?.missingMaterials ?? "", hint: l(.orderMissingMaterialsHint),
                         required: true, error: error("missing_materials"))),
            .unwrap(reasonLabel(action, l)) { label in
                textArea(action, "reason", label, attempt?.reason ?? "", hint: nil, required: action != .resolve, error: error("reason"))
            },
            .button(.type(.submit), .class(action == .refuse || action == .returnToFrontDesk ? "button danger" : "button primary"),
                    .text(l.name("woaction", action)))
        )
    }

    private func reasonLabel(_ action: WorkOrderAction, _ l: L10n) -> String? {
        switch action {
        case .refuse: l(.orderRefuseReason)
        case .transfer: l(.orderTransferReason)
        case .returnToFrontDesk: l(.orderReturnReason)
        case .resolve: l(.orderOutcome)
        default: nil
        }
    }

    private func select(_ action: WorkOrderAction, _ name: String, _ label: String, _ options: [Forms.Option], _ selected: String?,
                        empty: String, required: Bool, error: String?) -> Node<HTML.FormContext> {
        let id = "\(action.rawValue)-\(name)"
        return .div(.class(error == nil ? "field" : "field has-error"),
            .label(.for(id), .text(label), .if(required, .span(.class("required"), .text(" *")))),
            .select(.id(id), .attribute(named: "name", value: name), .attribute(named: "required", value: required ? "required" : nil),
                    .attribute(named: "aria-describedby", value: error == nil ? nil : "\(id)-error"),
                    Forms.optionNode(value: "", label: empty, selected: selected == nil || selected == ""),
                    .forEach(options) { Forms.optionNode(value: $0.value, label: $0.label, selected: $0.value == selected) }),
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) })
    }

    private func textArea(_ action: WorkOrderAction, _ name: String, _ label: String, _ value: String, hint: String?, required: Bool,
                          error: String?) -> Node<HTML.FormContext> {
        let id = "\(action.rawValue)-\(name)"
        let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        return .div(.class(error == nil ? "field" : "field has-error"),
            .label(.for(id), .text(label), .if(required, .span(.class("required"), .text(" *")))),
            .textarea(.id(id), .name(name), .attribute(named: "rows", value: "3"), .attribute(named: "maxlength", value: "2000"),
                      .attribute(named: "required", value: required ? "required" : nil),
                      .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                      .text(value)),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(id)-error"), .text($0)) })
    }
}
