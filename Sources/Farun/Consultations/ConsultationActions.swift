import Fluent
import FarunCore
import Vapor

/// What the pages and the API both do with a consultation, on a request: parse the capability id, ask, answer,
/// follow up, rate. Refusals come back as `AppError`s (see `ConsultationErrors`).
enum ConsultationActions {
    /// A consultation with its lawyers' display names, as the citizen and the lawyers see it.
    struct Shown: Sendable {
        let loaded: ConsultationStore.Loaded
        let lawyerNames: [Int: String]
    }

    /// The consultation's UUID from the path; anything else is simply not found.
    static func id(_ req: Request) throws -> UUID {
        guard let raw = req.parameters.get("consultation"), let id = UUID(uuidString: raw) else {
            throw AppError.notFound(.consultationEntity)
        }
        return id
    }

    static func context(_ req: Request) -> ConsultationContext {
        // The feed: lawyers' live streams on this instance hear of the change at once (other instances via NOTIFY).
        ConsultationContext(now: req.now, doer: Doer(req), secrets: req.secrets, policy: req.application.settings.consultationPolicy,
                            feed: req.application.consultationFeed)
    }

    static func show(_ id: UUID, on db: any Database) async throws -> Shown {
        guard let loaded = try await ConsultationStore.load(id, on: db) else { throw AppError.notFound(.consultationEntity) }
        let ids = loaded.threads.map { $0.$lawyer.id }
        let users = ids.isEmpty ? [] : try await StaffUser.query(on: db).filter(\.$id ~~ ids).all()
        return Shown(loaded: loaded, lawyerNames: Dictionary(uniqueKeysWithValues: users.compactMap { u in u.id.map { ($0, u.displayName) } }))
    }

    /// Asks as the signed-in citizen, or anonymously with a mobile number. Rate-limited per address and per phone.
    static func ask(_ req: Request, text: String, field: QuestionField?, regionID: Int?, phone: String?, consent: Bool) async throws -> ConsultationRecord {
        try await RateLimiter.hit("consult:ip:\(req.clientIP)", limit: 20, window: 3600, on: req)
        let asker: ConsultationStore.Asker
        if let citizen = req.citizen {
            asker = .citizen(citizen.id)
        } else {
            let number = (phone ?? "").trimmingCharacters(in: .whitespaces)
            guard let mobile = try? PhoneNumber.normalizeMobile(number) else { throw ConsultationErrors.appError(ConsultationInputProblem.phone) }
            // Keyed by the normalised number, so +86 or spaces do not open a second allowance.
            try await RateLimiter.hit("consult:phone:\(req.secrets.lookupHash(mobile))", limit: 10, window: 3600, on: req)
            asker = .phone(number)
        }
        guard let regionID else { throw ConsultationErrors.appError(ConsultationInputProblem.unknownRegion) }
        let question = ConsultationStore.Question(text: text, field: field, regionID: regionID, asker: asker, consentsToPublication: consent)
        return try await ConsultationErrors.mapped { try await ConsultationStore.ask(question, context: context(req), on: req.db) }
    }

    /// The signed-in lawyer answers (a first answer opens their thread; later ones reply to follow-ups).
    /// Outside the lawyer's grant the consultation is not found.
    static func answer(_ req: Request, _ id: UUID, text: String, articles: [String]) async throws {
        let staff = try req.requireStaff(.handleWorkOrders)
        guard let record = try await ConsultationRecord.find(id, on: req.db) else { throw AppError.notFound(.consultationEntity) }
        let lawyer = ConsultationLawyer(key: String(staff.id), grants: staff.grants)
        guard lawyer.mayAnswer(in: record.path) else { throw AppError.notFound(.consultationEntity) }
        // Refused before anything is written when a reference names an unknown law or article.
        let articles = try await ConsultationArticles.verify(articles, today: req.now, l: req.l10n, on: req.db)
        try await ConsultationErrors.mapped {
            try await ConsultationStore.apply(.answer(lawyer, at: req.now), to: id, message: .init(text: text, articles: articles),
                                              context: context(req), on: req.db)
        }
    }

    static func followUp(_ req: Request, _ id: UUID, lawyer: Int, text: String) async throws {
        try await RateLimiter.hit("consult:follow-up:ip:\(req.clientIP)", limit: 60, window: 3600, on: req)
        try await ConsultationErrors.mapped {
            try await ConsultationStore.apply(.followUp(lawyer: String(lawyer), at: req.now), to: id, message: .init(text: text),
                                              context: context(req), on: req.db)
        }
    }

    /// Rates one lawyer's thread; `best` also marks it most helpful.
    static func rate(_ req: Request, _ id: UUID, lawyer: Int, score: Int?, best: Bool, consent: Bool?) async throws {
        try await ConsultationErrors.mapped {
            if let score { try await ConsultationStore.apply(.rate(lawyer: String(lawyer), score: score), to: id, context: context(req), on: req.db) }
            if best { try await ConsultationStore.apply(.markBest(lawyer: String(lawyer)), to: id, context: context(req), on: req.db) }
            if let consent { try await ConsultationStore.apply(.consentToPublication(consent), to: id, context: context(req), on: req.db) }
        }
    }
}
