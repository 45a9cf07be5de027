import Fluent
import FarunCore
import Foundation
import Vapor

/// What a legal aid application needs, from every channel (the citizen's phone page, the window, the hotline, the
/// JSON API). Keys are the JSON/form names.
struct LegalAidApplicationInput: Content, Sendable, Equatable {
    var channel: String
    var applicant_name: String
    var applicant_phone: String
    var applicant_resident_id: String?
    var region_id: Int?
    var service_point_id: Int?
    var category: String
    var service_form: String?
    var matter: String
    /// `LegalAidCircumstance` raw values.
    var circumstances: [String]?
    var days_to_limitation: Int?
    var needs_preservation: Bool?
    var economic_statement: String?
    var opponent_name: String
    var opponent_phone: String?
    var opponent_resident_id: String?
    /// 个人诚信承诺: ticked, and signed with the applicant's own name.
    var pledge_accepted: Bool?
    var pledge_signature: String?

    static let maximumStatementLength = 2000
}

/// Everything the application adds to the work order, validated.
struct LegalAidDraft: Sendable {
    let category: LegalAidCategory
    let serviceForm: LegalAidServiceForm
    let circumstances: Set<LegalAidCircumstance>
    let screening: LegalAidScreening.Result
    let daysToLimitation: Int?
    let needsPreservation: Bool
    let statement: String
    let signature: String
    let opponentName: String
    let opponentPhone: String?
    let opponentResidentID: String?
}

enum LegalAidIntake {
    /// Validates the legal aid part; every problem at once.
    static func validate(_ input: LegalAidApplicationInput) -> Result<LegalAidDraft, AppError> {
        var problems: [FieldProblem] = []
        let category = LegalAidCategory(rawValue: input.category)
        if category == nil { problems.append(.init(field: "category", message: .legalAidCategoryRequired)) }
        var form: LegalAidServiceForm?
        if let raw = input.service_form, !raw.isEmpty {
            form = LegalAidServiceForm(rawValue: raw)
            if form == nil { problems.append(.init(field: "service_form", message: .legalAidServiceFormInvalid)) }
        }
        var circumstances: Set<LegalAidCircumstance> = []
        for raw in input.circumstances ?? [] where !raw.isEmpty {
            guard let c = LegalAidCircumstance(rawValue: raw) else {
                problems.append(.init(field: "circumstances", message: .legalAidCircumstanceInvalid))
                break
            }
            circumstances.insert(c)
        }
        if let days = input.days_to_limitation, days < 0 || days > 36_500 {
            problems.append(.init(field: "days_to_limitation", message: .legalAidDaysInvalid))
        }
        let statement = (input.economic_statement ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if statement.count > LegalAidApplicationInput.maximumStatementLength {
            problems.append(.init(field: "economic_statement", message: .validationTooLong, args: ["\(LegalAidApplicationInput.maximumStatementLength)"]))
        }
        let screening = category.map { LegalAidScreening.assess(category: $0, circumstances: circumstances,
                                                                urgency: .init(daysToLimitation: input.days_to_limitation, needsPreservation: input.needs_preservation ?? false)) }
        // 第四十一条: who is means-tested states the situation.
        if screening?.economicReview.needsPledge == true, statement.isEmpty {
            problems.append(.init(field: "economic_statement", message: .legalAidStatementRequired))
        }
        let signature = (input.pledge_signature ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let applicant = input.applicant_name.trimmingCharacters(in: .whitespacesAndNewlines)
        if input.pledge_accepted != true || signature.isEmpty || signature != applicant {
            problems.append(.init(field: "pledge_signature", message: .legalAidPledgeRequired))
        }
        let opponent = input.opponent_name.trimmingCharacters(in: .whitespacesAndNewlines)
        if opponent.isEmpty { problems.append(.init(field: "opponent_name", message: .legalAidOpponentRequired)) }
        if opponent.count > 100 { problems.append(.init(field: "opponent_name", message: .validationTooLong, args: ["100"])) }
        var opponentPhone: String?
        if let raw = input.opponent_phone?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            opponentPhone = try? PhoneNumber.normalizeContact(raw)
            if opponentPhone == nil { problems.append(.init(field: "opponent_phone", message: .validationPhone)) }
        }
        var opponentID: String?
        if let raw = input.opponent_resident_id?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            opponentID = try? ResidentID.normalize(raw)
            if opponentID == nil { problems.append(.init(field: "opponent_resident_id", message: .validationResidentID)) }
        }
        guard problems.isEmpty, let category, let screening else { return .failure(.validation(problems)) }
        return .success(LegalAidDraft(
            category: category, serviceForm: form ?? .default(for: category), circumstances: circumstances, screening: screening,
            daysToLimitation: input.days_to_limitation, needsPreservation: input.needs_preservation ?? false, statement: statement,
            signature: signature, opponentName: opponent, opponentPhone: opponentPhone, opponentResidentID: opponentID))
    }

    /// The work-order intake for the application: the LEGAL_AID service, the green channel when the law gives
    /// priority (the migrant-worker reason when it applies), urgent when aid may start before the decision.
    static func intakeInput(_ input: LegalAidApplicationInput, screening: LegalAidScreening.Result?) -> IntakeInput {
        var green: String?
        var note: String?
        if let screening, screening.isPriority {
            green = screening.priorities.contains(.migrantWorkerClaim) ? GreenChannelReason.migrantWages.rawValue : GreenChannelReason.other.rawValue
            note = screening.priorities.map(\.citation).joined(separator: "；")
        }
        return IntakeInput(
            service: LegalAidStore.serviceCode, channel: input.channel, requesterName: input.applicant_name, requesterPhone: input.applicant_phone,
            residentID: input.applicant_resident_id, matter: input.matter, regionID: input.region_id, servicePointID: input.service_point_id,
            priority: screening?.allowsProvisionalAid == true ? WorkOrderPriority.urgent.rawValue : nil,
            greenChannel: green, greenChannelNote: note, follows: nil, parent: nil, acceptNow: nil)
    }

    /// Validates both parts and, when all is well, creates the work order and the application in one transaction.
    static func apply(_ input: LegalAidApplicationInput, submitter: Submitter, context: ActionContext, on db: any Database) async throws -> LegalAidApplication {
        let legal = validate(input)
        var problems: [FieldProblem] = []
        if case .failure(let error) = legal { problems += error.fieldProblems }
        let screening = try? legal.get().screening
        let validated = try await WorkOrderIntake.validate(intakeInput(input, screening: screening), submitter: submitter, on: db)
        if case .failure(let error) = validated { problems += error.fieldProblems.map { $0.renamed(Self.applicantFields) } }
        guard problems.isEmpty, case .success(let draft) = legal, case .success(let intake) = validated else {
            throw AppError.validation(problems)
        }
        let policy = LegalAidStore.policy(context.settings)
        let order = try await WorkOrderIntake.submit(intake, submitter: submitter, context: context, on: db) { order, tx in
            let application = try makeApplication(draft, order: order, policy: policy, context: context)
            try await application.create(on: tx)
            try await Audit.record("legal_aid.apply", target: "legal_aid_application", id: application.id, regionPath: order.path,
                                   detail: ["number": order.number, "category": draft.category.rawValue, "economic_review": application.economicReview],
                                   doer: context.doer, at: context.now, on: tx)
        }
        guard let application = try await LegalAidApplication.query(on: db).filter(\.$workOrder.$id == order.requireID()).first() else {
            throw AppError.notFound(.legalAidEntity)
        }
        return application
    }

    /// The intake's field names for the applicant, as the legal aid forms call them.
    static let applicantFields = ["requester_name": "applicant_name", "requester_phone": "applicant_phone", "resident_id": "applicant_resident_id"]

    /// The application record for an order; also used by `LegalAidHandoff` with a partial draft.
    static func makeApplication(_ draft: LegalAidDraft, order: WorkOrder, policy: LegalAidPolicy, context: ActionContext) throws -> LegalAidApplication {
        let today = context.today
        let due = LegalAidDeadlines.decisionDue(receivedOn: today, supplements: [], policy: policy, calendar: context.calendar)
        let a = LegalAidApplication()
        a.$workOrder.id = try order.requireID()
        a.number = order.number
        a.$region.id = order.$region.id
        a.regionPath = order.regionPath
        a.state = .received
        a.category = draft.category
        a.serviceForm = draft.serviceForm
        a.circumstancesText = LegalAidCircumstance.format(draft.circumstances)
        a.economicReview = LegalAidStore.code(of: draft.screening.economicReview)
        a.priorities = draft.screening.priorities.map(\.rawValue).joined(separator: ",")
        a.daysToLimitation = draft.daysToLimitation
        a.needsPreservation = draft.needsPreservation
        a.economicStatement = draft.statement
        a.pledgeSignedBy = draft.signature
        a.pledgeSignedAt = context.now
        a.opponentName = draft.opponentName
        a.opponentPhoneEncrypted = try draft.opponentPhone.map { try context.secrets.encrypt($0) }
        a.opponentPhoneHash = draft.opponentPhone.map { context.secrets.lookupHash($0) }
        a.opponentPhoneMasked = draft.opponentPhone.map(PhoneNumber.mask) ?? ""
        a.opponentResidentIDEncrypted = try draft.opponentResidentID.map { try context.secrets.encrypt($0) }
        a.opponentResidentIDHash = draft.opponentResidentID.map { context.secrets.lookupHash($0) }
        a.opponentResidentIDMasked = draft.opponentResidentID.map(ResidentID.mask) ?? ""
        a.receivedOn = today.description
        a.decisionDue = due.dueDate.description
        a.decisionDueProvisional = due.isProvisional
        a.materialsChecked = ""
        a.decisionReasons = ""
        a.extensionReason = ""
        a.decidedLate = false
        a.providerName = ""
        a.amountRecoveredFen = 0
        a.closingReport = ""
        a.createdAt = context.now
        a.updatedAt = context.now
        a.version = 1
        a.origin = ""
        a.originRef = ""
        a.missingFields = ""
        return a
    }
}
