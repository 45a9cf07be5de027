import Fluent
import FarunCore
import SQLKit
import Vapor

/// Changing cases and FAQ: create, edit (optimistic version), publish and retire. Each is checked, audited and,
/// when citizens' view changes, counted in the search index's revision in one transaction; other instances are
/// told after the commit. Pages and the API both come through here.
enum KnowledgeEntryWrites {
    /// What a caller sends besides the content: the region the entry belongs to.
    struct Placement: Sendable {
        var regionID: Int?
    }

    static func create(_ form: KnowledgeEntryForm, in placement: Placement, staff: StaffPrincipal, by req: Request) async throws -> KnowledgeEntry {
        let (content, region) = try await checked(form, placement, staff: staff, on: req)
        let entry = KnowledgeEntry()
        entry.state = .draft
        entry.version = 1
        entry.$createdBy.id = staff.id
        try apply(content, region: region, to: entry, by: staff)
        try await req.db.writeTransaction { db in
            try await entry.create(on: db)
            try await replaceArticles(of: entry, with: content.articles, on: db)
            try await Audit.record("knowledge_entry.create", target: "knowledge_entry", id: entry.id, regionPath: region.regionPath,
                                   detail: ["kind": content.kind.rawValue, "title": content.title, "articles": "\(content.articles.count)"],
                                   by: req, on: db)
        }
        entry.$region.value = region
        return entry
    }

    /// Saves `form` over `entry` if nobody changed it since `seenVersion`. An edit of a published entry changes the
    /// search index at once.
    static func update(_ entry: KnowledgeEntry, to form: KnowledgeEntryForm, in placement: Placement, seenVersion: Int,
                       staff: StaffPrincipal, by req: Request) async throws {
        let (content, region) = try await checked(form, placement, staff: staff, on: req)
        guard entry.version == seenVersion else { throw AppError.conflict(.knowledgeStale) }
        let before = try await KnowledgeEntryQueries.content(of: entry, on: req.db)
        let changed = changedFields(from: before, to: content, regionChanged: entry.$region.id != region.id)
        let isPublic = KnowledgeEntryLifecycle.editIsPublic(in: entry.state)
        try await req.db.writeTransaction { db in
            try await claim(entry, seenVersion: seenVersion, on: db)
            try apply(content, region: region, to: entry, by: staff)
            try await entry.save(on: db)
            if before.articles != content.articles { try await replaceArticles(of: entry, with: content.articles, on: db) }
            try await Audit.record("knowledge_entry.update", target: "knowledge_entry", id: entry.id, regionPath: region.regionPath,
                                   detail: ["changed": changed.joined(separator: ", "), "state": entry.state.rawValue,
                                            "version": "\(seenVersion) → \(seenVersion + 1)"], by: req, on: db)
            if isPublic { try await KnowledgeRevisions.bump(.entries, at: req.now, on: db) }
        }
        entry.$region.value = region
        if isPublic { await KnowledgeRevisions.announce(.entries, for: req) }
    }

    /// Publishes or retires `entry` (see `KnowledgeEntryLifecycle`), if nobody changed it since `seenVersion`.
    static func perform(_ action: KnowledgeEntryAction, on entry: KnowledgeEntry, seenVersion: Int, staff: StaffPrincipal, by req: Request) async throws {
        let from = entry.state
        guard case .success(let to) = KnowledgeEntryLifecycle.apply(action, to: from) else {
            throw AppError.conflict(.knowledgeActionRefused, [req.l10n.name("entrystate", from), req.l10n.name("entryaction", action)])
        }
        guard entry.version == seenVersion else { throw AppError.conflict(.knowledgeStale) }
        let path = entry.region.regionPath
        try await req.db.writeTransaction { db in
            try await claim(entry, seenVersion: seenVersion, on: db)
            entry.state = to
            switch action {
            case .publish:
                entry.publishedAt = req.now
                entry.retiredAt = nil
            case .retire:
                entry.retiredAt = req.now
            }
            entry.$updatedBy.id = staff.id
            try await entry.save(on: db)
            try await Audit.record("knowledge_entry.\(action.rawValue)", target: "knowledge_entry", id: entry.id, regionPath: path,
                                   detail: ["from": from.rawValue, "to": to.rawValue, "title": entry.title,
                                            "version": "\(seenVersion) → \(seenVersion + 1)"], by: req, on: db)
            try await KnowledgeRevisions.bump(.entries, at: req.now, on: db)
        }
        await KnowledgeRevisions.announce(.entries, for: req)
    }

    // MARK: - Checks

    /// The content and region, or every problem: fields, references the imported statutes do not hold, and a
    /// region outside the caller's scope.
    static func checked(_ form: KnowledgeEntryForm, _ placement: Placement, staff: StaffPrincipal,
                        on req: Request) async throws -> (KnowledgeEntryContent, Region) {
        var problems: [FieldProblem] = []
        var content: KnowledgeEntryContent?
        switch form.parse(knownLaws: try await StatuteLinks.knownLawNames(on: req.db)) {
        case .success(let parsed): content = parsed
        case .failure(let failure): problems += failure.problems.map(\.fieldProblem)
        }
        if let content {
            let unknown = try await StatuteLinks.unknown(content.articles, today: req.now, on: req.db)
            if !unknown.isEmpty {
                problems.append(.init(field: "articles", message: .knowledgeArticlesUnknown, args: [unknown.map(\.citation).joined(separator: "、")]))
            }
        }
        var region: Region?
        if let regionID = placement.regionID, let found = try await Region.find(regionID, on: req.db), !found.isRetired,
           staff.allows(.manageKnowledge, in: found.regionPath) {
            region = found
        } else {
            problems.append(.init(field: "region_id", message: placement.regionID == nil ? .validationChoose : .knowledgeRegionOutOfScope))
        }
        guard problems.isEmpty, let content, let region else { throw AppError.validation(problems) }
        return (content, region)
    }

    // MARK: - Writing

    private static func apply(_ content: KnowledgeEntryContent, region: Region, to entry: KnowledgeEntry, by staff: StaffPrincipal) throws {
        entry.apply(content, regionID: try region.requireID())
        entry.$updatedBy.id = staff.id
    }

    static func replaceArticles(of entry: KnowledgeEntry, with articles: [ArticleReference], on db: any Database) async throws {
        let id = try entry.requireID()
        try await KnowledgeEntryArticle.query(on: db).filter(\.$entry.$id == id).delete()
        for (position, reference) in articles.enumerated() {
            let row = KnowledgeEntryArticle()
            row.$entry.id = id
            row.lawName = reference.lawName
            row.articleLabel = reference.articleLabel
            row.articleNumber = reference.articleNumber
            row.position = position
            try await row.create(on: db)
        }
    }

    /// Takes the version: a concurrent writer blocks here (PostgreSQL) or finds it moved on and is refused.
    private static func claim(_ entry: KnowledgeEntry, seenVersion: Int, on db: any Database) async throws {
        let bumped = try await db.sql.raw("""
            UPDATE knowledge_entries SET version = version + 1 WHERE id = \(bind: try entry.requireID()) AND version = \(bind: seenVersion) RETURNING id
            """).all()
        guard !bumped.isEmpty else { throw AppError.conflict(.knowledgeStale) }
        entry.version = seenVersion + 1
    }

    /// The fields that differ, for the audit trail.
    static func changedFields(from a: KnowledgeEntryContent, to b: KnowledgeEntryContent, regionChanged: Bool) -> [String] {
        let checks: [(String, Bool)] = [
            ("kind", a.kind != b.kind), ("title", a.title != b.title), ("summary", a.summary != b.summary), ("body", a.body != b.body),
            ("legal_field", a.legalField != b.legalField), ("source", a.source != b.source), ("articles", a.articles != b.articles),
            ("region_id", regionChanged),
        ]
        return checks.filter(\.1).map(\.0)
    }
}

extension KnowledgeEntryProblem {
    /// The message shown next to the field (and in the API's `errors`).
    var fieldProblem: FieldProblem {
        let field = field.rawValue
        switch kind {
        case .required: return .init(field: field, message: .validationRequired)
        case .tooLong where self.field == .articles: return .init(field: field, message: .knowledgeArticlesTooMany, args: [String(limit ?? 0)])
        case .tooLong: return .init(field: field, message: .validationTooLong, args: [String(limit ?? 0)])
        case .unknownChoice: return .init(field: field, message: .validationChoose)
        case .unreadableReference: return .init(field: field, message: .knowledgeArticlesUnreadable, args: [pieces.joined(separator: "、")])
        case .referenceWithoutLaw: return .init(field: field, message: .knowledgeArticlesWithoutLaw, args: [pieces.joined(separator: "、")])
        }
    }
}
