import Fluent
import FarunCore
import Vapor

/// The staff-added search vocabulary (口语 → 法律用语): listing, adding and deleting rows. The vocabulary serves the
/// whole deployment's search, so, like the service catalog, anyone who manages knowledge may look and only those
/// who manage it at the root region may change it. Each change is audited and counted in the index's revision.
enum SearchExpansionWrites {
    /// The root region, where the caller must hold `manageKnowledge` to change the vocabulary.
    @discardableResult
    static func requireManager(_ req: Request) async throws -> Region {
        guard let root = try await RegionQueries.root(on: req.db) else { throw AppError.forbidden }
        try req.requireStaff(.manageKnowledge, in: root.regionPath)
        return root
    }

    static func mayChange(_ req: Request) async throws -> Bool {
        guard let staff = req.staff, let root = try await RegionQueries.root(on: req.db) else { return false }
        return staff.allows(.manageKnowledge, in: root.regionPath)
    }

    /// Rows whose colloquial word or legal terms contain `text`, alphabetical by the colloquial word.
    static func search(text: String?, page: PageRequest, on db: any Database) async throws -> ([SearchExpansion], PageInfo) {
        let query = SearchExpansion.query(on: db).with(\.$createdBy)
        if let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let like = "%\(RegionQueries.escapeLike(String(text.prefix(20))))%"
            query.group(.or) { group in
                group.filter(\.$colloquial, .custom("LIKE"), like)
                group.filter(\.$legalTerms, .custom("LIKE"), like)
            }
        }
        let total = try await query.count()
        let rows = try await query.sort(\.$colloquial).sort(\.$id).offset(min(page.offset, 1_000_000)).limit(page.per).all()
        return (rows, PageInfo(request: page, total: total))
    }

    static func find(_ id: Int, on db: any Database) async throws -> SearchExpansion {
        guard let row = try await SearchExpansion.find(id, on: db) else { throw AppError.notFound(.thingSearchExpansion) }
        return row
    }

    /// Adds a row. A colloquial word already in the table is refused with a message naming it.
    static func create(colloquial: String, legalTerms: String, root: Region, by req: Request) async throws -> SearchExpansion {
        let parsed = SearchExpansionRow.parse(colloquial: colloquial, legalTerms: legalTerms)
        guard case .success(let row) = parsed else {
            if case .failure(let failure) = parsed { throw AppError.validation(failure.problems.map(\.fieldProblem)) }
            throw AppError.validation([])
        }
        let taken = AppError.validation([.init(field: "colloquial", message: .expansionDuplicate, args: [row.colloquial])])
        if try await SearchExpansion.query(on: req.db).filter(\.$colloquial == row.colloquial).first() != nil { throw taken }
        let expansion = SearchExpansion()
        expansion.colloquial = row.colloquial
        expansion.legalTerms = row.legalTermsText
        expansion.$createdBy.id = req.staff?.id
        do {
            try await req.db.writeTransaction { db in
                try await expansion.create(on: db)
                try await Audit.record("search_expansion.create", target: "search_expansion", id: expansion.id, regionPath: root.regionPath,
                                       detail: ["colloquial": row.colloquial, "legal_terms": row.legalTermsText], by: req, on: db)
                try await KnowledgeRevisions.bump(.expansions, at: req.now, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Someone added the same word a moment ago (the unique index decides).
            throw taken
        }
        await KnowledgeRevisions.announce(.expansions, for: req)
        return expansion
    }

    static func delete(_ expansion: SearchExpansion, root: Region, by req: Request) async throws {
        try await req.db.writeTransaction { db in
            try await expansion.delete(on: db)
            try await Audit.record("search_expansion.delete", target: "search_expansion", id: expansion.id, regionPath: root.regionPath,
                                   detail: ["colloquial": expansion.colloquial, "legal_terms": expansion.legalTerms], by: req, on: db)
            try await KnowledgeRevisions.bump(.expansions, at: req.now, on: db)
        }
        await KnowledgeRevisions.announce(.expansions, for: req)
    }
}

extension SearchExpansionRow.Problem {
    var fieldProblem: FieldProblem {
        let field = field.rawValue
        switch kind {
        case .required: return .init(field: field, message: .validationRequired)
        case .tooLong: return .init(field: field, message: .validationTooLong, args: [String(limit ?? 0)])
        case .termCount: return .init(field: field, message: .expansionTermCount, args: [String(limit ?? 0)])
        case .termTooLong: return .init(field: field, message: .expansionTermTooLong, args: [term ?? "", String(limit ?? 0)])
        case .duplicateTerm: return .init(field: field, message: .expansionTermRepeated, args: [term ?? ""])
        case .termIsColloquial: return .init(field: field, message: .expansionTermIsColloquial, args: [term ?? ""])
        case .containsSpace: return .init(field: field, message: .expansionColloquialSpace)
        }
    }
}
