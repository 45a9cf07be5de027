import FarunCore
import Plot

extension LegalAidNoticePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let v = m.values
            func error(_ field: String) -> String? { m.problems.message(for: field, l) }
            let organs = NotifiedDefence.Organ.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("laorgan", $0)) }
            let grounds = NotifiedDefence.Ground.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("langround", $0) + "（" + $0.citation + "）") }
            let stages = NotifiedDefence.Stage.allCases.map { Forms.Option(value: $0.rawValue, label: l.name("lastage", $0)) }
            return Layout.page(l(.laNoticeTitle), context: context, audience: .staff,
                .p(.class("breadcrumb"), .a(.href(SiteURL.staffLegalAid.path), .text(l(.laNoticeRegister)))),
                .pageHeading(l(.laNoticeTitle), lead: l(.laNoticeLead)),
                .unwrap(m.created) { created in
                    .section(.class("notice success"), .attribute(named: "role", value: "status"),
                        .h2(.text(l(.laNoticeCreated, created.number))),
                        .p(.text(l(.laNoticeDue, created.appointmentDue)), .if(created.provisional, .text(" " + l(.laNoticeProvisional)))),
                        .if(created.needsExperiencedLawyer, .p(.strong(.text(l(.laNoticeNeedsExperienced))))),
                        .p(.a(.class("button primary"), .href(SiteURL.staffLegalAidApplication(created.id).path), .text(l(.laNoticeAppoint))), .text(" "),
                           .a(.class("button secondary"), .href(SiteURL.staffLegalAidNoticeNew.path), .text(l(.laNoticeAnother)))))
                },
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                .if(m.created == nil, Forms.form(id: "legal-aid-notice", action: SiteURL.staffLegalAidNoticeNew.path, context: context,
                    .fieldset(.element(named: "legend", text: l(.laNoticeFromOrgan)),
                        Forms.select("organ", label: l(.laNoticeOrgan), options: organs, selected: v.organ, includeEmpty: l(.validationChoose), required: true, error: error("organ")),
                        Forms.field("organ_name", label: l(.laNoticeOrganName), value: v.organ_name, required: true, maxLength: 100, error: error("organ_name")),
                        Forms.field("notice_number", label: l(.laNoticeNumber), value: v.notice_number, required: true, maxLength: 60, error: error("notice_number")),
                        Forms.field("received_on", label: l(.laNoticeReceivedOn), value: v.received_on, type: .date, required: true, hint: l(.laNoticeReceivedHint), error: error("received_on"))),
                    .fieldset(.element(named: "legend", text: l(.laNoticePerson)),
                        Forms.field("person_name", label: l(.laNoticePersonName), value: v.person_name, required: true, maxLength: 50, error: error("person_name")),
                        Forms.field("person_resident_id", label: l(.intakeResidentID), value: v.person_resident_id, maxLength: 18, error: error("person_resident_id")),
                        Forms.field("contact_phone", label: l(.laNoticeContactPhone), value: v.contact_phone, type: .tel, required: true, hint: l(.laNoticeContactHint), error: error("contact_phone")),
                        Forms.select("ground", label: l(.laNoticeGround), options: grounds, selected: v.ground, includeEmpty: l(.validationChoose), required: true, error: error("ground")),
                        Forms.field("charge", label: l(.laNoticeCharge), value: v.charge, required: true, maxLength: 100, error: error("charge")),
                        Forms.select("stage", label: l(.laNoticeStage), options: stages, selected: v.stage, includeEmpty: l(.validationChoose), required: true, error: error("stage"))),
                    Forms.select("region_id", label: l(.intakeRegion), options: m.regions, selected: v.region_id, includeEmpty: l(.validationChoose), required: true, error: error("region_id")),
                    Forms.textArea("note", label: l(.laNoticeNote), value: v.note, maxLength: 1000, rows: 3, error: error("note")),
                    .p(.class("hint"), .text(l(.laNoticeNoReview))),
                    Forms.submit(l(.laNoticeSubmit))))
            )
        }
    }
}
