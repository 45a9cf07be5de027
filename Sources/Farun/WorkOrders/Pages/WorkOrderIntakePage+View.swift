import FarunCore
import Foundation
import Plot

extension WorkOrderIntakePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let v = model.values
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            return Layout.page(l(.intakeTitle), context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.workOrders.path), .text(l(.workbenchTitle)))),
                .pageHeading(l(.intakeTitle), lead: l(.intakeShortcuts)),
                Forms.errorSummary(model.problems.summary(l), title: l(.formHasProblems)),
                .div(.class("intake"),
                    .form(
                        .id("intake-form"), .method(.post), .action(SiteURL.workOrderNew.path), .class("form desk-form"),
                        .attribute(named: "data-submit-shortcut", value: "ctrl-enter"),
                        .input(.type(.hidden), .name(CSRF.field), .value(context.csrfToken.attributeEscaped)),
                        .fieldset(
                            .element(named: "legend", text: l(.intakeServiceLegend)),
                            DeskForms.select("service", label: l(.intakeService), options: serviceOptions(), selected: v.service,
                                             includeEmpty: l(.selectPrompt), required: true, error: error("service"), accessKey: "s", autofocus: true),
                            DeskForms.select("channel", label: l(.intakeChannel), options: model.channels.map { .init(value: $0.rawValue, label: l.name("channel", $0)) },
                                             selected: v.channel, required: true, error: error("channel"))
                        ),
                        .fieldset(
                            .element(named: "legend", text: l(.intakeRequesterLegend)),
                            DeskForms.field("requester_name", label: l(.intakeRequesterName), value: v.requesterName, required: true,
                                            maxLength: IntakeInput.maximumNameLength, error: error("requester_name"), accessKey: "n"),
                            DeskForms.field("requester_phone", label: l(.intakeRequesterPhone), value: v.requesterPhone, type: .tel, required: true,
                                            maxLength: 20, error: error("requester_phone"), accessKey: "p", inputMode: "tel"),
                            DeskForms.field("resident_id", label: l(.intakeResidentID), value: v.residentID, maxLength: 18, hint: l(.intakeResidentIDHint),
                                            error: error("resident_id"), accessKey: "i")
                        ),
                        .fieldset(
                            .element(named: "legend", text: l(.intakeMatterLegend)),
                            DeskForms.textArea("matter", label: l(.intakeMatter), value: v.matter, maxLength: IntakeInput.maximumMatterLength, rows: 5,
                                               required: true, error: error("matter"), accessKey: "m"),
                            DeskForms.select("region_id", label: l(.intakeRegion), options: model.regions, selected: v.regionID, includeEmpty: l(.selectPrompt),
                                             required: true, error: error("region_id"), accessKey: "r"),
                            DeskForms.select("service_point_id", label: l(.intakeServicePoint), options: model.points, selected: v.servicePointID,
                                             includeEmpty: l(.intakeNoServicePoint), error: error("service_point_id"))
                        ),
                        .fieldset(
                            .element(named: "legend", text: l(.intakeHandlingLegend)),
                            DeskForms.select("priority", label: l(.intakePriority), options: WorkOrderPriority.allCases.map { .init(value: $0.rawValue, label: l.name("priority", $0)) },
                                             selected: v.priority),
                            DeskForms.select("green_channel", label: l(.intakeGreenChannel), options: GreenChannelReason.allCases.map { .init(value: $0.rawValue, label: l.name("green", $0)) },
                                             selected: v.greenChannel, includeEmpty: l(.intakeNoGreenChannel), error: error("green_channel")),
                            DeskForms.field("green_channel_note", label: l(.intakeGreenChannelNote), value: v.greenChannelNote, maxLength: 200,
                                            hint: l(.intakeGreenChannelNoteHint)),
                            DeskForms.field("follows", label: l(.intakeFollows), value: v.follows, maxLength: 40, hint: l(.intakeOrderNumberHint),
                                            error: error("follows")),
                            DeskForms.field("parent", label: l(.intakeParent), value: v.parent, maxLength: 40, hint: l(.intakeOrderNumberHint),
                                            error: error("parent"))
                        ),
                        DeskForms.checkbox("accept_now", label: l(.intakeAcceptNow), checked: v.acceptNow, hint: l(.intakeAcceptNowHint), error: error("accept_now")),
                        .div(.class("actions"),
                             .button(.type(.submit), .class("button primary"), .attribute(named: "accesskey", value: "k"),
                                     .text(l(.intakeSubmit)), .element(named: "kbd", nodes: [.attribute(named: "aria-hidden", value: "true"), .text("K")])),
                             .span(.class("hint"), .text(l(.intakeSubmitHint))))
                    ),
                    servicePanel(l)
                )
            )
        }

        /// Services the chosen channel may start (the script re-filters when the channel changes).
        private func serviceOptions() -> [Forms.Option] {
            model.services.filter { $0.channels.contains(model.values.channel) || $0.code == model.values.service }
                .map { .init(value: $0.code, label: $0.name) }
        }

        /// 一次性告知: materials and limits of the chosen service, with every service's data for the script.
        private func servicePanel(_ l: L10n) -> Node<HTML.BodyContext> {
            let json = (try? String(decoding: Self.encoder.encode(model.services), as: UTF8.self)) ?? "[]"
            let service = model.selectedService
            return .element(named: "aside", nodes: [
                .id("service-info"), .class("service-info"),
                .attribute(named: "aria-live", value: "polite"),
                .attribute(named: "data-services", value: json.attributeEscaped),
                .attribute(named: "data-label-optional", value: l(.intakeMaterialOptional).attributeEscaped),
                .attribute(named: "data-label-free", value: l(.intakeServiceFree).attributeEscaped),
                .h2(.text(l(.intakeMaterialsTitle))),
                .p(.class("hint service-empty"), .attribute(named: "hidden", value: service == nil ? nil : "hidden"), .text(l(.intakeMaterialsEmpty))),
                .ol(.class("materials"), .forEach(service?.materials ?? []) { m in
                    .li(.text(m.item), .if(!m.required, .text(l(.intakeMaterialOptional))), .unwrap(m.basis.isEmpty ? nil : m.basis) { .small(.text(" · " + $0)) })
                }),
                .ul(.class("limits"), .forEach(service?.limits ?? []) { .li(.text($0)) }),
                .p(.class("free"), .attribute(named: "hidden", value: service?.free == true ? nil : "hidden"), .span(.class("badge"), .text(l(.intakeServiceFree)))),
            ])
        }

        private static let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return encoder
        }()
    }
}
