import Fluent
import FarunCore
import Vapor

/// Cases and FAQ as JSON: anyone reads published entries; staff who manage knowledge also see drafts and retired
/// entries of their regions, and write, publish and retire them.
enum KnowledgeEntriesAPIController {
    static func register(_ routes: any RoutesBuilder) {
        let paging: [APIDoc.QueryParameter] = [.init(name: "page", type: "integer", description: "1-based page"),
                                               .init(name: "per", type: "integer", description: "items per page, at most 100")]
        routes.on(.GET, .api(.knowledgeEntries), access: .everyone,
                  doc: .init(summary: "Typical cases and FAQ: published ones for everyone, plus drafts and retired ones of the caller's regions for staff who manage knowledge",
                             tag: "knowledge",
                             query: paging + [.init(name: "q", type: "string", description: "part of the title, summary or body"),
                                              .init(name: "kind", type: "string", description: "case or faq"),
                                              .init(name: "field", type: "string", description: "legal field"),
                                              .init(name: "state", type: "string", description: "draft, published or retired (staff)")],
                             responseSchema: "KnowledgeEntry", isList: true), use: list)
        routes.on(.POST, .api(.knowledgeEntries), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Write a case or FAQ (a draft)", tag: "knowledge", requestSchema: "KnowledgeEntryWrite",
                             responseSchema: "KnowledgeEntry", successStatus: 201), use: create)
        routes.on(.GET, .api(.knowledgeEntry(.routeParameter)), access: .everyone,
                  doc: .init(summary: "One case or FAQ with its linked articles (published, or in the caller's regions)", tag: "knowledge",
                             responseSchema: "KnowledgeEntry"), use: one)
        routes.on(.PUT, .api(.knowledgeEntry(.routeParameter)), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Replace a case or FAQ (optimistic version check)", tag: "knowledge", requestSchema: "KnowledgeEntryWrite",
                             responseSchema: "KnowledgeEntry"), use: replace)
        routes.on(.POST, .api(.knowledgeEntryPublish(.routeParameter)), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Publish a draft or republish a retired entry", tag: "knowledge", requestSchema: "KnowledgeEntryVersion",
                             responseSchema: "KnowledgeEntry"), use: publish)
        routes.on(.POST, .api(.knowledgeEntryRetire(.routeParameter)), access: .staff(.manageKnowledge),
                  doc: .init(summary: "Retire a published entry", tag: "knowledge", requestSchema: "KnowledgeEntryVersion",
                             responseSchema: "KnowledgeEntry"), use: retire)
    }

    /// The staff member when they manage knowledge somewhere; they see more than the public.
    private static func manager(_ req: Request) -> StaffPrincipal? {
        guard let staff = req.staff, staff.allows(.manageKnowledge) else { return nil }
        return staff
    }

    @Sendable static func list(req: Request) async throws -> PageDTO<KnowledgeEntryDTO> {
        func choice<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
            guard let raw = req.queryValue(name) else { return nil }
            guard let value = T(rawValue: raw) else { throw AppError.validation([.init(field: name, message: .validationChoose)]) }
            return value
        }
        let filter = KnowledgeEntryQueries.Filter(text: req.queryValue("q"), kind: try choice("kind", KnowledgeEntryKind.self),
                                                  state: try choice("state", KnowledgeEntryState.self), field: try choice("field", LegalField.self))
        let visibility: KnowledgeEntryQueries.Visibility = manager(req).map { .publishedOrScoped($0.scopes(for: .manageKnowledge)) } ?? .published
        let (rows, info) = try await KnowledgeEntryQueries.search(filter, visibility: visibility, page: APIController.pageRequest(req), on: req.db)
        return PageDTO(items: try await dtos(rows, on: req), info: info)
    }

    @Sendable static func one(req: Request) async throws -> KnowledgeEntryDTO {
        let entry = try await KnowledgeEntryQueries.findVisible(try req.idParameter(), staff: manager(req), on: req.db)
        return try await dtos([entry], on: req)[0]
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageKnowledge)
        let input = try req.content.decode(KnowledgeEntryWriteDTO.self)
        let regionID = input.region_id ?? staff.scopes(for: .manageKnowledge).first?.ids.last
        let entry = try await KnowledgeEntryWrites.create(input.form, in: .init(regionID: regionID), staff: staff, by: req)
        return try await dtos([entry], on: req)[0].encodeResponse(status: .created, for: req)
    }

    @Sendable static func replace(req: Request) async throws -> KnowledgeEntryDTO {
        let (entry, staff) = try await KnowledgeAdminController.scopedEntry(req)
        let input = try req.content.decode(KnowledgeEntryWriteDTO.self)
        guard let version = input.version else { throw AppError.validation([.init(field: "version", message: .validationRequired)]) }
        try await KnowledgeEntryWrites.update(entry, to: input.form, in: .init(regionID: input.region_id ?? entry.$region.id),
                                              seenVersion: version, staff: staff, by: req)
        return try await dtos([entry], on: req)[0]
    }

    @Sendable static func publish(req: Request) async throws -> KnowledgeEntryDTO {
        try await perform(.publish, req)
    }

    @Sendable static func retire(req: Request) async throws -> KnowledgeEntryDTO {
        try await perform(.retire, req)
    }

    private static func perform(_ action: KnowledgeEntryAction, _ req: Request) async throws -> KnowledgeEntryDTO {
        let (entry, staff) = try await KnowledgeAdminController.scopedEntry(req)
        let input = try req.content.decode(KnowledgeEntryVersionDTO.self)
        try await KnowledgeEntryWrites.perform(action, on: entry, seenVersion: input.version, staff: staff, by: req)
        return try await dtos([entry], on: req)[0]
    }

    /// Entries with their linked articles resolved against the imported statutes.
    static func dtos(_ entries: [KnowledgeEntry], on req: Request) async throws -> [KnowledgeEntryDTO] {
        let articles = try await KnowledgeEntryQueries.articles(of: entries.compactMap(\.id), on: req.db)
        let today = req.now
        var out: [KnowledgeEntryDTO] = []
        for entry in entries {
            let links = try await StatuteLinks.resolve(articles[try entry.requireID()] ?? [], today: today, on: req.db)
            out.append(try KnowledgeEntryDTO(entry, links: links))
        }
        return out
    }
}
