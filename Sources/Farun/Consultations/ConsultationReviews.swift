import Fluent
import FarunCore
import Foundation
import SQLKit
import Vapor

/// The FAQ publication review (常见问题发布审核): staff with `manageKnowledge` in the consultation's region review
/// closed consultations whose asker consented and marked a best answer, edit the redacted question and answer, and
/// publish them as an FAQ (a published `KnowledgeEntry`, counted in the search index's revision) or reject them.
enum ConsultationReviews {
    /// What the reviewer edits, pre-filled from the consultation with personal numbers masked.
    struct Draft: Sendable, Equatable {
        var title: String
        var summary: String
        var body: String
        var legalField: String
        var articles: String
        var source: String
    }

    /// Closed, consented, with a best answer and not reviewed yet, in the caller's `manageKnowledge` regions; oldest
    /// closed first.
    static func queue(for staff: StaffPrincipal, on db: any Database) async throws -> [ConsultationRecord] {
        let scopes = staff.scopes(for: .manageKnowledge)
        guard !scopes.isEmpty else { return [] }
        let reviewed = try await ConsultationReview.query(on: db).all().map { $0.$consultation.id }
        var query = ConsultationRecord.query(on: db)
            .filter(\.$state == .closed).filter(\.$consentsToPublication == true).filter(\.$bestLawyer.$id != nil)
            .group(.or) { group in for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) } }
        if !reviewed.isEmpty { query = query.filter(\.$id !~ reviewed) }
        return try await query.sort(\.$closedAt).sort(\.$askedAt).all()
    }

    /// The consultation for review: 404 outside the caller's regions, 409 when it cannot (or can no longer) be
    /// reviewed.
    static func reviewable(_ id: UUID, staff: StaffPrincipal, on db: any Database) async throws -> ConsultationActions.Shown {
        let shown = try await ConsultationActions.show(id, on: db)
        let record = shown.loaded.record
        guard staff.allows(.manageKnowledge, in: record.path) else { throw AppError.notFound(.consultationEntity) }
        if try await ConsultationReview.query(on: db).filter(\.$consultation.$id == id).first() != nil {
            throw AppError.conflict(.consultReviewDone)
        }
        let c = shown.loaded.consultation
        guard c.state == .closed, c.consentsToPublication, c.bestLawyer != nil else { throw AppError.conflict(.consultReviewNotEligible) }
        return shown
    }

    /// The pre-filled text: the (again) masked question as the title, the best lawyer's first answer as the
    /// summary and all their answers as the body, their article references, the consultation's field.
    static func draft(_ shown: ConsultationActions.Shown, l: L10n) -> Draft {
        let loaded = shown.loaded
        let best = loaded.threads.first { String($0.$lawyer.id) == loaded.consultation.bestLawyer }
        let answers = (best.flatMap { loaded.entries[$0.id ?? 0] } ?? []).filter { $0.kind == .answer }
        let masked = answers.map { PersonalDataMasking.mask($0.text).text }
        var articles: [String] = []
        for answer in answers { for article in answer.articles where !articles.contains(article) { articles.append(article) } }
        let field: String = if case .known(let legal) = loaded.record.field { legal.rawValue } else { "" }
        return Draft(title: String(PersonalDataMasking.mask(loaded.record.question).text.prefix(KnowledgeEntryContent.Bounds.title)),
                     summary: String((masked.first ?? "").prefix(KnowledgeEntryContent.Bounds.summary)),
                     body: String(masked.joined(separator: "\n\n").prefix(KnowledgeEntryContent.Bounds.body)),
                     legalField: field, articles: articles.joined(separator: "\n"), source: l(.consultReviewSource))
    }

    /// Publishes the reviewed text as a published FAQ and the consultation as published, in one transaction;
    /// the search index hears of it after the commit.
    static func publish(_ id: UUID, draft: Draft, staff: StaffPrincipal, req: Request) async throws -> KnowledgeEntry {
        let shown = try await reviewable(id, staff: staff, on: req.db)
        let record = shown.loaded.record
        let form = KnowledgeEntryForm(kind: KnowledgeEntryKind.faq.rawValue, title: draft.title, summary: draft.summary, body: draft.body,
                                      legalField: draft.legalField, source: draft.source, articles: draft.articles)
        let (content, region) = try await KnowledgeEntryWrites.checked(form, .init(regionID: record.$region.id), staff: staff, on: req)
        let context = ConsultationContext(now: req.now, doer: Doer(req), secrets: req.secrets)
        let entry = KnowledgeEntry()
        try await mapped {
            try await req.db.writeTransaction { tx in
                try await ConsultationStore.apply(.publish(at: context.now, reviewed: true), to: id, context: context, on: tx)
                entry.apply(content, regionID: try region.requireID())
                entry.state = .published
                entry.publishedAt = context.now
                entry.version = 1
                entry.$createdBy.id = staff.id
                entry.$updatedBy.id = staff.id
                try await entry.create(on: tx)
                try await KnowledgeEntryWrites.replaceArticles(of: entry, with: content.articles, on: tx)
                try await saveReview(id, .published, staff: staff, question: content.title, answer: content.body, note: "",
                                 entry: try entry.requireID(), at: context.now, on: tx)
                try await Audit.record("knowledge_entry.publish", target: "knowledge_entry", id: entry.id, regionPath: region.regionPath,
                                       detail: ["kind": content.kind.rawValue, "title": content.title, "consultation": id.uuidString],
                                       doer: context.doer, at: context.now, on: tx)
                try await KnowledgeRevisions.bump(.entries, at: context.now, on: tx)
            }
        }
        await KnowledgeRevisions.announce(.entries, for: req)
        return entry
    }

    /// Records that the consultation is not suitable as an FAQ; it stays closed and leaves the queue.
    static func reject(_ id: UUID, note: String, staff: StaffPrincipal, req: Request) async throws {
        let shown = try await reviewable(id, staff: staff, on: req.db)
        let note = String(note.trimmingCharacters(in: .whitespacesAndNewlines).prefix(500))
        let now = req.now
        let doer = Doer(req)
        try await mapped {
            try await req.db.writeTransaction { tx in
                try await ConsultationStore.lock(id, on: tx)
                try await saveReview(id, .rejected, staff: staff, question: "", answer: "", note: note, entry: nil, at: now, on: tx)
                try await Audit.record("consultation.review_reject", target: "consultation", id: nil, regionPath: shown.loaded.record.path,
                                       detail: ["consultation": id.uuidString, "note": note], doer: doer, at: now, on: tx)
            }
        }
    }

    private static func saveReview(_ id: UUID, _ outcome: ConsultationReviewOutcome, staff: StaffPrincipal, question: String, answer: String,
                               note: String, entry: Int?, at now: Date, on db: any Database) async throws {
        let review = ConsultationReview()
        review.$consultation.id = id
        review.outcome = outcome
        review.$reviewer.id = staff.id
        review.reviewedAt = now
        review.question = question
        review.answer = answer
        review.note = note
        review.$knowledgeEntry.id = entry
        try await review.create(on: db)
    }

    /// A second reviewer at the same moment meets the unique review row (or the lifecycle's refusal): 409.
    private static func mapped(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AppError.conflict(.consultReviewDone)
        } catch is ConsultationProblem {
            throw AppError.conflict(.consultReviewNotEligible)
        }
    }
}
