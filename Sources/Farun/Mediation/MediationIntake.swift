import Fluent
import FarunCore
import Foundation
import Vapor

/// A dispute as the intake forms and the API send it. The work order's requester is the first applicant.
struct DisputeIntakeInput: Content, Sendable, Equatable {
    struct Party: Content, Sendable, Equatable {
        var role: String
        var name: String
        var phone: String
        var residentID: String?
        var address: String?
        var consent: String
    }

    var channel: String
    var regionID: Int?
    var servicePointID: Int?
    var disputeType: String
    var urgency: String?
    /// Yuan, as typed ("3000", "1,250.50"); empty = no amount.
    var amount: String?
    var summary: String
    var parties: [Party]
    /// At a window: accept at once (受理) so it goes straight to the committee's queue.
    var acceptNow: Bool?

    static let maximumParties = 20
}

/// A party after validation, contact details normalised.
struct ValidParty: Sendable {
    let domain: DisputeParty
    let phone: String?
    let residentID: String?
}

/// What registering a dispute needs after validation.
struct DisputeDraft: Sendable {
    let order: IntakeDraft
    let facts: DisputeFacts
    let parties: [ValidParty]
}

enum MediationIntake {
    static let service = "PEOPLES_MEDIATION"

    /// Checks the dispute and the work order together; every problem is reported at once.
    static func validate(_ input: DisputeIntakeInput, submitter: Submitter, on db: any Database) async throws -> Result<DisputeDraft, AppError> {
        var problems: [FieldProblem] = []
        let type = DisputeType(rawValue: input.disputeType)
        if type == nil { problems.append(.init(field: "dispute_type", message: .mediationTypeInvalid)) }
        let urgency = input.urgency.map { DisputeUrgency(rawValue: $0) } ?? .normal
        if urgency == nil { problems.append(.init(field: "urgency", message: .mediationUrgencyInvalid)) }
        var amount: DisputeAmount?
        if let text = input.amount?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            do { amount = try DisputeAmount(yuan: text) } catch { problems.append(MediationErrors.amountProblem(error)) }
        }
        if input.summary.count > IntakeInput.maximumMatterLength {
            problems.append(.init(field: "summary", message: .mediationSummaryTooLong, args: ["\(IntakeInput.maximumMatterLength)"]))
        }
        var parties: [ValidParty] = []
        for (index, raw) in input.parties.prefix(DisputeIntakeInput.maximumParties).enumerated() {
            let role = PartyRole(rawValue: raw.role) ?? (index == 0 ? .applicant : .respondent)
            let consent = MediationConsent(rawValue: raw.consent) ?? .notYetAsked
            var phone: String?
            let phoneText = raw.phone.trimmingCharacters(in: .whitespaces)
            if !phoneText.isEmpty {
                phone = (try? PhoneNumber.normalizeContact(phoneText)).flatMap { $0.contains("-") || $0.count == 11 ? $0 : nil }
                if phone == nil { problems.append(.init(field: "parties[\(index)].phone", message: .mediationPartyPhoneInvalid, args: ["\(index + 1)"])) }
            }
            var residentID: String?
            if let text = raw.residentID?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                residentID = try? ResidentID.normalize(text)
                if residentID == nil { problems.append(.init(field: "parties[\(index)].resident_id", message: .mediationPartyResidentIDInvalid, args: ["\(index + 1)"])) }
            }
            let party = DisputeParty(role: role, name: raw.name.trimmingCharacters(in: .whitespacesAndNewlines), phone: phone ?? "",
                                     residentID: residentID, address: (raw.address ?? "").trimmingCharacters(in: .whitespacesAndNewlines), consent: consent)
            parties.append(ValidParty(domain: party, phone: phone, residentID: residentID))
        }
        let facts = DisputeFacts(type: type ?? .other, urgency: urgency ?? .normal, amount: amount, parties: parties.map(\.domain),
                                 summary: input.summary.trimmingCharacters(in: .whitespacesAndNewlines))
        // At a window every party present is asked; online the applicant speaks for themself only (人民调解法第十七条).
        let atWindow: Bool = if case .staff = submitter { true } else { false }
        let domainProblems = DisputeIntake.validate(facts, requireAllConsents: atWindow)
        // An invalid phone is already reported; do not also say it is missing.
        problems += domainProblems.filter { !($0 == .applicantContactMissing && problems.contains { $0.field == "parties[0].phone" }) }
            .map(MediationErrors.fieldProblem)

        let applicant = parties.first { $0.domain.role == .applicant }
        let orderInput = IntakeInput(
            service: service, channel: input.channel, requesterName: applicant?.domain.name ?? "",
            requesterPhone: applicant?.phone ?? "", residentID: applicant?.residentID, matter: facts.summary, regionID: input.regionID,
            servicePointID: input.servicePointID, priority: facts.urgency == .normal ? nil : WorkOrderPriority.urgent.rawValue,
            acceptNow: input.acceptNow)
        let order = try await WorkOrderIntake.validate(orderInput, submitter: submitter, on: db)
        switch order {
        case .failure(.validation(let orderProblems)):
            // The dispute's own fields already say what is wrong with the applicant and the summary.
            let covered: Set<String> = ["requester_name", "requester_phone", "matter", "resident_id"]
            problems += orderProblems.filter { !covered.contains($0.field) }
        case .failure(let other):
            return .failure(other)
        case .success:
            break
        }
        guard problems.isEmpty, case .success(let draft) = order else { return .failure(.validation(problems)) }
        return .success(DisputeDraft(order: draft, facts: facts, parties: parties))
    }

    /// Registers the dispute: the work order (number, deadlines, timeline, notice) and, in the same transaction, the
    /// mediation record and its parties.
    static func submit(_ draft: DisputeDraft, submitter: Submitter, context: ActionContext, on db: any Database) async throws -> (WorkOrder, MediationCase) {
        let today = context.today
        let order = try await WorkOrderIntake.submit(draft.order, submitter: submitter, context: context, on: db) { order, tx in
            let record = MediationCase()
            record.$workOrder.id = try order.requireID()
            record.disputeType = draft.facts.type
            record.urgency = draft.facts.urgency
            record.amountFen = draft.facts.amount?.fen
            record.summary = draft.facts.summary
            record.stage = .accepted
            record.committeeName = ""
            if let pointID = draft.order.servicePointID, let point = try await ServicePoint.find(pointID, on: tx) {
                record.committeeName = point.name
            }
            record.regionPath = order.regionPath
            record.$servicePoint.id = draft.order.servicePointID
            record.acceptedOn = today.description
            record.failureNote = ""
            record.createdAt = context.now
            record.updatedAt = context.now
            record.version = 1
            try await record.create(on: tx)
            let caseID = try record.requireID()
            for (position, party) in draft.parties.enumerated() {
                let row = MediationPartyRow()
                row.$mediationCase.id = caseID
                row.position = position
                row.role = party.domain.role
                row.name = party.domain.name
                row.phoneEncrypted = try context.secrets.encrypt(party.phone ?? "")
                row.phoneHash = party.phone.map { context.secrets.lookupHash($0) } ?? ""
                row.phoneMasked = party.phone.map(PhoneNumber.mask) ?? ""
                row.residentIDEncrypted = try party.residentID.map { try context.secrets.encrypt($0) }
                row.residentIDHash = party.residentID.map { context.secrets.lookupHash($0) }
                row.residentIDMasked = party.residentID.map(ResidentID.mask) ?? ""
                row.address = party.domain.address
                row.consent = party.domain.consent
                try await row.create(on: tx)
            }
            try await Audit.record("mediation.intake", target: "mediation_case", id: caseID, regionPath: order.path,
                                   detail: ["number": order.number, "type": record.disputeType.rawValue, "parties": "\(draft.parties.count)"],
                                   doer: context.doer, at: context.now, on: tx)
        }
        guard let record = try await MediationCase.query(on: db).filter(\.$workOrder.$id == order.requireID()).first() else {
            throw AppError.notFound(.mediationEntity)
        }
        return (order, record)
    }
}
