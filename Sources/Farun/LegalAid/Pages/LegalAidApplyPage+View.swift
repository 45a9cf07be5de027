import FarunCore
import Plot

extension LegalAidApplyPage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let v = m.values
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            let action = m.staff ? SiteURL.staffLegalAidNew.path : SiteURL.legalAidApply.path
            let categories = LegalAidCategory.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("lacategory", $0) + "（" + $0.citation.replacingOccurrences(of: "《中华人民共和国法律援助法》", with: "") + "）") }
            let circumstances = LegalAidCircumstance.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("lacircumstance", $0)) }
            let channels = [WorkOrderChannel.window, .hotline].map { Forms.Option(value: $0.rawValue, label: l.name("channel", $0)) }
            return Layout.page(l(.legalAidApplyTitle), context: context, audience: m.staff ? .staff : .citizen,
                .pageHeading(l(.legalAidApplyTitle), lead: l(.legalAidApplyLead)),
                .unwrap(m.submittedNumber) { number in
                    .section(.class("notice success"), .attribute(named: "role", value: "status"),
                        .h2(.text(l(.legalAidApplySubmitted, number))),
                        .p(.text(l(.legalAidApplySubmittedNext))),
                        .unwrap(m.submittedID) { id in
                            .p(.a(.class("button secondary"), .href(SiteURL.staffLegalAidApplication(id).path), .text(l(.legalAidOpenCase))))
                        })
                },
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .unwrap(m.screening) { screening in screeningPanel(screening, l) },
                .if(m.submittedNumber == nil, Forms.form(id: "legal-aid-apply", action: action, context: context,
                    .if(m.staff, Forms.select("channel", label: l(.intakeChannel), options: channels, selected: v.channel ?? "window", required: true, error: error("channel"))),
                    .if(!m.staff, .input(.type(.hidden), .name("channel"), .value("mobile_web"))),
                    .fieldset(.element(named: "legend", text: l(.legalAidApplicant)),
                        Forms.field("applicant_name", label: l(.intakeRequesterName), value: v.applicant_name, required: true, maxLength: 50, error: error("applicant_name"), autocomplete: "name"),
                        Forms.field("applicant_phone", label: l(.intakeRequesterPhone), value: v.applicant_phone, type: .tel, required: true, error: error("applicant_phone"), autocomplete: "tel"),
                        Forms.field("applicant_resident_id", label: l(.intakeResidentID), value: v.applicant_resident_id, maxLength: 18, error: error("applicant_resident_id")),
                        Forms.select("region_id", label: l(.intakeRegion), options: m.regions, selected: v.region_id, includeEmpty: l(.validationChoose), required: true, error: error("region_id"))),
                    .fieldset(.element(named: "legend", text: l(.legalAidMatter)),
                        Forms.select("category", label: l(.legalAidCategory), options: categories, selected: v.category, includeEmpty: l(.validationChoose), required: true, error: error("category")),
                        Forms.textArea("matter", label: l(.intakeMatter), value: v.matter, maxLength: IntakeInput.maximumMatterLength, error: error("matter")),
                        Forms.field("days_to_limitation", label: l(.legalAidDaysToLimitation), value: v.days_to_limitation, type: .number, hint: l(.legalAidDaysHint), error: error("days_to_limitation")),
                        Forms.checkboxes("needs_preservation", legend: l(.legalAidUrgency), options: [.init(value: "1", label: l(.legalAidNeedsPreservation))],
                                         checked: Set(v.needs_preservation ?? []))),
                    .fieldset(.element(named: "legend", text: l(.legalAidOpponent)),
                        Forms.field("opponent_name", label: l(.legalAidOpponentName), value: v.opponent_name, required: true, maxLength: 100, error: error("opponent_name")),
                        Forms.field("opponent_phone", label: l(.legalAidOpponentPhone), value: v.opponent_phone, type: .tel, error: error("opponent_phone")),
                        Forms.field("opponent_resident_id", label: l(.legalAidOpponentID), value: v.opponent_resident_id, maxLength: 18, error: error("opponent_resident_id"))),
                    Forms.checkboxes("circumstances", legend: l(.legalAidCircumstances), options: circumstances, checked: Set(v.circumstances ?? [])),
                    // formnovalidate: checking first must work before the required pledge signature is typed.
                    .div(.class("actions"), .button(.type(.submit), .name("preview"), .value("1"), .class("button secondary"),
                                                    .attribute(named: "formnovalidate", value: "formnovalidate"), .text(l(.legalAidCheckFirst)))),
                    .fieldset(.element(named: "legend", text: l(.legalAidEconomic)),
                        Forms.textArea("economic_statement", label: l(.legalAidEconomicStatement), value: v.economic_statement, maxLength: LegalAidApplicationInput.maximumStatementLength, error: error("economic_statement"))),
                    .fieldset(.class("pledge"), .element(named: "legend", text: l(.legalAidPledgeTitle)),
                        .p(.text(l(.legalAidPledgeText))),
                        Forms.checkboxes("pledge_accepted", legend: l(.legalAidPledgeAccept), options: [.init(value: "1", label: l(.legalAidPledgeAgree))],
                                         checked: Set(v.pledge_accepted ?? [])),
                        Forms.field("pledge_signature", label: l(.legalAidPledgeSignature), value: v.pledge_signature, required: true, maxLength: 50, error: error("pledge_signature"))),
                    Forms.submit(l(.legalAidSubmit))))
            )
        }

        func screeningPanel(_ s: LegalAidScreening.Result, _ l: L10n) -> Node<HTML.BodyContext> {
            .section(.class("notice"), .id("screening"), .attribute(named: "role", value: "status"), .attribute(named: "aria-live", value: "polite"),
                .h2(.text(l(.legalAidScreeningTitle))),
                .p(.strong(.text(LegalAidText.review(s.economicReview, l))), .text(" · " + s.economicReview.citation)),
                .if(!s.proofs.isEmpty, .p(.text(l(.legalAidBringProof) + s.proofs.map { l.name("lacircumstance", $0) }.joined(separator: "、")))),
                .if(s.isPriority, .ul(.forEach(s.priorities) { p in .li(.text(l.name("lapriority", p) + " · " + p.citation)) })),
                .if(!s.isPriority, .p(.text(l(.legalAidNoPriority)))))
        }
    }
}
