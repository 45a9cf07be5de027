import FarunCore
import Foundation

/// The mediator's case page: the dispute, the parties (masked), sessions, the agreement and its signatures, the
/// judicial-confirmation reminder, visits, and a form for each step the viewer may take now.
enum MediationCasePage {
    struct Party: Sendable {
        let position: Int
        let role: PartyRole
        let name: String
        let phoneMasked: String
        let residentIDMasked: String
        let address: String
        let consent: MediationConsent
    }

    struct Session: Sendable {
        let mode: SessionMode
        let heldAt: Date
        let where_: String
        let participants: String
        let notes: String
    }

    struct Signature: Sendable {
        let label: String
        let signed: String?
    }

    struct Visit: Sendable {
        let on: String
        let mode: SessionMode
        let performance: PerformanceStatus
        let notes: String
    }

    /// The joint application to a court (司法确认) and the court's decision.
    struct Confirmation: Sendable {
        var court: ConfirmationCourt
        var courtName: String
        var filedOn: String
        var missing: [ConfirmationMaterial]
        var decisionDue: String
        var provisional: Bool
        var outcome: ConfirmationOutcome?
        var decidedOn: String?
        var note: String
        var followUpNumber: String?
    }

    struct Model: Sendable {
        var caseID: Int
        var version: Int
        var orderID: Int
        var orderNumber: String
        var type: DisputeType
        var urgency: DisputeUrgency
        var amount: String?
        var summary: String
        var stage: MediationStage
        var committee: String
        var acceptedOn: String
        var mediator: String?
        var parties: [Party]
        var sessions: [Session]
        /// The agreement as stored, or the template to start from.
        var agreement: AgreementDraft
        var agreementStored: Bool
        var agreementEffective: String?
        var signatures: [Signature]
        var confirmationDue: (date: String, provisional: Bool)?
        var labourArbitrationOpens: String?
        var failure: String?
        var followUpNumber: String?
        var visits: [Visit]
        var actions: [MediationAction]
        var members: [Forms.Option]
        var viewerID: Int
        var problems: [FieldProblem] = []
        var done: Bool = false
        /// As shown: 待受理 while the front desk has not accepted an online dispute.
        var shownStage: ShownMediationStage? = nil
        var confirmation: Confirmation? = nil
        /// 若干规定第四条: identity, adoption or marriage relations cannot be confirmed.
        var confirmationExcluded = false
        var mayRecordConfirmation = false
        /// The day the parties' 30-day window closed, once it has (人民调解法第三十三条).
        var confirmationWindowClosed: String? = nil

        static let mock = Model(
            caseID: 3, version: 4, orderID: 12, orderNumber: "141025100000-20260901-0001", type: .neighbour, urgency: .normal, amount: "2000.00",
            summary: "楼上卫生间漏水，楼下墙面受损。", stage: .agreementDrafted, committee: "岳阳镇人民调解委员会", acceptedOn: "2026-09-01",
            mediator: "赵调解",
            parties: [Party(position: 0, role: .applicant, name: "李桂兰", phoneMasked: "138****0004", residentIDMasked: "1101**********002X",
                            address: "偏涧村3组12号", consent: .agrees),
                      Party(position: 1, role: .respondent, name: "王强", phoneMasked: "139****5678", residentIDMasked: "", address: "偏涧村3组14号", consent: .agrees)],
            sessions: [Session(mode: .inPerson, heldAt: Date(timeIntervalSince1970: 1_788_224_400), where_: "偏涧村人民调解室", participants: "李桂兰、王强",
                               notes: "双方陈述事实，同意协商维修。")],
            agreement: AgreementDraft(form: .written, committeeName: "岳阳镇人民调解委员会", parties: [], facts: "漏水致墙面受损", issues: "维修责任",
                                      responsibilities: "王强承担维修责任", terms: "王强赔偿2000元", performanceManner: "现金", performanceDeadline: LocalDate("2026-09-30")),
            agreementStored: true, agreementEffective: nil,
            signatures: [Signature(label: "当事人 李桂兰", signed: "签名 2026-09-01"), Signature(label: "当事人 王强", signed: nil)],
            confirmationDue: nil, labourArbitrationOpens: nil, failure: nil, followUpNumber: nil, visits: [],
            actions: [.assign, .recordSession, .draftAgreement, .sign, .fail], members: [.init(value: "5", label: "赵调解"), .init(value: "6", label: "钱调解")],
            viewerID: 5)

        static var mockAgreed: Model {
            var m = mock
            m.stage = .agreed
            m.agreementEffective = "2026-09-01"
            m.confirmationDue = ("2026-10-08", false)
            m.visits = [Visit(on: "2026-09-20", mode: .phone, performance: .partlyPerformed, notes: "已付一千元")]
            m.actions = [.recordVisit]
            return m
        }

        /// Agreed, the form to record the application to court.
        static var mockConfirmationForm: Model {
            var m = mockAgreed
            m.mayRecordConfirmation = true
            return m
        }

        /// The application recorded (materials incomplete), waiting for the court's decision.
        static var mockConfirmationApplied: Model {
            var m = mockAgreed
            m.mayRecordConfirmation = true
            m.confirmation = Confirmation(court: .mediationOrganisation, courtName: "古县人民法院", filedOn: "2026-09-03",
                                          missing: [.propertyProof], decisionDue: "2026-10-08", provisional: false, outcome: nil, decidedOn: nil,
                                          note: "", followUpNumber: nil)
            return m
        }
    }
}

extension MediationCasePage.Model {
    init(_ d: MediationDetails, viewerID: Int, l: L10n) {
        let r = d.record
        let parties = d.loaded.parties
        let stored = d.agreement.map { $0.draft(parties: parties.map(\.particulars)) }
        let names = Dictionary(uniqueKeysWithValues: parties.map { ($0.position, $0.name) })
        var signatures: [MediationCasePage.Signature] = []
        if let agreement = d.agreement {
            var expected: [(SignatoryKind, Int?)] = parties.map { (.party, $0.position) }
            if agreement.form == .written { expected += [(.mediator, nil), (.committeeSeal, nil)] }
            signatures = expected.map { kind, position in
                let row = d.signatures.first { $0.kind == kind && $0.partyPosition == position }
                let label = l.name("signatory", kind) + (position.flatMap { names[$0] }.map { " " + $0 } ?? "")
                return .init(label: label, signed: row.map { l.name("signmethod", $0.method) + " " + $0.signedOn })
            }
        }
        self.init(
            caseID: r.id ?? 0, version: r.version, orderID: d.order.id ?? 0, orderNumber: d.order.number, type: r.disputeType, urgency: r.urgency,
            amount: r.amount?.description, summary: r.summary, stage: r.stage, committee: r.committeeName, acceptedOn: r.acceptedOn,
            mediator: d.mediatorName,
            parties: parties.map { .init(position: $0.position, role: $0.role, name: $0.name, phoneMasked: $0.phoneMasked,
                                         residentIDMasked: $0.residentIDMasked, address: $0.address, consent: $0.consent) },
            sessions: d.sessions.map { .init(mode: $0.mode, heldAt: $0.heldAt, where_: $0.mode == .inPerson ? $0.place : $0.link,
                                             participants: $0.participants.replacingOccurrences(of: "\n", with: "、"), notes: $0.notes) },
            agreement: stored ?? MediationStore.template(d.loaded), agreementStored: stored != nil,
            agreementEffective: d.agreement?.effectiveOn, signatures: signatures,
            confirmationDue: d.reminder.map { ($0.deadline.dueDate.description, $0.deadline.isProvisional) },
            labourArbitrationOpens: d.labourArbitrationOpens?.dueDate.description,
            failure: r.failureReason.map { l.name("failure", $0) + (r.failureNote.isEmpty ? "" : "：" + r.failureNote)
                + " · " + l(.mediationReferral) + "：" + l.name("referral", r.referral ?? .none) },
            followUpNumber: d.followUpNumber,
            visits: d.visits.map { .init(on: $0.visitedOn, mode: $0.mode, performance: $0.performance, notes: $0.notes) },
            actions: d.actions, members: d.members.map { .init(value: String($0.id), label: $0.name) }, viewerID: viewerID)
        shownStage = d.shownStage
        confirmation = d.confirmation.map {
            .init(court: $0.courtBasis, courtName: $0.courtName, filedOn: $0.filedOn, missing: $0.missingMaterials, decisionDue: $0.decisionDue,
                  provisional: $0.decisionDueProvisional, outcome: $0.outcome, decidedOn: $0.decidedOn, note: $0.outcomeNote,
                  followUpNumber: d.confirmationFollowUpNumber)
        }
        confirmationExcluded = d.confirmationExcluded
        mayRecordConfirmation = d.mayRecordConfirmation
        if let reminder = d.reminder, reminder.status == .closed { confirmationWindowClosed = reminder.deadline.dueDate.description }
    }
}
