import FarunCore
import Plot

extension LegalAidCasePage {
    struct View {
        let model: Model
        let context: PageContext

        func document() -> HTML {
            let l = context.l10n
            let m = model
            let a = m.application
            return Layout.page(l(.legalAidCaseTitle) + " " + a.number, context: context, audience: .staff,
                .pageHeading(l(.legalAidCaseTitle) + " " + a.number, lead: l.name("lastate", LegalAidState(rawValue: a.state) ?? .received)),
                Forms.errorSummary(m.problems.summary(l), title: l(.formHasProblems)),
                facts(l),
                .unwrap(m.notice) { noticeSection($0, l) },
                .unwrap(m.handoff) { LegalAidHandoffPanel.node($0, context: context, problems: m.problems) },
                documents(l),
                .if(m.isOfficer, officerSections(l)),
                .if(m.isProvider, providerSections(l)),
                history(l),
                followUpSection(l),
                objections(l)
            )
        }

        private var a: LegalAidApplicationDTO { model.application }
        private func can(_ action: LegalAidAction) -> Bool { a.actions.contains(action.rawValue) }
        /// The value typed into `field` when one of `steps` was refused, else nil.
        private func kept(_ field: String, _ steps: String...) -> String? {
            guard let typed = model.typed, steps.contains(typed.action) else { return nil }
            return typed.fields[field]
        }
        private func error(_ field: String, _ l: L10n) -> String? { model.problems.message(for: field, l) }

        private func facts(_ l: L10n) -> Node<HTML.BodyContext> {
            let category = LegalAidCategory(rawValue: a.category)
            return .section(.h2(.text(l(.legalAidFacts))),
                .dl(.class("facts"),
                    .dt(.text(l(.legalAidCategory))), .dd(.text((category.map { l.name("lacategory", $0) } ?? a.category) + " · " + a.category_citation)),
                    .dt(.text(l(.legalAidEconomic))), .dd(.text(a.economic_review)),
                    .if(!a.priorities.isEmpty, .group(.dt(.text(l(.legalAidPriority))),
                        .dd(.text(a.priorities.compactMap(LegalAidScreening.Priority.init(rawValue:)).map { l.name("lapriority", $0) }.joined(separator: "；"))))),
                    .dt(.text(l(.intakeRequesterName))), .dd(.text(a.applicant_name)),
                    .dt(.text(l(.intakeRequesterPhone))), .dd(.text(a.applicant_phone)),
                    .dt(.text(l(.legalAidOpponentName))), .dd(.text(a.opponent_name + (a.opponent_phone.isEmpty ? "" : " · " + a.opponent_phone))),
                    .dt(.text(l(.intakeMatter))), .dd(.class("matter"), .text(a.matter)),
                    .dt(.text(l(.legalAidReceivedOn))), .dd(.text(a.received_on)),
                    .dt(.text(l(.legalAidDecisionDue))), .dd(.text(a.decision_due + (a.decision_due_provisional ? " " + l(.legalAidProvisional) : ""))),
                    .unwrap(a.assignment_due) { .group(.dt(.text(l(.legalAidAssignmentDue))), .dd(.text($0))) },
                    .if(!a.decision_reasons.isEmpty, .group(.dt(.text(l(.legalAidReasons))), .dd(.text(a.decision_reasons)))),
                    .if(!a.extension_reason.isEmpty, .group(.dt(.text(l(.legalAidExtensionReason))), .dd(.text(a.extension_reason)))),
                    .if(!a.provider_name.isEmpty, .group(.dt(.text(l(.legalAidProvider))), .dd(.text(a.provider_name)))),
                    .unwrap(a.outcome.flatMap(LegalAidOutcome.init(rawValue:))) { .group(.dt(.text(l(.legalAidOutcome))), .dd(.text(l.name("laoutcome", $0) + " · " + a.amount_recovered))) }
                ))
        }

        private func documents(_ l: L10n) -> Node<HTML.BodyContext> {
            let id = a.id
            let kinds = LegalAidDocument.Kind.allCases.filter { $0.isAvailable(state: LegalAidState(rawValue: a.state) ?? .received, decision: a.decision, hasRounds: !model.rounds.isEmpty) }
            return .section(.class("no-print"), .h2(.text(l(.legalAidDocuments))),
                .ul(.forEach(kinds) { kind in .li(.a(.href(SiteURL.staffLegalAidDocument(id, kind: kind.rawValue).path), .text(l.name("ladoc", kind)))) }))
        }

        private func officerSections(_ l: L10n) -> Node<HTML.BodyContext> {
            let id = a.id
            let version = String(a.version)
            let checked = Set(a.materials_checked)
            return .group(
                .section(.h2(.text(l(.legalAidChecklist))),
                    Forms.form(id: "legal-aid-review", action: SiteURL.staffLegalAidReview(id).path, context: context,
                        .input(.type(.hidden), .name("version"), .value(version)),
                        Forms.checkboxes("materials_checked", legend: l(.legalAidMaterialsReceived), options: model.materials.map { .init(value: $0, label: $0) }, checked: checked),
                        Forms.checkboxes("conflict_checked", legend: l(.legalAidConflictTitle), options: [.init(value: "1", label: l(.legalAidConflictSeen))],
                                         checked: a.conflict_checked_at == nil ? [] : ["1"]),
                        Forms.submit(l(.legalAidSaveChecklist)))),
                .section(.id("conflicts"), .h2(.text(l(.legalAidConflictTitle))),
                    .if((model.conflicts ?? []).isEmpty, .p(.text(l(.legalAidNoConflicts)))),
                    .if(!(model.conflicts ?? []).isEmpty, .table(.class("table"),
                        .thead(.tr(.th(.text(l(.legalAidConflictParty))), .th(.text(l(.legalAidConflictEarlier))), .th(.text(l(.legalAidConflictEvidence))))),
                        .tbody(.forEach(model.conflicts ?? []) { c in
                            .tr(.td(.text(c.party_name)),
                                .td(.text(c.reference + " · " + c.earlier_name + (c.adverse ? " · " + l(.legalAidConflictAdverse) : ""))),
                                .td(.text((c.strong ? l(.legalAidConflictStrong) + " · " : "") + c.evidence.joined(separator: ", "))))
                        })))),
                .if(can(.grant) || can(.refuse), .section(.h2(.text(l(.legalAidDecision))),
                    Forms.form(id: "legal-aid-decide", action: SiteURL.staffLegalAidAction(id).path, context: context,
                        .input(.type(.hidden), .name("version"), .value(version)),
                        Forms.select("action", label: l(.legalAidDecision), options: [LegalAidAction.grant, .refuse].map { .init(value: $0.rawValue, label: l.name("laaction", $0)) },
                                     selected: model.typed.map(\.action).flatMap { ["grant", "refuse"].contains($0) ? $0 : nil }, required: true, error: error("action", l)),
                        Forms.textArea("reasons", label: l(.legalAidReasons), value: kept("reasons", "grant", "refuse"), maxLength: 2000, error: error("reasons", l)),
                        Forms.field("extension_reason", label: l(.legalAidExtensionReason), value: kept("extension_reason", "grant", "refuse"), hint: l(.legalAidExtensionHint), error: error("extension_reason", l)),
                        Forms.submit(l(.legalAidRecordDecision))))),
                .if(can(.requestMaterials), .section(.h2(.text(l.name("laaction", LegalAidAction.requestMaterials))),
                    Forms.form(id: "legal-aid-supplement", action: SiteURL.staffLegalAidAction(id).path, context: context,
                        .input(.type(.hidden), .name("version"), .value(version)),
                        .input(.type(.hidden), .name("action"), .value(LegalAidAction.requestMaterials.rawValue)),
                        Forms.textArea("missing_materials", label: l(.legalAidMissingList), value: kept("missing_materials", "request_materials") ?? model.handoff.map { $0.missingText(l) }, maxLength: 2000, error: error("missing_materials", l)),
                        Forms.submit(l.name("laaction", LegalAidAction.requestMaterials))))),
                .if(can(.supplyMaterials), stepButton(.supplyMaterials, l)),
                .if(can(.assign), .section(.h2(.text(l.name("laaction", LegalAidAction.assign))),
                    Forms.form(id: "legal-aid-assign", action: SiteURL.staffLegalAidAction(id).path, context: context,
                        .input(.type(.hidden), .name("version"), .value(version)),
                        .input(.type(.hidden), .name("action"), .value(LegalAidAction.assign.rawValue)),
                        Forms.select("provider_id", label: l(.legalAidProvider), options: model.providers, selected: nil, includeEmpty: l(.validationChoose), required: true, error: error("provider_id", l)),
                        Forms.field("extension_reason", label: l(.legalAidExtensionReason), value: kept("extension_reason", "assign"), hint: l(.legalAidExtensionHint)),
                        Forms.submit(l.name("laaction", LegalAidAction.assign))))),
                .if(can(.terminate), .section(.h2(.text(l.name("laaction", LegalAidAction.terminate))),
                    Forms.form(id: "legal-aid-terminate", action: SiteURL.staffLegalAidAction(id).path, context: context,
                        .input(.type(.hidden), .name("version"), .value(version)),
                        .input(.type(.hidden), .name("action"), .value(LegalAidAction.terminate.rawValue)),
                        Forms.select("termination_ground", label: l(.legalAidGround), options: TerminationGround.allCases.map { .init(value: $0.rawValue, label: "（\($0.item)）" + l.name("laground", $0)) },
                                     selected: nil, includeEmpty: l(.validationChoose), required: true, error: error("termination_ground", l)),
                        Forms.textArea("reasons", label: l(.legalAidReasons), value: kept("reasons", "terminate"), maxLength: 2000),
                        Forms.submit(l.name("laaction", LegalAidAction.terminate))))),
                .if(can(.withdraw), stepButton(.withdraw, l))
            )
        }

        private func stepButton(_ action: LegalAidAction, _ l: L10n) -> Node<HTML.BodyContext> {
            Forms.form(id: "legal-aid-\(action.rawValue)", action: SiteURL.staffLegalAidAction(a.id).path, context: context,
                .input(.type(.hidden), .name("version"), .value(String(a.version))),
                .input(.type(.hidden), .name("action"), .value(action.rawValue)),
                Forms.submit(l.name("laaction", action)))
        }

        private func providerSections(_ l: L10n) -> Node<HTML.BodyContext> {
            let id = a.id
            let open = a.state == LegalAidState.assigned.rawValue || a.state == LegalAidState.handling.rawValue
            return .group(
                .if(can(.startHandling), stepButton(.startHandling, l)),
                .if(open, .section(.h2(.text(l(.legalAidAddNote))),
                    Forms.form(id: "legal-aid-note", action: SiteURL.staffLegalAidNote(id).path, context: context,
                        Forms.select("kind", label: l(.legalAidNoteKind), options: LegalAidCaseNote.Kind.allCases.map { .init(value: $0.rawValue, label: l.name("lanote", $0)) },
                                     selected: "progress", required: true),
                        Forms.field("on", label: l(.legalAidNoteDate), value: kept("on", "note"), type: .date, required: true, error: error("on", l)),
                        Forms.textArea("text", label: l(.legalAidNoteText), value: kept("text", "note"), maxLength: 4000, error: error("text", l)),
                        Forms.submit(l(.legalAidAddNote))))),
                .if(can(.close), .section(.h2(.text(l(.legalAidClosingReport))),
                    Forms.form(id: "legal-aid-close", action: SiteURL.staffLegalAidAction(id).path, context: context,
                        .input(.type(.hidden), .name("version"), .value(String(a.version))),
                        .input(.type(.hidden), .name("action"), .value(LegalAidAction.close.rawValue)),
                        Forms.select("outcome", label: l(.legalAidOutcome), options: LegalAidOutcome.allCases.map { .init(value: $0.rawValue, label: l.name("laoutcome", $0)) },
                                     selected: nil, includeEmpty: l(.validationChoose), required: true, error: error("outcome", l)),
                        Forms.field("amount_recovered", label: l(.legalAidAmount), value: kept("amount_recovered", "close"), hint: l(.legalAidAmountHint), error: error("amount_recovered", l)),
                        Forms.textArea("closing_report", label: l(.legalAidClosingReport), value: kept("closing_report", "close"), maxLength: 4000),
                        Forms.submit(l.name("laaction", LegalAidAction.close)))))
            )
        }

        private func history(_ l: L10n) -> Node<HTML.BodyContext> {
            .group(
                .if(!model.rounds.isEmpty, .section(.h2(.text(l(.legalAidRounds))),
                    .ul(.forEach(model.rounds) { r in
                        .li(.text(l(.legalAidRoundLine, r.noticeOn, r.replyDue, r.items.joined(separator: "、"))),
                            .unwrap(r.suppliedOn) { .text(" · " + l(.legalAidRoundSupplied, $0)) },
                            .unwrap(r.lapsedOn) { .text(" · " + l(.legalAidRoundLapsed, $0)) })
                    }))),
                .if(!model.notes.isEmpty, .section(.h2(.text(l(.legalAidNotes))),
                    .ul(.forEach(model.notes) { n in
                        .li(.strong(.text(n.on + " " + l.name("lanote", LegalAidCaseNote.Kind(rawValue: n.kind) ?? .progress))), .text(" " + n.text + " · " + n.author))
                    })))
            )
        }

        private func objections(_ l: L10n) -> Node<HTML.BodyContext> {
            let state = LegalAidState(rawValue: a.state) ?? .received
            return .section(.h2(.text(l(.legalAidObjections))),
                .if(model.objections.isEmpty, .p(.text(l(.legalAidNoObjections)))),
                .ul(.forEach(model.objections) { o in
                    .li(.text(l(.legalAidObjectionLine, o.received_on, o.due_on, o.grounds)),
                        .unwrap(o.decision.flatMap(LegalAidObjection.Decision.init(rawValue:))) { d in .text(" · " + l.name("laobjection", d) + "：" + o.decision_reasons) },
                        .if(o.decision == nil && model.canDecideObjections, Forms.form(id: "legal-aid-objection-\(o.id)", action: SiteURL.staffLegalAidObjectionDecision(o.id).path, context: context,
                            Forms.select("decision", label: l(.legalAidObjectionDecision), options: LegalAidObjection.Decision.allCases.map { .init(value: $0.rawValue, label: l.name("laobjection", $0)) },
                                         selected: nil, required: true),
                            Forms.textArea("reasons", label: l(.legalAidReasons), value: nil, maxLength: 2000),
                            Forms.field("extension_reason", label: l(.legalAidExtensionReason), value: nil),
                            Forms.submit(l(.legalAidRecordDecision)))))
                }),
                .if(state.isObjectionable && model.canRegisterObjection, Forms.form(id: "legal-aid-objection", action: SiteURL.staffLegalAidObjection(a.id).path, context: context,
                    Forms.textArea("grounds", label: l(.legalAidObjectionGrounds), value: nil, maxLength: 4000, error: error("grounds", l)),
                    Forms.submit(l(.legalAidRegisterObjection)))),
                .p(.class("hint"), .text(l(.legalAidObjectionRoute))))
        }
    }
}
