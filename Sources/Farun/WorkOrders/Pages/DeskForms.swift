import Plot

/// Form fields for the front desk, like `Forms` but with what a fast keyboard form needs on top (autofocus,
/// access keys, input modes, datalists). Every value from data is attribute-escaped here.
enum DeskForms {
    static func field(
        _ name: String, label: String, value: String, type: HTMLInputType = .text, required: Bool = false, maxLength: Int? = nil,
        hint: String? = nil, error: String? = nil, accessKey: String? = nil, inputMode: String? = nil, autocomplete: String? = "off",
        list: String? = nil, autofocus: Bool = false
    ) -> Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        let attributes: [Attribute<HTML.InputContext>] = [
            .type(type), .id(name), .name(name), .value(value.attributeEscaped),
            .attribute(named: "required", value: required ? "required" : nil),
            .attribute(named: "maxlength", value: maxLength.map(String.init)),
            .attribute(named: "accesskey", value: accessKey),
            .attribute(named: "inputmode", value: inputMode),
            .attribute(named: "autocomplete", value: autocomplete),
            .attribute(named: "list", value: list),
            .attribute(named: "autofocus", value: autofocus ? "autofocus" : nil),
            .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
            .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
        ]
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            labelNode(name, label, required: required, accessKey: accessKey),
            .selfClosedElement(named: "input", attributes: attributes),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    static func select(
        _ name: String, label: String, options: [Forms.Option], selected: String?, includeEmpty: String? = nil, required: Bool = false,
        hint: String? = nil, error: String? = nil, accessKey: String? = nil, autofocus: Bool = false
    ) -> Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            labelNode(name, label, required: required, accessKey: accessKey),
            .select(
                .id(name), .attribute(named: "name", value: name),
                .attribute(named: "required", value: required ? "required" : nil),
                .attribute(named: "accesskey", value: accessKey),
                .attribute(named: "autofocus", value: autofocus ? "autofocus" : nil),
                .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .unwrap(includeEmpty) { Forms.optionNode(value: "", label: $0, selected: selected == nil || selected == "") },
                .forEach(options) { option in Forms.optionNode(value: option.value, label: option.label, selected: option.value == selected) }
            ),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    static func textArea(
        _ name: String, label: String, value: String, maxLength: Int, rows: Int = 4, required: Bool = false, hint: String? = nil,
        error: String? = nil, accessKey: String? = nil
    ) -> Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            labelNode(name, label, required: required, accessKey: accessKey),
            .textarea(
                .id(name), .name(name), .attribute(named: "rows", value: String(rows)),
                .attribute(named: "maxlength", value: String(maxLength)),
                .attribute(named: "required", value: required ? "required" : nil),
                .attribute(named: "accesskey", value: accessKey),
                .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .text(value)
            ),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    static func checkbox(_ name: String, label: String, checked: Bool, hint: String? = nil, error: String? = nil, accessKey: String? = nil) -> Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return .div(
            .class(error == nil ? "check" : "check has-error"),
            .input(.type(.checkbox), .id(name), .name(name), .value("1"),
                   .attribute(named: "checked", value: checked ? "checked" : nil),
                   .attribute(named: "accesskey", value: accessKey),
                   .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " "))),
            labelNode(name, label, required: false, accessKey: accessKey),
            .unwrap(hint) { .span(.class("hint"), .id("\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    /// The label, with its access key shown (e.g. "服务事项 [S]") so the shortcut is visible, not guessed.
    private static func labelNode(_ name: String, _ text: String, required: Bool, accessKey: String?) -> Node<HTML.FormContext> {
        .label(.for(name), .text(text),
               .if(required, .span(.class("required"), .text(" *"))),
               .unwrap(accessKey) { .element(named: "kbd", nodes: [Node<HTML.BodyContext>.attribute(named: "aria-hidden", value: "true"), .text($0.uppercased())]) })
    }
}
