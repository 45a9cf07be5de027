import Fluent
import FarunCore
import Foundation

/// After the review: supervision of late matters (督办, 法律援助法 第五十九条), the recipient's rating taken by
/// phone (回访), and complaints asking to replace the provider (第五十五条). The recipient's own rating goes
/// through the tracking page (`CitizenActions.rate`), into the same one-per-order `Rating`.
enum LegalAidFollowUps {
    static let maximumText = 2000

    /// What the outbox carries for the holder of a supervised matter (the provider, or the agency's officers).
    struct SupervisionPayload: Codable, Sendable {
        let application_id: Int
        let number: String
        let kind: String
        let note: String
        let due_on: String
        let late: Int
        let provider_id: Int?
        let region_path: String
    }

    /// Records a 督办 note on a matter that is late or at risk now, audited; with `notify` a message goes to the
    /// outbox for the holder. A matter that is no longer late for `kind` is refused (the screen was stale).
    static func supervise(_ id: Int, kind: LegalAidSupervision.Kind, note: String, notify: Bool, by staff: StaffPrincipal,
                          context: ActionContext, on db: any Database) async throws -> LegalAidSupervisionNote {
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw AppError.validation([.init(field: "note", message: .legalAidSuperviseNoteRequired)]) }
        guard text.count <= maximumText else { throw AppError.validation([.init(field: "note", message: .validationTooLong, args: ["\(maximumText)"])]) }
        return try await db.writeTransaction { tx in
            guard let application = try await LegalAidApplication.find(id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
            let matter = try await LegalAidSupervisionQueries.matters([application], on: tx)[id]
            let policy = LegalAidSupervisionQueries.policy(context.settings)
            guard let matter, let finding = LegalAidSupervision.findings(matter, today: context.today, policy: policy, calendar: context.calendar)
                .first(where: { $0.kind == kind }) else { throw AppError.conflict(.legalAidSuperviseNotLate) }
            let record = LegalAidSupervisionNote()
            record.$application.id = id
            record.kind = kind
            record.note = text
            record.dueOn = finding.due.dueDate.description
            record.late = finding.late
            record.unit = finding.unit
            record.notified = notify
            record.$by.id = staff.id
            record.byName = staff.displayName
            record.createdAt = context.now
            try await record.create(on: tx)
            try await Audit.record("legal_aid.supervise", target: "legal_aid_application", id: id, regionPath: application.path,
                                   detail: ["number": application.number, "kind": kind.rawValue, "late": String(finding.late),
                                            "notified": notify ? "true" : "false"],
                                   doer: context.doer, at: context.now, on: tx)
            if notify {
                try await Outbox.enqueue(topic: "legal_aid.supervised", payload: SupervisionPayload(
                    application_id: id, number: application.number, kind: kind.rawValue, note: text, due_on: record.dueOn,
                    late: finding.late, provider_id: kind.isProvidersTurn ? application.$provider.id : nil,
                    region_path: application.regionPath), at: context.now, on: tx)
            }
            return record
        }
    }

    /// The recipient's rating given on the phone (回访): only after the closing report, once per case (the unique
    /// index on `ratings.work_order_id` decides a race with the tracking page). Confirms the order closed, as the
    /// recipient's own rating does.
    static func recordRating(_ id: Int, score: RatingScore, comment: String, by staff: StaffPrincipal, context: ActionContext,
                             on db: any Database) async throws -> Rating {
        let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= CitizenActions.maximumCommentLength else {
            throw AppError.validation([.init(field: "comment", message: .validationTooLong, args: ["\(CitizenActions.maximumCommentLength)"])])
        }
        do {
            return try await db.writeTransaction { tx in
                guard let application = try await LegalAidApplication.find(id, on: tx),
                      let order = try await WorkOrder.find(application.$workOrder.id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
                guard application.state == .closed else { throw AppError.conflict(.legalAidRatingNotYet) }
                if try await CitizenActions.rating(of: try order.requireID(), on: tx) != nil { throw AppError.conflict(.trackAlreadyRated) }
                let rating = Rating()
                rating.$workOrder.id = try order.requireID()
                rating.$unit.id = order.$unit.id
                rating.regionPath = order.regionPath
                rating.score = score
                rating.comment = text
                rating.createdAt = context.now
                try await rating.create(on: tx)
                let feedback = LegalAidFeedback()
                feedback.$application.id = id
                feedback.kind = .callbackRating
                feedback.channel = .callback
                feedback.$rating.id = rating.id
                feedback.text = text
                feedback.asksReplacement = false
                feedback.providerName = application.providerName
                feedback.$by.id = staff.id
                feedback.byName = staff.displayName
                feedback.createdAt = context.now
                try await feedback.create(on: tx)
                try await WorkOrderJournal.append(order, action: "legal_aid.rating", from: order.state, note: "",
                                                  detail: ["score": score.rawValue, "channel": LegalAidFeedback.Channel.callback.rawValue],
                                                  context: context, on: tx)
                if order.state == .resolved {
                    _ = try await WorkOrderCommands.perform(.init(action: .close, version: order.version), on: try order.requireID(),
                                                            as: WorkOrderCommands.Roles(citizen: true), context: context, inTransaction: tx)
                }
                return rating
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AppError.conflict(.trackAlreadyRated)
        }
    }

    /// A complaint about the provider while the case is open (第五十五条: the recipient may complain and ask the
    /// agency to replace the provider), from the tracking page or taken by phone. Audited; the officers see it on
    /// the case page and replace the provider with the ordinary assign step.
    static func complain(_ id: Int, text: String, asksReplacement: Bool, channel: LegalAidFeedback.Channel, by staff: StaffPrincipal?,
                         context: ActionContext, on db: any Database) async throws -> LegalAidFeedback {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw AppError.validation([.init(field: "text", message: .legalAidComplaintRequired)]) }
        guard body.count <= maximumText else { throw AppError.validation([.init(field: "text", message: .validationTooLong, args: ["\(maximumText)"])]) }
        return try await db.writeTransaction { tx in
            guard let application = try await LegalAidApplication.find(id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
            guard canComplain(application.state) else { throw AppError.conflict(.legalAidComplaintClosed) }
            let feedback = LegalAidFeedback()
            feedback.$application.id = id
            feedback.kind = .complaint
            feedback.channel = channel
            feedback.text = body
            feedback.asksReplacement = asksReplacement
            feedback.providerName = application.providerName
            feedback.$by.id = staff?.id
            feedback.byName = staff?.displayName ?? ""
            feedback.createdAt = context.now
            try await feedback.create(on: tx)
            try await Audit.record("legal_aid.complaint", target: "legal_aid_application", id: id, regionPath: application.path,
                                   detail: ["number": application.number, "channel": channel.rawValue,
                                            "asks_replacement": asksReplacement ? "true" : "false"],
                                   doer: context.doer, at: context.now, on: tx)
            return feedback
        }
    }

    /// 第五十五条 applies while a provider holds the case.
    static func canComplain(_ state: LegalAidState) -> Bool { state == .assigned || state == .handling }

    /// What the case page and the API show: the rating (with how it was taken), complaints and supervision notes.
    struct Record: Sendable {
        var rating: Rating?
        var ratingFeedback: LegalAidFeedback?
        var complaints: [LegalAidFeedback]
        var supervisions: [LegalAidSupervisionNote]
    }

    static func record(of application: LegalAidApplication, on db: any Database) async throws -> Record {
        let id = try application.requireID()
        let feedback = try await LegalAidFeedback.query(on: db).filter(\.$application.$id == id).sort(\.$id).all()
        return Record(
            rating: try await CitizenActions.rating(of: application.$workOrder.id, on: db),
            ratingFeedback: feedback.first { $0.kind == .callbackRating },
            complaints: feedback.filter { $0.kind == .complaint },
            supervisions: try await LegalAidSupervisionNote.query(on: db).filter(\.$application.$id == id).sort(\.$id).all())
    }
}

extension LegalAidFollowUps {
    /// What the tracking page offers a legal aid recipient under 第五十五条; nil for other services.
    static func complaintOffer(for order: WorkOrder, rating: RatingScore?, on db: any Database) async throws -> TrackOrderPage.Complaint? {
        guard order.serviceCode == LegalAidStore.serviceCode,
              let application = try await LegalAidApplication.query(on: db).filter(\.$workOrder.$id == order.requireID()).first() else { return nil }
        if canComplain(application.state) { return .form }
        return rating == .dissatisfied ? .routeOnly : nil
    }
}
