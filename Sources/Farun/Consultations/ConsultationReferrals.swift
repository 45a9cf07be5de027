import Fluent
import FarunCore
import Foundation
import Vapor

/// "Needs legal aid / another service" (转办): a lawyer hands a consultation on as a work order through the normal
/// intake, carrying the whole conversation. Once per service and consultation (the M040 unique key decides a race).
enum ConsultationReferrals {
    /// The channel the work order records. The question came in on the online platform, so `web` (网站): no new
    /// channel, which would have to be added to every catalog entry's allowed channels first.
    static let channel = WorkOrderChannel.web

    struct Made: Sendable {
        let referral: ConsultationReferral
        let order: WorkOrder
        /// LEGAL_AID: the legal aid application made with the order (`LegalAidHandoff`).
        var legalAidApplicationID: Int? = nil
    }

    /// Opens the work order for `serviceCode` as the signed-in lawyer. 404 outside the lawyer's grant, 409 when the
    /// service was already asked for, 422 for an unknown or retired service.
    static func refer(_ id: UUID, serviceCode: String, staff: StaffPrincipal, req: Request) async throws -> Made {
        let code = serviceCode.trimmingCharacters(in: .whitespaces).uppercased()
        guard let loaded = try await ConsultationStore.load(id, on: req.db),
              ConsultationLawyer(key: String(staff.id), grants: staff.grants).mayAnswer(in: loaded.record.path) else {
            throw AppError.notFound(.consultationEntity)
        }
        if let existing = try await existing(id, code: code, on: req.db) { throw alreadyReferred(existing) }
        let names = try await ConsultationActions.show(id, on: req.db).lawyerNames
        let transcript = ConsultationTranscript.text(loaded, lawyerNames: names, l: L10n(.zhHans))
        let input = try await intake(loaded.record, code: code, transcript: transcript, secrets: req.secrets, on: req.db)
        let submitter = Submitter.citizen(citizenID: loaded.record.$citizen.id)
        let draft: IntakeDraft
        switch try await WorkOrderIntake.validate(input, submitter: submitter, on: req.db) {
        case .success(let value): draft = value
        case .failure(let error):
            // Only the service can be wrong here: the rest comes from the stored consultation.
            throw error.fieldProblems.contains { $0.field == "service" } ? error
                : AppError.validation([FieldProblem(field: "service", message: .consultReferralImpossible)])
        }
        let context = try await ActionContext.from(req)
        let referral = ConsultationReferral()
        do {
            let order = try await WorkOrderIntake.submit(draft, submitter: submitter, context: context, on: req.db) { order, tx in
                referral.$consultation.id = id
                referral.serviceCode = draft.service.code
                referral.$workOrder.id = try order.requireID()
                referral.$lawyer.id = staff.id
                referral.createdAt = context.now
                try await referral.create(on: tx)
                // The whole conversation in the order's timeline: the matter holds at most 4,000 characters.
                try await WorkOrderJournal.append(order, action: "consultation_referral", from: nil, note: transcript,
                                                  detail: ["consultation": id.uuidString, "lawyer": String(staff.id)], context: context, on: tx)
                try await Audit.record("consultation.refer", target: "consultation", id: nil, regionPath: loaded.record.path,
                                       detail: ["consultation": id.uuidString, "service": draft.service.code, "work_order": order.number],
                                       doer: context.doer, at: context.now, on: tx)
                // Legal aid: a real application, not a bare order (the once-per-service key above still decides).
                if draft.service.code == LegalAidStore.serviceCode {
                    try await LegalAidHandoff.attach(to: order, guessFrom: loaded.record.question, nameGiven: input.requesterName != L10n(.zhHans)(.consultReferralAsker),
                                                     origin: .consultation, reference: id.uuidString, context: context, on: tx)
                }
            }
            let application = draft.service.code == LegalAidStore.serviceCode ? try await LegalAidHandoff.application(of: order, on: req.db) : nil
            return Made(referral: referral, order: order, legalAidApplicationID: application?.id)
        } catch {
            // Another lawyer asked for the same service a moment earlier: the unique key refused this one.
            if let failure = error as? any DatabaseError, failure.isConstraintFailure,
               let existing = try await existing(id, code: code, on: req.db) { throw alreadyReferred(existing) }
            throw error
        }
    }

    /// The consultation's referrals with their orders, oldest first.
    static func list(_ id: UUID, on db: any Database) async throws -> [(ConsultationReferral, WorkOrder)] {
        let rows = try await ConsultationReferral.query(on: db).filter(\.$consultation.$id == id).with(\.$workOrder).sort(\.$id).all()
        return rows.map { ($0, $0.workOrder) }
    }

    /// The consultation a work order was opened for, if any (the other direction of the link).
    static func consultation(of orderID: Int, on db: any Database) async throws -> UUID? {
        try await ConsultationReferral.query(on: db).filter(\.$workOrder.$id == orderID).first()?.$consultation.id
    }

    private static func existing(_ id: UUID, code: String, on db: any Database) async throws -> WorkOrder? {
        guard let row = try await ConsultationReferral.query(on: db).filter(\.$consultation.$id == id).filter(\.$serviceCode == code)
            .with(\.$workOrder).first() else { return nil }
        return row.workOrder
    }

    private static func alreadyReferred(_ order: WorkOrder) -> AppError {
        .conflict(.consultReferralExists, [order.number])
    }

    /// The intake as the asker's own request: their name (or a label for anonymous askers) and number, the
    /// consultation's region, the conversation as the matter (cut to fit; the timeline keeps all of it).
    private static func intake(_ record: ConsultationRecord, code: String, transcript: String, secrets: Secrets,
                               on db: any Database) async throws -> IntakeInput {
        var name = L10n(.zhHans)(.consultReferralAsker)
        var phone = ""
        if let citizenID = record.$citizen.id, let citizen = try await Citizen.find(citizenID, on: db) {
            name = citizen.displayName
            phone = (try? secrets.decrypt(citizen.phoneCipher)) ?? ""
        } else if let encrypted = record.askerPhoneEncrypted {
            phone = (try? secrets.decrypt(encrypted)) ?? ""
        }
        let limit = IntakeInput.maximumMatterLength
        let cut = L10n(.zhHans)(.consultReferralMatterCut)
        let matter = transcript.count <= limit ? transcript : String(transcript.prefix(limit - cut.count)) + cut
        return IntakeInput(service: code, channel: channel.rawValue, requesterName: name, requesterPhone: phone, residentID: nil,
                           matter: matter, regionID: record.$region.id)
    }
}

/// The conversation as plain text for a work order: the masked question, then every lawyer's thread in the order
/// they first answered, each answer and follow-up with its time (China time) and the lawyer's name.
enum ConsultationTranscript {
    static func text(_ loaded: ConsultationStore.Loaded, lawyerNames: [Int: String], l: L10n) -> String {
        let id = loaded.consultation.id.uuidString
        var lines = [l(.consultTranscriptHeader, id, Formatting.dateTime(loaded.record.askedAt, l)), loaded.record.question]
        for thread in loaded.threads {
            let name = lawyerNames[thread.$lawyer.id] ?? String(thread.$lawyer.id)
            lines.append("")
            lines.append(l(.consultTranscriptThread, name))
            for entry in loaded.entries[thread.id ?? 0] ?? [] {
                let who = entry.kind == .answer ? l(.consultTranscriptAnswer, name) : l(.consultTranscriptFollowUp)
                lines.append("[\(Formatting.dateTime(entry.at, l))] \(who)：\(entry.text)")
                if !entry.articles.isEmpty { lines.append("  " + l(.consultArticles) + "：" + entry.articles.joined(separator: "；")) }
            }
        }
        return lines.joined(separator: "\n")
    }
}
