import FarunCore
import Plot

extension MediationCasePage {
    /// The declaration "no relation to any party", beside the `ConflictRelation`s.
    enum NoConflict: String { case none }

    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let problems = m.problems.map { (field: $0.field, message: l.format($0.message, $0.args)) }
            return Layout.page(l(.mediationCaseTitle, m.orderNumber), context: context, audience: .staff,
                .pageHeading(l(.mediationCaseTitle, m.orderNumber)),
                .if(m.done, .div(.class("flash"), .attribute(named: "role", value: "status"), .text(l(.mediationDone)))),
                Forms.errorSummary(problems, title: l(.mediationProblemsTitle)),
                .dl(.class("facts"),
                    .dt(.text(l(.mediationStage))), .dd(.strong(.text(l.name("mstage", m.shownStage ?? ShownMediationStage(rawValue: m.stage.rawValue))))),
                    .dt(.text(l(.mediationDisputeType))), .dd(.text(l.name("dispute", m.type))),
                    .dt(.text(l(.mediationUrgency))), .dd(.text(l.name("urgency", m.urgency))),
                    .dt(.text(l(.mediationAmount))), .dd(.text(m.amount ?? l(.mediationNoData))),
                    .dt(.text(l(.mediationCommittee))), .dd(.text(m.committee)),
                    .dt(.text(l(.mediationMediator))), .dd(.text(m.mediator ?? l(.mediationNoData))),
                    .dt(.text(l(.mediationSummary))), .dd(.class("matter"), .text(m.summary)),
                    .dt(.text(l(.navWorkOrders))), .dd(.a(.href(SiteURL.workOrder(m.orderID).path), .text(m.orderNumber)))),
                .if(m.urgency == .escalationRisk && !m.stage.isFinal, .p(.class("notice"), .attribute(named: "role", value: "alert"), .text(l(.mediationEscalationNotice)))),
                .unwrap(m.labourArbitrationOpens) { .p(.class("notice"), .text(l(.mediationLabourWindow, $0))) },
                .unwrap(m.confirmationDue) { due in
                    .p(.class("notice"), .text(l(.mediationConfirmation, due.date)),
                       .if(due.provisional, .span(.class("badge provisional"), .text(l(.mediationProvisional)))))
                },
                .unwrap(m.failure) { .p(.class("notice"), .text($0)) },
                .unwrap(m.followUpNumber) { .p(.text(l(.mediationFollowUp, $0))) },
                .section(.h2(.text(l(.mediationParties))),
                    .table(.class("data"),
                        .thead(.tr(.th(.text(l(.mediationPartyRole))), .th(.text(l(.mediationPartyName))), .th(.text(l(.mediationPartyPhone))),
                                   .th(.text(l(.mediationPartyResidentID))), .th(.text(l(.mediationPartyAddress))), .th(.text(l(.mediationPartyConsent))))),
                        .tbody(.forEach(m.parties) { p in
                            .tr(.td(.text(l.name("partyrole", p.role))), .td(.text(p.name)), .td(.text(p.phoneMasked)), .td(.text(p.residentIDMasked)),
                                .td(.text(p.address)), .td(.text(l.name("consent", p.consent))))
                        })),
                    .if(!m.stage.isFinal && m.parties.contains { $0.consent != .agrees } && (m.actions.contains(.recordSession) || m.actions.contains(.assign)),
                        consentForm(l))),
                .section(.h2(.text(l(.mediationSessions))),
                    .if(m.sessions.isEmpty, .p(.text(l(.mediationNoSessions)))),
                    .ol(.forEach(m.sessions) { s in
                        .li(.strong(.text(l.name("sessionmode", s.mode) + " · " + Formatting.dateTime(s.heldAt, l))),
                            .p(.text(s.where_ + " · " + s.participants)), .p(.text(s.notes)))
                    }),
                    .if(m.actions.contains(.recordSession), sessionForm(l))),
                .section(.h2(.text(l(.mediationAgreement))),
                    .if(!m.agreementStored, .p(.text(l(.mediationNoAgreementYet)))),
                    .if(m.agreementStored, .group(
                        .ul(.forEach(m.signatures) { s in .li(.text(s.label + "：" + (s.signed ?? l(.mediationNotSigned)))) }),
                        .p(.a(.class("button secondary"), .href(SiteURL.mediationAgreementPrint(m.caseID).path), .text(l(.mediationPrint)))))),
                    .if(m.actions.contains(.draftAgreement), agreementForm(l)),
                    .if(m.actions.contains(.sign) && m.agreementStored, signForm(l))),
                .if(m.stage == .agreed && (m.confirmation != nil || m.mayRecordConfirmation || m.confirmationExcluded), confirmationSection(l)),
                .if(m.actions.contains(.assign) || m.actions.contains(.claim), assignForm(l)),
                .if(m.actions.contains(.fail), failForm(l)),
                .section(.h2(.text(l(.mediationVisits))),
                    .ul(.forEach(m.visits) { v in
                        .li(.text("\(v.on) · \(l.name("sessionmode", v.mode)) · \(l.name("performance", v.performance))："), .text(v.notes))
                    }),
                    .if(m.actions.contains(.recordVisit), visitForm(l)))
            )
        }

        private func form(_ action: MediationAction, _ id: String, _ nodes: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
            Forms.form(id: id, action: SiteURL.mediationCaseAction(model.caseID).path, context: context,
                .input(.type(.hidden), .name("do"), .value(action.rawValue)),
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                .group(nodes))
        }

        private var partyOptions: [Forms.Option] { model.parties.map { .init(value: String($0.position), label: $0.name) } }

        private func consentForm(_ l: L10n) -> Node<HTML.BodyContext> {
            Forms.form(id: "consent", action: SiteURL.mediationCaseAction(model.caseID).path, context: context,
                .input(.type(.hidden), .name("do"), .value("consent")),
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                // Its own name: the assignment form on the same page has a party_position select too (ids must be unique).
                Forms.select("consent_party", label: l(.mediationPartyName), options: partyOptions, selected: nil),
                Forms.select("consent", label: l(.mediationPartyConsent),
                             options: [MediationConsent.agrees, .refuses].map { .init(value: $0.rawValue, label: l.name("consent", $0)) }, selected: nil),
                Forms.submit(l(.mediationPartyConsent)))
        }

        private func assignForm(_ l: L10n) -> Node<HTML.BodyContext> {
            let claimOnly = !model.actions.contains(.assign) || model.members.isEmpty
            let relations = [Forms.Option(value: "none", label: l.name("conflict", NoConflict.none))]
                + ConflictRelation.allCases.map { .init(value: $0.rawValue, label: l.name("conflict", $0)) }
            return .section(.h2(.text(l.name("maction", claimOnly ? MediationAction.claim : .assign))),
                form(claimOnly ? .claim : .assign, "assign",
                     claimOnly ? .input(.type(.hidden), .name("mediator_id"), .value(String(model.viewerID)))
                               : Forms.select("mediator_id", label: l(.mediationAssignTo), options: model.members, selected: String(model.viewerID)),
                     Forms.select("relation", label: l(.mediationDeclaration), options: relations, selected: "none",
                                  error: model.problems.message(for: "mediator_id", l)),
                     Forms.select("party_position", label: l(.mediationDeclarationParty), options: partyOptions, selected: nil, includeEmpty: "—"),
                     Forms.submit(l.name("maction", claimOnly ? MediationAction.claim : .assign))))
        }

        private func sessionForm(_ l: L10n) -> Node<HTML.BodyContext> {
            .section(.h3(.text(l.name("maction", MediationAction.recordSession))),
                form(.recordSession, "session",
                     Forms.select("mode", label: l(.mediationSessionMode),
                                  options: SessionMode.allCases.map { .init(value: $0.rawValue, label: l.name("sessionmode", $0)) }, selected: "in_person"),
                     Forms.field("held_at", label: l(.mediationHeldAt), value: nil, type: .datetimeLocal, required: true, error: model.problems.message(for: "held_at", l)),
                     Forms.field("place", label: l(.mediationPlace), value: model.committee, maxLength: 200, error: model.problems.message(for: "place", l)),
                     Forms.field("link", label: l(.mediationLink), value: nil, maxLength: 500, error: model.problems.message(for: "link", l)),
                     Forms.textArea("participants", label: l(.mediationParticipants), value: model.parties.map(\.name).joined(separator: "\n"),
                                    maxLength: 1000, rows: 3, error: model.problems.message(for: "participants", l)),
                     Forms.textArea("notes", label: l(.mediationNotes), value: nil, maxLength: 8000, rows: 6, error: model.problems.message(for: "notes", l)),
                     Forms.submit(l.name("maction", MediationAction.recordSession))))
        }

        private func agreementForm(_ l: L10n) -> Node<HTML.BodyContext> {
            let a = model.agreement
            return .section(
                .h3(.text(l.name("maction", MediationAction.draftAgreement))),
                form(.draftAgreement, "agreement",
                     Forms.select("form", label: l(.mediationForm),
                                  options: AgreementForm.allCases.map { .init(value: $0.rawValue, label: l.name("agreementform", $0)) }, selected: a.form.rawValue),
                     Forms.field("committee", label: l(.mediationCommittee), value: a.committeeName, maxLength: 100, error: model.problems.message(for: "committee", l)),
                     Forms.textArea("facts", label: l(.mediationFacts), value: a.facts, maxLength: 8000, error: model.problems.message(for: "facts", l)),
                     Forms.textArea("issues", label: l(.mediationIssues), value: a.issues, maxLength: 4000, error: model.problems.message(for: "issues", l)),
                     Forms.textArea("responsibilities", label: l(.mediationResponsibilities), value: a.responsibilities, maxLength: 4000,
                                    error: model.problems.message(for: "responsibilities", l)),
                     Forms.textArea("terms", label: l(.mediationTerms), value: a.terms, maxLength: 8000, error: model.problems.message(for: "terms", l)),
                     Forms.field("performance_manner", label: l(.mediationPerformanceManner), value: a.performanceManner, maxLength: 500,
                                 error: model.problems.message(for: "performance_manner", l)),
                     Forms.field("performance_deadline", label: l(.mediationPerformanceDeadline), value: a.performanceDeadline?.description, type: .date,
                                 error: model.problems.message(for: "performance_deadline", l)),
                     Forms.submit(l.name("maction", MediationAction.draftAgreement))))
        }

        private func signForm(_ l: L10n) -> Node<HTML.BodyContext> {
            var signatories = model.parties.map { Forms.Option(value: "party:\($0.position)", label: l.name("signatory", SignatoryKind.party) + " " + $0.name) }
            if model.agreement.form == .written {
                signatories += [SignatoryKind.mediator, .committeeSeal].map { .init(value: $0.rawValue, label: l.name("signatory", $0)) }
            }
            return .section(.h3(.text(l(.mediationSignatures))),
                form(.sign, "sign",
                     Forms.select("signatory", label: l(.mediationSignatory), options: signatories, selected: nil),
                     Forms.select("method", label: l(.mediationSignMethod),
                                  options: SignatureMethod.allCases.map { .init(value: $0.rawValue, label: l.name("signmethod", $0)) }, selected: nil,
                                  error: model.problems.message(for: "method", l)),
                     Forms.field("signed_on", label: l(.mediationSignedOn), value: nil, type: .date, error: model.problems.message(for: "signed_on", l)),
                     Forms.submit(l.name("maction", MediationAction.sign))))
        }

        private func failForm(_ l: L10n) -> Node<HTML.BodyContext> {
            .section(.h3(.text(l.name("maction", MediationAction.fail))),
                form(.fail, "fail",
                     Forms.select("reason", label: l(.mediationFailReason),
                                  options: FailureReason.allCases.map { .init(value: $0.rawValue, label: l.name("failure", $0)) }, selected: nil,
                                  includeEmpty: "—", required: true, error: model.problems.message(for: "reason", l)),
                     Forms.textArea("note", label: l(.mediationFailNote), value: nil, maxLength: 4000),
                     Forms.select("referral", label: l(.mediationReferral),
                                  options: Referral.allCases.map { .init(value: $0.rawValue, label: l.name("referral", $0)) }, selected: "none"),
                     Forms.submit(l.name("maction", MediationAction.fail))))
        }

        /// 司法确认: what was applied for and decided, and the form for the next step.
        private func confirmationSection(_ l: L10n) -> Node<HTML.BodyContext> {
            let m = model
            return .section(.id("judicial-confirmation"), .h2(.text(l(.mediationConfirmationTitle))),
                .if(m.confirmationExcluded && m.confirmation == nil, .p(.class("notice"), .text(l(.mediationConfirmationExcluded)))),
                .unwrap(m.confirmation) { c in
                    .group(
                        .p(.text(l(.mediationConfirmationFiled, c.filedOn, c.courtName, l.name("confirmcourt", c.court)))),
                        .p(.text(c.missing.isEmpty ? l(.mediationConfirmationMaterialsComplete)
                                 : l(.mediationConfirmationMissingMaterials, c.missing.map { l.name("confirmmaterial", $0) }.joined(separator: "、")))),
                        .if(c.outcome == nil, .p(.class("notice"), .text(l(.mediationConfirmationDecisionDue, c.decisionDue)),
                                                 .if(c.provisional, .span(.class("badge provisional"), .text(l(.mediationProvisional)))))),
                        .unwrap(c.outcome) { outcome in
                            .group(
                                .p(.strong(.text(l(.mediationConfirmationDecidedText, c.decidedOn ?? "", l.name("confirmoutcome", outcome))))),
                                .if(!c.note.isEmpty, .p(.text(c.note))),
                                .p(.class("notice"), .text(outcome == .confirmed ? l(.mediationConfirmationConfirmedNotice) : l(.mediationConfirmationRejectedNotice))))
                        },
                        .unwrap(c.followUpNumber) { .p(.text(l(.mediationFollowUp, $0))) })
                },
                .if(m.confirmation == nil, .unwrap(m.confirmationWindowClosed) { .p(.text(l(.mediationConfirmationWindowClosed, $0))) }),
                .if(m.mayRecordConfirmation && m.confirmation == nil, applicationForm(l)),
                .if(m.mayRecordConfirmation && m.confirmation != nil && m.confirmation?.outcome == nil, decisionForm(l)))
        }

        private func confirmationForm(_ step: String, _ id: String, _ nodes: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
            Forms.form(id: id, action: SiteURL.mediationCaseAction(model.caseID).path, context: context,
                .input(.type(.hidden), .name("do"), .value(step)),
                .input(.type(.hidden), .name("version"), .value(String(model.version))),
                .group(nodes))
        }

        private func applicationForm(_ l: L10n) -> Node<HTML.BodyContext> {
            confirmationForm(MediationStore.confirmationStep, "confirmation",
                Forms.select("court_basis", label: l(.mediationConfirmationCourt),
                             options: ConfirmationCourt.allCases.map { .init(value: $0.rawValue, label: l.name("confirmcourt", $0)) },
                             selected: nil, includeEmpty: "—", required: true,
                             error: model.problems.message(for: "court_basis", l)),
                Forms.field("court_name", label: l(.mediationConfirmationCourtNameLabel), value: nil, required: true, maxLength: 100,
                            error: model.problems.message(for: "court_name", l)),
                Forms.field("filed_on", label: l(.mediationConfirmationFiledOnLabel), value: nil, type: .date, required: true,
                            error: model.problems.message(for: "filed_on", l)),
                Forms.checkboxes("materials", legend: l(.mediationConfirmationMaterials),
                                 options: ConfirmationMaterial.allCases.map { .init(value: $0.rawValue, label: l.name("confirmmaterial", $0)) }, checked: []),
                Forms.checkboxes("through_agent", legend: l(.mediationConfirmationThroughAgent),
                                 options: [.init(value: "yes", label: l(.mediationConfirmationThroughAgent))], checked: []),
                Forms.submit(l(.mediationConfirmationApply)))
        }

        private func decisionForm(_ l: L10n) -> Node<HTML.BodyContext> {
            confirmationForm("confirmation_outcome", "confirmation-outcome",
                Forms.select("outcome", label: l(.mediationConfirmationOutcome),
                             options: ConfirmationOutcome.allCases.map { .init(value: $0.rawValue, label: l.name("confirmoutcome", $0)) },
                             selected: nil, includeEmpty: "—", required: true, error: model.problems.message(for: "outcome", l)),
                Forms.field("decided_on", label: l(.mediationConfirmationDecidedOnLabel), value: nil, type: .date, required: true,
                            error: model.problems.message(for: "decided_on", l)),
                Forms.textArea("outcome_note", label: l(.mediationConfirmationNote), value: nil, maxLength: 2000, rows: 2),
                Forms.select("outcome_referral", label: l(.mediationConfirmationNextStep),
                             options: [Referral.none, .litigation, .legalAid].map { .init(value: $0.rawValue, label: l.name("referral", $0)) },
                             selected: "none", error: model.problems.message(for: "referral", l)),
                Forms.submit(l(.mediationConfirmationDecide)))
        }

        private func visitForm(_ l: L10n) -> Node<HTML.BodyContext> {
            form(.recordVisit, "visit",
                 Forms.field("visited_on", label: l(.mediationVisitOn), value: nil, type: .date),
                 Forms.select("mode", label: l(.mediationSessionMode),
                              options: SessionMode.allCases.map { .init(value: $0.rawValue, label: l.name("sessionmode", $0)) }, selected: "phone"),
                 Forms.select("performance", label: l(.mediationPerformance),
                              options: PerformanceStatus.allCases.map { .init(value: $0.rawValue, label: l.name("performance", $0)) }, selected: nil),
                 Forms.textArea("notes", label: l(.mediationVisitNotes), value: nil, maxLength: 4000, rows: 3, error: model.problems.message(for: "notes", l)),
                 Forms.submit(l.name("maction", MediationAction.recordVisit)))
        }
    }
}
