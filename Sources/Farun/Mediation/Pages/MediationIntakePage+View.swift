import FarunCore
import Plot

extension MediationIntakePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let title = m.online ? l(.mediationApplyTitle) : l(.mediationIntakeTitle)
            let problems = m.problems.map { (field: $0.field.replacingOccurrences(of: "parties[", with: "party").replacingOccurrences(of: "].", with: "_"), message: l.format($0.message, $0.args)) }
            return Layout.page(title, context: context, audience: m.online ? .citizen : .staff,
                .pageHeading(title, lead: l(.mediationApplyLead)),
                .unwrap(m.submittedNumber) { .div(.class("flash"), .attribute(named: "role", value: "status"), .text(l(.mediationApplyDone, $0))) },
                Forms.errorSummary(problems, title: l(.mediationProblemsTitle)),
                Forms.form(id: "mediation-intake", action: m.online ? SiteURL.mediationApply.path : SiteURL.mediationNew.path, context: context,
                    Forms.select("dispute_type", label: l(.mediationDisputeType),
                                 options: DisputeType.allCases.map { .init(value: $0.rawValue, label: l.name("dispute", $0)) },
                                 selected: m.disputeType, includeEmpty: "—", required: true, error: m.problems.message(for: "dispute_type", l)),
                    Forms.select("urgency", label: l(.mediationUrgency),
                                 options: DisputeUrgency.allCases.map { .init(value: $0.rawValue, label: l.name("urgency", $0)) }, selected: m.urgency),
                    Forms.field("amount", label: l(.mediationAmount), value: m.amount, maxLength: 20, hint: l(.mediationAmountHint),
                                error: m.problems.message(for: "amount", l)),
                    Forms.textArea("summary", label: l(.mediationSummary), value: m.summary, maxLength: IntakeInput.maximumMatterLength,
                                   error: m.problems.message(for: "summary", l)),
                    CitizenIntakeFields.regionSelect(m.regions, selected: m.regionID, error: m.problems.message(for: "region_id", l), l: l),
                    .if(!m.online, Forms.select("service_point_id", label: l(.mediationServicePoint), options: m.points, selected: m.pointID, includeEmpty: "—")),
                    .forEach(0..<Model.rows) { index in party(index, index < m.parties.count ? m.parties[index] : PartyRow(), l) },
                    .if(m.online, CitizenIntakeFields.consent(m.consentGiven, error: m.problems.message(for: "consent", l), l: l)),
                    Forms.submit(m.online ? l(.mediationApplySubmit) : l(.mediationSubmit))
                )
            )
        }

        private func party(_ index: Int, _ row: PartyRow, _ l: L10n) -> Node<HTML.FormContext> {
            let p = "party\(index)_"
            let key = "parties[\(index)]."
            // Online, the applicant answers for themself only; the other side is asked by the mediator.
            let consents: [MediationConsent] = model.online && index > 0 ? [.notYetAsked] : [.agrees, .refuses]
            return .fieldset(
                .class("party"),
                .element(named: "legend", text: l(.mediationPartyLegend, index + 1)),
                Forms.select(p + "role", label: l(.mediationPartyRole),
                             options: PartyRole.allCases.map { .init(value: $0.rawValue, label: l.name("partyrole", $0)) },
                             selected: index == 0 ? "applicant" : row.role),
                Forms.field(p + "name", label: l(.mediationPartyName), value: row.name, required: index < 2, maxLength: IntakeInput.maximumNameLength,
                            error: model.problems.message(for: key + "name", l)),
                Forms.field(p + "phone", label: l(.mediationPartyPhone), value: row.phone, type: .tel, required: index == 0, maxLength: 20,
                            error: model.problems.message(for: key + "phone", l), autocomplete: index == 0 ? "tel" : "off"),
                Forms.field(p + "resident_id", label: l(.mediationPartyResidentID), value: row.residentID, maxLength: 18,
                            error: model.problems.message(for: key + "resident_id", l), autocomplete: "off"),
                Forms.field(p + "address", label: l(.mediationPartyAddress), value: row.address, maxLength: 200),
                Forms.select(p + "consent", label: l(.mediationPartyConsent),
                             options: consents.map { .init(value: $0.rawValue, label: l.name("consent", $0)) },
                             selected: row.consent, includeEmpty: consents.count > 1 ? "—" : nil, error: model.problems.message(for: key + "consent", l))
            )
        }
    }
}
