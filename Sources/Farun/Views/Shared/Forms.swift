import Plot

/// Form building blocks. Every value from data is attribute-escaped here, so pages cannot forget it.
enum Forms {
    struct Option: Sendable {
        let value: String
        let label: String
    }

    static func form(id: String, action: String, context: PageContext, _ nodes: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(
            .id(id), .method(.post), .action(action.attributeEscaped), .class("form"),
            .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
            .group(nodes)
        )
    }

    /// A one-button form, e.g. for retire / disable, with a confirmation question.
    static func action(_ action: String, label: String, confirm: String?, context: PageContext, danger: Bool = false) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(action.attributeEscaped), .class("inline-form"),
            .unwrap(confirm) { .attribute(named: "data-confirm", value: $0.attributeEscaped) },
            .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
            .button(.type(.submit), .class(danger ? "button danger" : "button secondary"), .text(label))
        )
    }

    static func field(
        _ name: String, label: String, value: String?, type: HTMLInputType = .text, required: Bool = false,
        maxLength: Int? = nil, hint: String? = nil, error: String? = nil, autocomplete: String? = nil
    ) -> Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(name), .text(label), .if(required, .span(.class("required"), .text(" *")))),
            .input(
                .type(type), .id(name), .name(name), .value((value ?? "").attributeEscaped),
                .required(required),
                .unwrap(maxLength) { .attribute(named: "maxlength", value: String($0)) },
                .unwrap(autocomplete) { .attribute(named: "autocomplete", value: $0) },
                .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true")
            ),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    static func textArea(_ name: String, label: String, value: String?, maxLength: Int, rows: Int = 4, error: String? = nil) -> Node<HTML.FormContext> {
        .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(name), .text(label)),
            .textarea(
                .id(name), .name(name), .attribute(named: "rows", value: String(rows)),
                .attribute(named: "maxlength", value: String(maxLength)),
                .attribute(named: "aria-describedby", value: error == nil ? nil : "\(name)-error"),
                .text(value ?? "")
            ),
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    static func select(_ name: String, label: String, options: [Option], selected: String?, includeEmpty: String? = nil, required: Bool = false, error: String? = nil) -> Node<HTML.FormContext> {
        .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(name), .text(label), .if(required, .span(.class("required"), .text(" *")))),
            .select(
                .id(name), .attribute(named: "name", value: name),
                .attribute(named: "required", value: required ? "required" : nil),
                .attribute(named: "aria-describedby", value: error == nil ? nil : "\(name)-error"),
                .unwrap(includeEmpty) { optionNode(value: "", label: $0, selected: selected == nil || selected == "") },
                .forEach(options) { option in optionNode(value: option.value, label: option.label, selected: option.value == selected) }
            ),
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    static func checkboxes(_ name: String, legend: String, options: [Option], checked: Set<String>) -> Node<HTML.FormContext> {
        .fieldset(
            .class("checkboxes"),
            .element(named: "legend", text: legend),
            .forEach(options.enumerated()) { index, option in
                .div(
                    .class("check"),
                    .input(.type(.checkbox), .id("\(name)-\(index)"), .name("\(name)[]"), .value(option.value.attributeEscaped),
                           .attribute(named: "checked", value: checked.contains(option.value) ? "checked" : nil)),
                    .label(.for("\(name)-\(index)"), .text(option.label))
                )
            }
        )
    }

    /// `<option value="…">label</option>`, escaped.
    static func optionNode(value: String, label: String, selected: Bool) -> Node<HTML.SelectContext> {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: value.attributeEscaped, ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected", value: "selected") : .empty,
            .text(label),
        ])
    }

    static func submit(_ label: String) -> Node<HTML.FormContext> {
        .div(.class("actions"), .button(.type(.submit), .class("button primary"), .text(label)))
    }

    /// The list of problems at the top of a form, linked to the fields.
    static func errorSummary(_ problems: [(field: String, message: String)], title: String) -> Node<HTML.BodyContext> {
        .if(!problems.isEmpty, .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .h2(.text(title)),
            .ul(.forEach(problems) { problem in .li(.a(.href("#\(problem.field)".attributeEscaped), .text(problem.message))) })
        ))
    }
}
