import FarunCore
import Plot

/// The intake fields shared by the phone form and the kiosk form. On a kiosk nothing personal may stay in the
/// browser: autocomplete is off and the keypad is numeric for numbers; on a phone the browser may fill name
/// and number from the owner's own data.
enum CitizenIntakeFields {
    struct Options: Sendable {
        var kiosk = false
        /// Towns and villages to choose from (phone form); nil when the place is fixed (kiosk).
        var regions: [CitizenChoices.TownGroup]?
        /// Largest attachment in MB; nil when the form takes no file (kiosk).
        var attachmentMegabytes: Int?
    }

    static func nodes(_ v: CitizenIntakeValues, problems: [FieldProblem], options: Options, l: L10n) -> Node<HTML.FormContext> {
        func error(_ field: String) -> String? { problems.message(for: field, l) }
        let greens = GreenChannelReason.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("green", $0)) }
        let numeric = options.kiosk ? "numeric" : nil
        return .group(
            .input(.type(.hidden), .name(CitizenIntakeValues.tokenField), .value(v.token.attributeEscaped)),
            input("requester_name", label: l(.fieldDisplayName), value: v.name, required: true, maxLength: IntakeInput.maximumNameLength,
                  error: error("requester_name"), autocomplete: options.kiosk ? "off" : "name"),
            input("requester_phone", label: l(.applyPhone), value: v.phone, type: .tel, required: true, maxLength: 20, hint: l(.applyPhoneHint),
                  error: error("requester_phone"), autocomplete: options.kiosk ? "off" : "tel", inputMode: numeric),
            input("resident_id", label: l(.applyResidentID), value: v.residentID, maxLength: 18, hint: l(.applyResidentIDHint),
                  error: error("resident_id"), autocomplete: "off", inputMode: numeric),
            .unwrap(options.regions) { regionSelect($0, selected: v.regionID, error: error("region_id"), l: l) },
            .div(
                .class(error("matter") == nil ? "field" : "field has-error"),
                .label(.for("matter"), .text(l(.applyMatter)), .span(.class("required"), .text(" *"))),
                .textarea(
                    .id("matter"), .name("matter"), .attribute(named: "rows", value: "6"), .attribute(named: "required", value: "required"),
                    .attribute(named: "maxlength", value: String(IntakeInput.maximumMatterLength)),
                    .attribute(named: "autocomplete", value: options.kiosk ? "off" : nil),
                    .attribute(named: "aria-describedby", value: error("matter") == nil ? "matter-hint" : "matter-hint matter-error"),
                    .text(v.matter)),
                .p(.class("hint"), .id("matter-hint"), .text(l(.applyMatterHint, IntakeInput.maximumMatterLength))),
                .unwrap(error("matter")) { .p(.class("error"), .id("matter-error"), .text($0)) }
            ),
            .fieldset(
                .element(named: "legend", text: l(.applyGreen)),
                .p(.class("hint"), .text(l(.applyGreenHint))),
                Forms.select("green_channel", label: l(.applyGreenReason), options: greens, selected: v.greenChannel,
                             includeEmpty: l(.applyGreenNone), error: error("green_channel")),
                input("green_channel_note", label: l(.applyGreenNote), value: v.greenChannelNote, maxLength: 200,
                      error: nil, autocomplete: options.kiosk ? "off" : nil)
            ),
            .unwrap(options.attachmentMegabytes) { megabytes in
                .div(
                    .class(error("file") == nil ? "field" : "field has-error"),
                    .label(.for("file"), .text(l(.applyFile))),
                    .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"),
                           .attribute(named: "aria-describedby", value: error("file") == nil ? "file-hint" : "file-hint file-error")),
                    .p(.class("hint"), .id("file-hint"), .text(l(.applyFileHint, megabytes))),
                    .unwrap(error("file")) { .p(.class("error"), .id("file-error"), .text($0)) }
                )
            },
            consent(v.consent, error: error("consent"), l: l)
        )
    }

    /// A text input with what the shared `Forms.field` lacks: `inputmode` and "off" autocomplete for kiosks.
    static func input(_ name: String, label: String, value: String, type: HTMLInputType = .text, required: Bool = false, maxLength: Int,
                      hint: String? = nil, error: String?, autocomplete: String?, inputMode: String? = nil) -> Node<HTML.FormContext> {
        let described = [hint.map { _ in "\(name)-hint" }, error.map { _ in "\(name)-error" }].compactMap { $0 }
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(name), .text(label), .if(required, .span(.class("required"), .text(" *")))),
            .input(
                .type(type), .id(name), .name(name), .value(value.attributeEscaped), .required(required),
                .attribute(named: "maxlength", value: String(maxLength)),
                .unwrap(autocomplete) { .attribute(named: "autocomplete", value: $0) },
                .unwrap(inputMode) { .attribute(named: "inputmode", value: $0) },
                .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                .attribute(named: "aria-invalid", value: error == nil ? nil : "true")
            ),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .text($0)) },
            .unwrap(error) { .p(.class("error"), .id("\(name)-error"), .text($0)) }
        )
    }

    /// Towns as option groups; a town can be chosen itself when the village is not known.
    static func regionSelect(_ groups: [CitizenChoices.TownGroup], selected: String, error: String?, l: L10n) -> Node<HTML.FormContext> {
        .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for("region_id"), .text(l(.applyRegion)), .span(.class("required"), .text(" *"))),
            .select(
                .id("region_id"), .attribute(named: "name", value: "region_id"), .attribute(named: "required", value: "required"),
                .attribute(named: "aria-describedby", value: error == nil ? nil : "region_id-error"),
                Forms.optionNode(value: "", label: l(.selectPrompt), selected: selected.isEmpty),
                .forEach(groups) { town in
                    .element(named: "optgroup", nodes: [
                        .attribute(named: "label", value: town.name.attributeEscaped),
                        Forms.optionNode(value: String(town.id), label: l(.applyRegionTown, town.name), selected: selected == String(town.id)),
                        .forEach(town.villages) { Forms.optionNode(value: $0.value, label: $0.label, selected: $0.value == selected) },
                    ])
                }
            ),
            .unwrap(error) { .p(.class("error"), .id("region_id-error"), .text($0)) }
        )
    }

    /// 个人信息处理说明 and the consent box (个人信息保护法 arts 13, 19, 28, 31, 34, 36, 47).
    static func consent(_ given: Bool, error: String?, l: L10n) -> Node<HTML.FormContext> {
        .fieldset(
            .class(error == nil ? "consent" : "consent has-error"), .id("consent-notice"),
            .element(named: "legend", text: l(.applyConsentTitle)),
            .ul(
                .li(.text(l(.applyConsentPurpose))),
                .li(.text(l(.applyConsentWho))),
                .li(.text(l(.applyConsentKeep))),
                .li(.text(l(.applyConsentRights)))
            ),
            .div(
                .class("check"),
                .input(.type(.checkbox), .id("consent"), .name("consent"), .value("yes"), .required(true),
                       .attribute(named: "checked", value: given ? "checked" : nil),
                       .attribute(named: "aria-describedby", value: error == nil ? nil : "consent-error"),
                       .attribute(named: "aria-invalid", value: error == nil ? nil : "true")),
                .label(.for("consent"), .text(l(.applyConsent)), .span(.class("required"), .text(" *")))
            ),
            .unwrap(error) { .p(.class("error"), .id("consent-error"), .text($0)) }
        )
    }
}
