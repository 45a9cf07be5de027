import FarunCore
import Plot

extension CallWorkOrderPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            func error(_ field: String) -> String? { model.problems.message(for: field, l) }
            let summary = model.problems.summary(l) + (model.message.map { [(field: "service", message: $0)] } ?? [])
            return Layout.page(l(.hotlineOrderTitle), context: context, audience: .staff,
                .pageHeading(l(.hotlineOrderTitle), lead: l(.hotlineOrderLead, Formatting.dateTime(model.ringAt, l), model.callerMasked)),
                Forms.errorSummary(summary, title: l(.formHasProblems)),
                Forms.form(id: "call-order-form", action: SiteURL.hotlineCallWorkOrder(model.callID).path, context: context,
                    .div(.class("field"), .id("channel"),
                         .p(.strong(.text(l(.hotlineOrderChannel))), .text(" " + l.name("channel", WorkOrderChannel.hotline))),
                         .unwrap(error("channel")) { .p(.class("error"), .text($0)) }),
                    Forms.select("service", label: l(.catalogEntity), options: model.services, selected: model.input.service,
                                 includeEmpty: l(.selectPrompt), required: true, error: error("service")),
                    Forms.field("requester_name", label: l(.fieldDisplayName), value: model.input.name, required: true,
                                maxLength: IntakeInput.maximumNameLength, error: error("requester_name"), autocomplete: "off"),
                    Forms.field("requester_phone", label: l(.fieldPhone), value: model.input.phone, type: .tel, required: true,
                                maxLength: 20, hint: l(.hotlineOrderPhoneHint), error: error("requester_phone"), autocomplete: "off"),
                    Forms.textArea("matter", label: l(.hotlineOrderMatter), value: model.input.matter,
                                   maxLength: IntakeInput.maximumMatterLength, rows: 5, error: error("matter")),
                    Forms.select("region_id", label: l(.fieldRegion), options: model.regions, selected: model.input.regionID.map(String.init),
                                 includeEmpty: l(.selectPrompt), required: true, error: error("region_id")),
                    Forms.submit(l(.hotlineOrderSubmit)),
                    legalAid(l)),
                .p(.a(.href(SiteURL.hotline.path), .text(l(.hotlineBackToCalls))))
            )
        }

        /// 转法律援助申请: the same fields, posted to the legal aid hand-off (no service to choose, hence formnovalidate),
        /// with the reminder to tell the caller of the right to apply (法律援助法第二十三条, LA-24) — stronger when
        /// the matter already looks like a legal aid matter.
        private func legalAid(_ l: L10n) -> Node<HTML.FormContext> {
            guard model.services.contains(where: { $0.value == LegalAidStore.serviceCode }) else { return .empty }
            let guess = LegalAidMatterGuess.category(for: model.input.matter)
            let looks = LegalAidMatterGuess.looksLikeLegalAid(model.input.matter)
            let hint = guess.map { l(.laHandoffHintCategory, l.name("lacategory", $0), $0.citation) } ?? l(.laHandoffHint)
            return .div(.class("legal-aid-handoff"),
                .p(.id("legal-aid-hint"), .class(looks ? "flash" : "hint"), .text(looks ? hint : l(.laHandoffHint))),
                .div(.class("actions"),
                     .button(.type(.submit), .class("button secondary"), .id("to-legal-aid"),
                             .attribute(named: "formaction", value: SiteURL.hotlineCallLegalAid(model.callID).path),
                             .attribute(named: "formnovalidate", value: "formnovalidate"),
                             .attribute(named: "aria-describedby", value: "legal-aid-hint"),
                             .text(l(.laHandoffButton)))))
        }
    }
}
