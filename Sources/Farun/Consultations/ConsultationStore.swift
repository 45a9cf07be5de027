import Fluent
import FarunCore
import Foundation
import SQLKit

/// What a consultation write needs besides the database: the time, who acts, the keys and the service promises.
struct ConsultationContext: Sendable {
    let now: Date
    let doer: Doer
    let secrets: Secrets
    var policy: ConsultationPolicy = .standard
    /// Where committed changes are announced to the lawyers' live streams (`req.application.consultationFeed`);
    /// nil still notifies other instances on PostgreSQL.
    var feed: ConsultationFeed? = nil
}

/// Input the store refuses before anything is written (the lifecycle's own refusals are `ConsultationProblem`).
enum ConsultationInputProblem: Error, Sendable, Hashable {
    case question(QuestionTextProblem)
    /// An answer or follow-up without text, or longer than the policy allows.
    case message(QuestionTextProblem)
    case phone
    case unknownRegion
    case notFound
    /// A lawyer key that is not a staff user's id.
    case unknownLawyer
}

/// Storage of online consultations (快解答). Every change runs `ConsultationLifecycle.apply` on the consultation
/// loaded under a row lock inside a write transaction, so concurrent answers are serialised: none is lost and the
/// N-distinct-lawyers rule holds (the N+1-th lawyer gets `ConsultationProblem.enoughLawyers`).
enum ConsultationStore {
    enum Asker: Sendable, Hashable {
        case citizen(Int)
        /// An anonymous asker reachable on a mobile number.
        case phone(String)
    }

    struct Question: Sendable {
        var text: String
        /// The citizen's choice; nil takes the classifier's suggestion.
        var field: QuestionField?
        var regionID: Int
        var asker: Asker
        var consentsToPublication = false
    }

    /// The text of an answer or follow-up, with article references (answers only).
    struct Message: Sendable {
        var text: String
        var articles: [String] = []
    }

    /// A consultation as stored, with its threads and their entries, and the domain value built from them.
    struct Loaded: Sendable {
        let record: ConsultationRecord
        /// In first-answer order.
        let threads: [ConsultationThreadRecord]
        let entries: [Int: [ConsultationEntryRecord]]
        let consultation: Consultation
    }

    // MARK: Asking

    /// Validates, masks personal numbers for lawyers (the original is kept encrypted), suggests the field and stores.
    static func ask(_ question: Question, context: ConsultationContext, classifier: LegalFieldClassifier = ConsultationFields.classifier,
                    on db: any Database) async throws -> ConsultationRecord {
        let text: String
        do { text = try ConsultationLifecycle.validateQuestion(question.text, policy: context.policy) } catch { throw ConsultationInputProblem.question(error) }
        guard let region = try await Region.find(question.regionID, on: db) else { throw ConsultationInputProblem.unknownRegion }
        let masked = PersonalDataMasking.mask(text)
        let suggested = classifier.suggest(masked.text).field
        let record = ConsultationRecord()
        record.id = UUID()
        switch question.asker {
        case .citizen(let id):
            record.$citizen.id = id
            record.askerPhoneMasked = ""
        case .phone(let raw):
            guard let phone = try? PhoneNumber.normalizeMobile(raw) else { throw ConsultationInputProblem.phone }
            record.askerPhoneEncrypted = try context.secrets.encrypt(phone)
            record.askerPhoneHash = context.secrets.lookupHash(phone)
            record.askerPhoneMasked = PhoneNumber.mask(phone)
        }
        record.question = masked.text
        record.questionOriginalEncrypted = try context.secrets.encrypt(text)
        record.maskedKinds = masked.found.map(\.rawValue).joined(separator: ",")
        record.field = question.field ?? suggested
        record.suggestedField = suggested
        record.$region.id = try region.requireID()
        record.regionPath = region.path
        record.state = .open
        record.askedAt = context.now
        record.lastActivityAt = context.now
        record.consentsToPublication = question.consentsToPublication
        record.version = 1
        try await db.writeTransaction { tx in
            try await record.create(on: tx)
            try await Audit.record("consultation.ask", target: "consultation", id: nil, regionPath: region.regionPath,
                                   detail: ["consultation": try record.requireID().uuidString, "field": record.field.rawValue,
                                            "masked": record.maskedKinds],
                                   doer: context.doer, at: context.now, on: tx)
        }
        await ConsultationFeed.announce(.init(id: try record.requireID(), kind: .question), feed: context.feed, on: db)
        return record
    }

    // MARK: Changing

    /// Applies `event` to the stored consultation under a row lock and writes the result: new threads and entries
    /// (with `message` as their text), thread ratings, the consultation's state, an audit row, version + 1.
    /// Throws `ConsultationProblem` when the lifecycle refuses, `ConsultationInputProblem` for bad input.
    @discardableResult
    static func apply(_ event: ConsultationEvent, to id: UUID, message: Message? = nil, context: ConsultationContext,
                      on db: any Database) async throws -> Consultation {
        let text = try validatedText(for: event, message: message, policy: context.policy)
        let next = try await db.writeTransaction { tx in
            try await lock(id, on: tx)
            guard let loaded = try await load(id, on: tx) else { throw ConsultationInputProblem.notFound }
            let next = try ConsultationLifecycle.apply(event, to: loaded.consultation, policy: context.policy)
            try await write(next, over: loaded, text: text, articles: message?.articles ?? [], on: tx)
            if case let .answer(lawyer, at) = event {
                // The asker hears of every answer, once: the message commits or rolls back with it.
                try await ConsultationNotices.answered(loaded.record, isReply: loaded.consultation.thread(of: lawyer.key) != nil, at: at,
                                                       secrets: context.secrets, on: tx)
            }
            try await Audit.record(action(of: event), target: "consultation", id: nil, regionPath: next.regionPath,
                                   detail: detail(of: event, id: id), doer: context.doer, at: context.now, on: tx)
            return next
        }
        if let kind = feedKind(of: event) { await ConsultationFeed.announce(.init(id: id, kind: kind), feed: context.feed, on: db) }
        return next
    }

    /// What the live streams hear of an event (ratings and consent change nothing on a workbench).
    private static func feedKind(of event: ConsultationEvent) -> ConsultationFeed.Kind? {
        switch event {
        case .answer: .answered
        case .followUp: .followUp
        case .closeByCitizen, .closeForInactivity, .publish: .closed
        case .rate, .markBest, .consentToPublication: nil
        }
    }

    /// Holds the consultation's row until the transaction ends. PostgreSQL: `SELECT … FOR UPDATE`. SQLite: a no-op
    /// write takes the database's write lock first, so what we read next cannot change before we write.
    static func lock(_ id: UUID, on db: any Database) async throws {
        if db.isPostgres {
            _ = try await db.sql.raw("SELECT id FROM consultations WHERE id = \(bind: id) FOR UPDATE").all()
        } else {
            try await db.sql.raw("UPDATE consultations SET version = version WHERE id = \(bind: id)").run()
        }
    }

    static func load(_ id: UUID, on db: any Database) async throws -> Loaded? {
        guard let record = try await ConsultationRecord.find(id, on: db) else { return nil }
        let threads = try await ConsultationThreadRecord.query(on: db).filter(\.$consultation.$id == id).sort(\.$id).all()
        let entries = threads.isEmpty ? [] : try await ConsultationEntryRecord.query(on: db)
            .filter(\.$thread.$id ~~ threads.compactMap(\.id)).sort(\.$id).all()
        let byThread = Dictionary(grouping: entries) { $0.$thread.id }
        let domainThreads = try threads.map { thread in
            guard let value = thread.domain(entries: byThread[try thread.requireID()] ?? []) else {
                throw ConsultationInputProblem.notFound
            }
            return value
        }
        return Loaded(record: record, threads: threads, entries: byThread, consultation: try record.domain(threads: domainThreads))
    }

    private static func write(_ next: Consultation, over loaded: Loaded, text: String?, articles: [String], on db: any Database) async throws {
        let before = loaded.consultation
        let id = try loaded.record.requireID()
        for thread in next.threads {
            let old = before.thread(of: thread.lawyer)
            let row: ConsultationThreadRecord
            if let existing = loaded.threads.first(where: { String($0.$lawyer.id) == thread.lawyer }) {
                row = existing
            } else {
                guard let lawyerID = Int(thread.lawyer) else { throw ConsultationInputProblem.unknownLawyer }
                row = ConsultationThreadRecord()
                row.$consultation.id = id
                row.$lawyer.id = lawyerID
                row.createdAt = thread.firstAnswerAt
            }
            if old == nil || old?.rating != thread.rating || old?.unansweredFollowUpSince != thread.unansweredFollowUpSince {
                row.rating = thread.rating
                row.unansweredFollowUpSince = thread.unansweredFollowUpSince
                try await row.save(on: db)
            }
            for entry in thread.entries.dropFirst(old?.entries.count ?? 0) {
                let stored = ConsultationEntryRecord()
                stored.$thread.id = try row.requireID()
                stored.kind = entry.kind
                // Follow-ups come from the citizen: masked like the question before a lawyer reads them.
                stored.text = entry.kind == .followUp ? PersonalDataMasking.mask(text ?? "").text : (text ?? "")
                stored.at = entry.at
                stored.articleReferences = entry.kind == .answer ? articles.joined(separator: "\n") : ""
                try await stored.create(on: db)
            }
        }
        let record = loaded.record
        record.copy(next)
        record.version += 1
        try await record.save(on: db)
    }

    private static func validatedText(for event: ConsultationEvent, message: Message?, policy: ConsultationPolicy) throws -> String? {
        switch event {
        case .answer, .followUp:
            let text = (message?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw ConsultationInputProblem.message(.empty) }
            guard text.count <= policy.maximumMessageLength else {
                throw ConsultationInputProblem.message(.tooLong(maximum: policy.maximumMessageLength))
            }
            return text
        default:
            return nil
        }
    }

    private static func action(of event: ConsultationEvent) -> String {
        switch event {
        case .answer: "consultation.answer"
        case .followUp: "consultation.follow_up"
        case .rate: "consultation.rate"
        case .markBest: "consultation.mark_best"
        case .consentToPublication: "consultation.consent"
        case .closeByCitizen: "consultation.close"
        case .closeForInactivity: "consultation.auto_close"
        case .publish: "consultation.publish"
        }
    }

    private static func detail(of event: ConsultationEvent, id: UUID) -> [String: String] {
        var detail = ["consultation": id.uuidString]
        switch event {
        case let .answer(lawyer, _): detail["lawyer"] = lawyer.key
        case let .followUp(lawyer, _), let .markBest(lawyer): detail["lawyer"] = lawyer
        case let .rate(lawyer, score): detail["lawyer"] = lawyer; detail["score"] = String(score)
        case let .consentToPublication(consent): detail["consent"] = String(consent)
        case .closeByCitizen, .closeForInactivity, .publish: break
        }
        return detail
    }

    // MARK: Sweeps

    /// Active consultations the 7-day rule closes at `now` (no activity for the limit, no unanswered follow-up).
    static func dueForAutoClose(now: Date, policy: ConsultationPolicy = .standard, on db: any Database) async throws -> [UUID] {
        let candidates = try await ConsultationRecord.query(on: db)
            .filter(\.$state ~~ [ConsultationState.open, .answered, .fullyAnswered])
            .filter(\.$lastActivityAt <= now.addingTimeInterval(-policy.inactivityLimit))
            .sort(\.$lastActivityAt).all()
        var due: [UUID] = []
        for candidate in candidates {
            guard let loaded = try await load(try candidate.requireID(), on: db) else { continue }
            if ConsultationLifecycle.isDueForAutoClose(loaded.consultation, at: now, policy: policy) { due.append(loaded.consultation.id) }
        }
        return due
    }

    /// Closes what `dueForAutoClose` finds; one that changed meanwhile (or another instance closed) is skipped.
    /// Returns the ids this call closed.
    static func closeInactive(context: ConsultationContext, on db: any Database) async throws -> [UUID] {
        var closed: [UUID] = []
        for id in try await dueForAutoClose(now: context.now, policy: context.policy, on: db) {
            do {
                try await apply(.closeForInactivity(at: context.now), to: id, context: context, on: db)
                closed.append(id)
            } catch is ConsultationProblem {
                continue
            }
        }
        return closed
    }

    /// Questions without a first answer past the limit at `now` that no instance has alerted yet. Each alert is
    /// claimed by inserting its `consultation_alerts` row; only the instance whose insert succeeds gets it back.
    static func alertsDue(now: Date, policy: ConsultationPolicy = .standard, on db: any Database) async throws -> [FirstAnswerAlert] {
        let open = try await ConsultationRecord.query(on: db)
            .filter(\.$state == .open)
            .filter(\.$askedAt <= now.addingTimeInterval(-policy.firstAnswerLimit))
            .sort(\.$askedAt).all()
        guard !open.isEmpty else { return [] }
        let alerted = try await ConsultationAlert.query(on: db)
            .filter(\.$kind == .firstAnswerOverdue)
            .filter(\.$consultation.$id ~~ open.compactMap(\.id)).all()
        let due = FirstAnswerAlerts.due(try open.map { try $0.domain(threads: []) }, now: now,
                                        alreadyAlerted: Set(alerted.map { $0.$consultation.id }), policy: policy)
        var claimed: [FirstAnswerAlert] = []
        for alert in due where try await claim(.firstAnswerOverdue, for: alert.consultationID, at: now, on: db) {
            claimed.append(alert)
        }
        return claimed
    }

    /// Inserts the alert row; false when it exists already (another instance claimed it). Outside a transaction:
    /// on PostgreSQL a failed insert would abort the surrounding one.
    static func claim(_ kind: ConsultationAlertKind, for id: UUID, at now: Date, on db: any Database) async throws -> Bool {
        let row = ConsultationAlert()
        row.$consultation.id = id
        row.kind = kind
        row.at = now
        do {
            try await row.create(on: db)
            return true
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return false
        }
    }

    // MARK: Workbench

    /// The questions still taking new lawyers that the roster offers `person` at `now` (narrow first, widening with
    /// the question's age), oldest first. Questions `person` already answered are left out. One read, then the
    /// same pure filter the live streams share (`WorkbenchSnapshot.offered(to:)`).
    static func offered(to person: String, now: Date, roster: DutyRoster, policy: ConsultationPolicy = .standard,
                        on db: any Database) async throws -> [Consultation] {
        let active = try await active(on: db).map(\.consultation)
        return WorkbenchSnapshot(at: now, roster: roster, active: active, policy: policy).offered(to: person)
    }

    /// The open, answered and fully answered consultations with their threads, oldest first: one query per table.
    static func active(on db: any Database) async throws -> [(record: ConsultationRecord, consultation: Consultation)] {
        let records = try await ConsultationRecord.query(on: db)
            .filter(\.$state ~~ [ConsultationState.open, .answered, .fullyAnswered]).sort(\.$askedAt).all()
        return Array(zip(records, try await domain(records, on: db)))
    }

    /// `records` as domain consultations with their threads and entries, in the same order: one query per table.
    static func domain(_ records: [ConsultationRecord], on db: any Database) async throws -> [Consultation] {
        guard !records.isEmpty else { return [] }
        let threads = try await ConsultationThreadRecord.query(on: db).filter(\.$consultation.$id ~~ records.compactMap(\.id)).sort(\.$id).all()
        let entries = threads.isEmpty ? [] : try await ConsultationEntryRecord.query(on: db)
            .filter(\.$thread.$id ~~ threads.compactMap(\.id)).sort(\.$id).all()
        let entriesByThread = Dictionary(grouping: entries) { $0.$thread.id }
        let threadsByConsultation = Dictionary(grouping: threads) { $0.$consultation.id }
        return try records.map { record in
            try record.domain(threads: (threadsByConsultation[try record.requireID()] ?? []).compactMap {
                $0.domain(entries: entriesByThread[$0.id ?? 0] ?? [])
            })
        }
    }

    // MARK: Roster

    /// The duty roster in force around `now`: weekly slots, dated slots from today on, declarations not yet over.
    static func roster(now: Date, widening: DutyRoster.Widening = .standard, on db: any Database) async throws -> DutyRoster {
        let today = LocalDate.inChina(now).description
        // Supervisors' duty is not an offer to answer (see DutySupervisors).
        let slots = try await DutySlotRecord.query(on: db)
            .filter(\.$kind == .lawyer)
            .group(.or) { $0.filter(\.$weekday != nil).filter(\.$onDate >= today) }
            .sort(\.$id).all()
        let declared = try await DutyAvailabilityRecord.query(on: db).filter(\.$until > now).sort(\.$id).all()
        return DutyRoster(slots: slots.compactMap(\.domain), availability: declared.compactMap(\.domain), widening: widening)
    }
}

/// The field classifier with the bundled keyword table (Resources/consultations/field-keywords.txt).
enum ConsultationFields {
    static let classifier: LegalFieldClassifier = {
        let url = Bundle.module.url(forResource: "field-keywords", withExtension: "txt", subdirectory: "consultations")
            ?? Bundle.module.url(forResource: "field-keywords", withExtension: "txt")
        let table = url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        return LegalFieldClassifier(table: table)
    }()
}
