import Fluent
import FarunCore
import Foundation
import Vapor

/// What the agency records from a notice (通知辩护/通知代理). Keys are the JSON/form names.
struct LegalAidNoticeInput: Content, Sendable, Equatable {
    var organ: String
    var organ_name: String
    var notice_number: String
    /// The day the agency received the notice (YYYY-MM-DD); the 3 days of 第三十六条 run from it.
    var received_on: String
    var ground: String
    var charge: String
    var stage: String
    /// The suspect or defendant (犯罪嫌疑人、被告人).
    var person_name: String
    var person_resident_id: String?
    /// A number the lawyer can call: the organ's handling officer (承办人) or a close relative.
    var contact_phone: String
    var region_id: Int?
    var note: String?
}

/// Notified defence: the staff intake of a notice and the 第二十六条 check on the appointed lawyer. A notice
/// becomes a LEGAL_AID work order with a legal aid application already in `granted` (no application, no
/// economic review: 第二十五条) and the 3-day appointment due of 第三十六条 as the assignment due; the existing
/// `LegalAidStore` `assign` step then appoints, with the same lateness rule as 第四十三条 assignments.
enum LegalAidNotices {
    struct Draft: Sendable {
        let organ: NotifiedDefence.Organ
        let organName: String
        let noticeNumber: String
        let receivedOn: LocalDate
        let ground: NotifiedDefence.Ground
        let charge: String
        let stage: NotifiedDefence.Stage
        let note: String
    }

    /// Checks the notice part; every problem at once.
    static func validate(_ input: LegalAidNoticeInput, today: LocalDate) -> Result<Draft, AppError> {
        var problems: [FieldProblem] = []
        let organ = NotifiedDefence.Organ(rawValue: input.organ)
        if organ == nil { problems.append(.init(field: "organ", message: .laNoticeOrganRequired)) }
        let organName = input.organ_name.trimmingCharacters(in: .whitespacesAndNewlines)
        if organName.isEmpty { problems.append(.init(field: "organ_name", message: .laNoticeOrganNameRequired)) }
        if organName.count > 100 { problems.append(.init(field: "organ_name", message: .validationTooLong, args: ["100"])) }
        let number = input.notice_number.trimmingCharacters(in: .whitespacesAndNewlines)
        if number.isEmpty { problems.append(.init(field: "notice_number", message: .laNoticeNumberRequired)) }
        if number.count > 60 { problems.append(.init(field: "notice_number", message: .validationTooLong, args: ["60"])) }
        let received = LocalDate(input.received_on.trimmingCharacters(in: .whitespaces))
        if received == nil || received! > today { problems.append(.init(field: "received_on", message: .laNoticeReceivedInvalid)) }
        let ground = NotifiedDefence.Ground(rawValue: input.ground)
        if ground == nil { problems.append(.init(field: "ground", message: .laNoticeGroundRequired)) }
        if let ground, let organ, !ground.isSent(by: organ) {
            problems.append(.init(field: "ground", message: .laNoticeGroundNotFromOrgan))
        }
        let charge = input.charge.trimmingCharacters(in: .whitespacesAndNewlines)
        if charge.isEmpty { problems.append(.init(field: "charge", message: .laNoticeChargeRequired)) }
        if charge.count > 100 { problems.append(.init(field: "charge", message: .validationTooLong, args: ["100"])) }
        let stage = NotifiedDefence.Stage(rawValue: input.stage)
        if stage == nil { problems.append(.init(field: "stage", message: .laNoticeStageRequired)) }
        let note = (input.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > 1000 { problems.append(.init(field: "note", message: .validationTooLong, args: ["1000"])) }
        guard problems.isEmpty, let organ, let received, let ground, let stage else { return .failure(.validation(problems)) }
        return .success(Draft(organ: organ, organName: organName, noticeNumber: number, receivedOn: received, ground: ground,
                              charge: charge, stage: stage, note: note))
    }

    /// The work order of a notice: the person as requester, the window channel (the notice arrives at the agency).
    static func intakeInput(_ input: LegalAidNoticeInput, draft: Draft?) -> IntakeInput {
        var matter = "通知辩护：\(input.organ_name.trimmingCharacters(in: .whitespaces)) \(input.notice_number.trimmingCharacters(in: .whitespaces))；\(input.charge.trimmingCharacters(in: .whitespaces))"
        if let draft, !draft.note.isEmpty { matter += "。" + draft.note }
        return IntakeInput(
            service: LegalAidStore.serviceCode, channel: WorkOrderChannel.window.rawValue, requesterName: input.person_name,
            requesterPhone: input.contact_phone, residentID: input.person_resident_id, matter: matter, regionID: input.region_id,
            servicePointID: nil, priority: WorkOrderPriority.urgent.rawValue, greenChannel: nil, greenChannelNote: nil,
            follows: nil, parent: nil, acceptNow: nil)
    }

    /// Validates both parts and creates the work order, the application and the notice in one transaction.
    static func register(_ input: LegalAidNoticeInput, by staff: StaffPrincipal, context: ActionContext,
                         on db: any Database) async throws -> (LegalAidApplication, LegalAidNotice) {
        let validated = validate(input, today: context.today)
        var problems: [FieldProblem] = []
        if case .failure(let error) = validated { problems += error.fieldProblems }
        let intake = try await WorkOrderIntake.validate(intakeInput(input, draft: try? validated.get()), submitter: .staff(staff), on: db)
        if case .failure(let error) = intake { problems += error.fieldProblems.map { $0.renamed(personFields) } }
        guard problems.isEmpty, case .success(let draft) = validated, case .success(let order) = intake else {
            throw AppError.validation(problems)
        }
        if try await LegalAidNotice.query(on: db).filter(\.$organName == draft.organName).filter(\.$noticeNumber == draft.noticeNumber).first() != nil {
            throw AppError.conflict(.laNoticeDuplicate, [draft.organName, draft.noticeNumber])
        }
        let due = NotifiedDefence.appointmentDue(receivedOn: draft.receivedOn, policy: LegalAidStore.policy(context.settings), calendar: context.calendar)
        let notice = LegalAidNotice()
        do {
            let created = try await WorkOrderIntake.submit(order, submitter: .staff(staff), context: context, on: db) { order, tx in
                let application = try makeApplication(draft, order: order, due: due, context: context)
                try await application.create(on: tx)
                notice.$application.id = try application.requireID()
                notice.organ = draft.organ
                notice.organName = draft.organName
                notice.noticeNumber = draft.noticeNumber
                notice.receivedOn = draft.receivedOn.description
                notice.ground = draft.ground
                notice.charge = draft.charge
                notice.stage = draft.stage
                notice.appointmentDue = due.dueDate.description
                notice.appointmentDueProvisional = due.isProvisional
                notice.$createdBy.id = staff.id
                notice.createdAt = context.now
                try await notice.create(on: tx)
                try await Audit.record("legal_aid.notice", target: "legal_aid_application", id: application.id, regionPath: order.path,
                                       detail: ["number": order.number, "organ": draft.organ.rawValue, "notice_number": draft.noticeNumber,
                                                "ground": draft.ground.rawValue, "appointment_due": due.dueDate.description],
                                       doer: context.doer, at: context.now, on: tx)
            }
            guard let application = try await LegalAidApplication.query(on: db).filter(\.$workOrder.$id == created.requireID()).first() else {
                throw AppError.notFound(.legalAidEntity)
            }
            return (application, notice)
        } catch {
            // Two people registering the same notice at once: the unique index decides. Any other failure is a
            // fault, not a duplicate, and must not be reported as one.
            guard let failure = error as? any DatabaseError, failure.isConstraintFailure,
                  try await LegalAidNotice.query(on: db).filter(\.$organName == draft.organName)
                    .filter(\.$noticeNumber == draft.noticeNumber).first() != nil else { throw error }
            throw AppError.conflict(.laNoticeDuplicate, [draft.organName, draft.noticeNumber])
        }
    }

    /// The intake's field names for the defendant, as the notice form calls them.
    private static let personFields = ["requester_name": "person_name", "requester_phone": "contact_phone", "resident_id": "person_resident_id"]

    private static func makeApplication(_ draft: Draft, order: WorkOrder, due: Deadline, context: ActionContext) throws -> LegalAidApplication {
        let a = LegalAidApplication()
        a.$workOrder.id = try order.requireID()
        a.number = order.number
        a.$region.id = order.$region.id
        a.regionPath = order.regionPath
        // 第二十五条: the notice is the basis of aid; there is no review or decision, only the appointment.
        a.state = .granted
        a.category = draft.ground.category
        a.serviceForm = .criminalDefence
        a.circumstancesText = draft.ground == .minor ? LegalAidCircumstance.minor.rawValue : ""
        a.economicReview = "not_applicable"
        a.priorities = ""
        a.daysToLimitation = nil
        a.needsPreservation = false
        a.economicStatement = ""
        a.pledgeSignedBy = ""
        a.pledgeSignedAt = context.now
        a.opponentName = ""
        a.opponentPhoneMasked = ""
        a.opponentResidentIDMasked = ""
        a.receivedOn = draft.receivedOn.description
        // The only period that runs is the appointment's; the register's due column shows it.
        a.decisionDue = due.dueDate.description
        a.decisionDueProvisional = due.isProvisional
        a.assignmentDue = due.dueDate.description
        a.materialsChecked = ""
        a.decisionReasons = ""
        a.extensionReason = ""
        a.decidedLate = false
        a.providerName = ""
        a.amountRecoveredFen = 0
        a.closingReport = ""
        // a notice is its own origin (the notice row); nothing is missing: the organ's notice is the whole basis
        a.origin = ""
        a.originRef = ""
        a.missingFields = ""
        a.createdAt = context.now
        a.updatedAt = context.now
        a.version = 1
        return a
    }

    // MARK: 第二十六条

    /// The notice behind an application, if it came from one.
    static func notice(of applicationID: Int, on db: any Database) async throws -> LegalAidNotice? {
        try await LegalAidNotice.query(on: db).filter(\.$application.$id == applicationID).first()
    }

    static func practiceSince(of staffID: Int, on db: any Database) async throws -> LocalDate? {
        try await LegalAidProviderExperience.query(on: db).filter(\.$staff.$id == staffID).first().flatMap { LocalDate($0.practiceSince) }
    }

    /// Refuses a lawyer with under 3 years of recorded relevant practice for a life or death notice (LA-14).
    static func checkLawyer(for application: LegalAidApplication, providerID: Int, on day: LocalDate, _ db: any Database) async throws {
        guard let notice = try await notice(of: try application.requireID(), on: db) else { return }
        let since = try await practiceSince(of: providerID, on: db)
        switch NotifiedDefence.checkLawyer(for: notice.ground, practiceSince: since, on: day) {
        case .success: return
        case .failure(.tooLittleExperience(let since)):
            throw AppError.validation([.init(field: "provider_id", message: .laNoticeLawyerTooNew, args: [since.description])])
        case .failure:
            throw AppError.validation([.init(field: "provider_id", message: .laNoticeLawyerExperienceUnknown)])
        }
    }

    /// Records (or corrects) when a lawyer's relevant practice began; audited.
    static func recordExperience(staffID: Int, since: LocalDate, note: String, by officer: StaffPrincipal, regionPath: RegionPath?,
                                 context: ActionContext, on db: any Database) async throws -> LegalAidProviderExperience {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard since <= context.today else { throw AppError.validation([.init(field: "practice_since", message: .laNoticeReceivedInvalid)]) }
        guard note.count <= 200 else { throw AppError.validation([.init(field: "note", message: .validationTooLong, args: ["200"])]) }
        return try await db.transaction { tx in
            let record = try await LegalAidProviderExperience.query(on: tx).filter(\.$staff.$id == staffID).first() ?? LegalAidProviderExperience()
            let before = record.id == nil ? "" : record.practiceSince
            record.$staff.id = staffID
            record.practiceSince = since.description
            record.note = note
            record.$recordedBy.id = officer.id
            record.recordedAt = context.now
            try await record.save(on: tx)
            try await Audit.record("legal_aid.provider_experience", target: "staff_user", id: staffID, regionPath: regionPath,
                                   detail: ["practice_since": since.description, "before": before], doer: context.doer, at: context.now, on: tx)
            return record
        }
    }

    /// Lawyers an officer may record experience for: legal professionals who handle work orders inside the officer's
    /// legal aid scopes, with their recorded start.
    static func providers(within scopes: [RegionPath], on db: any Database) async throws -> [(user: StaffUser, since: LocalDate?)] {
        let grants = try await RoleGrant.query(on: db).with(\.$region).with(\.$user).all()
        var seen = Set<Int>()
        let users = grants.compactMap { grant -> StaffUser? in
            guard grant.role.isLegalProfessional, grant.role.permissions.contains(.handleWorkOrders), !grant.user.isDisabled,
                  scopes.contains(where: { $0.contains(grant.region.regionPath) }), let id = grant.user.id, seen.insert(id).inserted else { return nil }
            return grant.user
        }
        let ids = users.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let records = try await LegalAidProviderExperience.query(on: db).filter(\.$staff.$id ~~ ids).all()
        let since = Dictionary(records.map { ($0.$staff.id, $0.practiceSince) }, uniquingKeysWith: { a, _ in a })
        return users.sorted { $0.displayName < $1.displayName }.map { ($0, since[$0.id ?? 0].flatMap(LocalDate.init)) }
    }
}

extension LegalAidNotices {
    /// Adds the notice to the case page of a notified matter, and each lawyer's years of recorded practice to the
    /// appointment choices when the 3-year rule applies (第二十六条).
    static func addNotice(to model: inout LegalAidCasePage.Model, _ application: LegalAidApplication, today: LocalDate, l: L10n,
                          on db: any Database) async throws {
        guard let notice = try await notice(of: try application.requireID(), on: db),
              let order = try await WorkOrder.find(application.$workOrder.id, on: db) else { return }
        model.notice = try LegalAidNoticeDTO(notice, application: application, order: order)
        guard notice.ground.needsExperiencedLawyer, !model.providers.isEmpty else { return }
        let ids = model.providers.compactMap { Int($0.value) }
        let records = try await LegalAidProviderExperience.query(on: db).filter(\.$staff.$id ~~ ids).all()
        let since = Dictionary(records.map { ($0.$staff.id, $0.practiceSince) }, uniquingKeysWith: { a, _ in a })
        model.providers = model.providers.map { option in
            let years = Int(option.value).flatMap { since[$0] }.flatMap(LocalDate.init).map { NotifiedDefence.fullYears(since: $0, on: today) }
            let suffix = years.map { l(.laProvidersYearsSuffix, $0) } ?? l(.laProvidersNoRecordSuffix)
            return Forms.Option(value: option.value, label: option.label + suffix)
        }
    }
}
