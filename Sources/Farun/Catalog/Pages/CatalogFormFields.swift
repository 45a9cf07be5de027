import FarunCore
import Plot

/// Form parts the catalog form needs beyond `Forms`: a text area with help text, a limit's fieldset, the
/// channel checkboxes with an error, and a single checkbox. Values are escaped as in `Forms`.
enum CatalogFormFields {
    static func textArea(_ name: String, label: String, value: String, hint: String, rows: Int, maxLength: Int, error: String?) -> Node<HTML.FormContext> {
        let described = ["\(name)-hint"] + (error == nil ? [] : ["\(name)-error"])
        return .div(
            .class(error == nil ? "field wide" : "field wide has-error"),
            .label(.for(name), .text(label)),
            .p(.class("hint"), .id("\(name)-hint"), .text(hint)),
            .textarea(
                .id(name), .name(name), .attribute(named: "rows", value: String(rows)), .attribute(named: "maxlength", value: String(maxLength)),
                .attribute(named: "aria-describedby", value: described.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true"),
                .text(value)
            ),
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    /// 受理期限 / 办理期限: count, unit (days only: these set work-order deadlines), citation, text, rule.
    static func limit(_ prefix: String, legend: String, fields: ServiceCatalogEdit.LimitFields, l: L10n, error: (String) -> String?) -> Node<HTML.FormContext> {
        let units = DayUnit.allCases.filter(\.isDayCount).map { Forms.Option(value: $0.rawValue, label: l.name("dayunit", $0)) }
        return .fieldset(
            .class("limit"),
            .element(named: "legend", text: legend),
            .p(.class("hint"), .text(l(.catalogLimitHint))),
            .div(.class("limit-amount"),
                Forms.field("\(prefix)_count", label: l(.catalogLimitCount), value: fields.count, type: .number, error: error("\(prefix)_count")),
                Forms.select("\(prefix)_unit", label: l(.catalogLimitUnit), options: units, selected: fields.unit, includeEmpty: l(.selectPrompt), error: error("\(prefix)_unit"))),
            Forms.field("\(prefix)_citation", label: l(.catalogLimitCitation), value: fields.citation, maxLength: ServiceType.Bounds.citation, error: error("\(prefix)_citation")),
            Forms.field("\(prefix)_text", label: l(.catalogLimitText), value: fields.text, maxLength: ServiceType.Bounds.text, error: error("\(prefix)_text")),
            Forms.field("\(prefix)_rule", label: l(.catalogLimitRule), value: fields.rule, maxLength: ServiceType.Bounds.ruleID, error: error("\(prefix)_rule"))
        )
    }

    static func channels(checked: [String], l: L10n, error: String?) -> Node<HTML.FormContext> {
        .fieldset(
            .class(error == nil ? "checkboxes" : "checkboxes has-error"), .id("channels"),
            .attribute(named: "aria-describedby", value: error == nil ? nil : "channels-error"),
            .element(named: "legend", text: l(.catalogFieldChannels)),
            .forEach(WorkOrderChannel.allCases.enumerated()) { index, channel in
                .div(
                    .class("check"),
                    .input(.type(.checkbox), .id("channels-\(index)"), .name("channels[]"), .value(channel.rawValue),
                           .attribute(named: "checked", value: checked.contains(channel.rawValue) ? "checked" : nil)),
                    .label(.for("channels-\(index)"), .text(l.name("channel", channel)))
                )
            },
            .unwrap(error) { .p(.class("error"), .id("channels-error"), .text($0)) }
        )
    }

    static func checkbox(_ name: String, label: String, checked: Bool) -> Node<HTML.FormContext> {
        .div(
            .class("check"),
            .input(.type(.checkbox), .id(name), .name(name), .value("1"), .attribute(named: "checked", value: checked ? "checked" : nil)),
            .label(.for(name), .text(label))
        )
    }
}
