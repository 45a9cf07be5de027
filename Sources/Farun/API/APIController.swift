import Fluent
import FarunCore
import Vapor

/// JSON API under /api/v1 for regions, service points, professionals, staff and the audit trail.
/// The same queries and checks as the pages; bearer tokens or a browser session authenticate.
enum APIController {
    static func register(_ routes: any RoutesBuilder) {
        let paging: [APIDoc.QueryParameter] = [.init(name: "page", type: "integer", description: "1-based page"),
                                               .init(name: "per", type: "integer", description: "items per page, at most 100")]
        routes.on(.GET, .api(.me), access: .staff(.useStaffArea),
                  doc: .init(summary: "The calling staff member or token owner", tag: "auth", responseSchema: "Me"), use: me)
        routes.on(.GET, .api(.regions), access: .staff(.viewRegions),
                  doc: .init(summary: "Search regions in the caller's scope", tag: "regions",
                             query: paging + [.init(name: "q", type: "string", description: "name or code prefix"),
                                              .init(name: "level", type: "string", description: "region level"),
                                              .init(name: "parent", type: "integer", description: "parent region id"),
                                              .init(name: "retired", type: "boolean", description: "include retired regions")],
                             responseSchema: "Region", isList: true), use: regions)
        routes.on(.POST, .api(.regions), access: .staff(.manageRegions),
                  doc: .init(summary: "Create a region under a parent", tag: "regions", requestSchema: "NewRegion", responseSchema: "Region", successStatus: 201), use: createRegion)
        routes.on(.GET, .api(.region(.routeParameter)), access: .staff(.viewRegions),
                  doc: .init(summary: "One region", tag: "regions", responseSchema: "Region"), use: region)
        routes.on(.GET, .api(.regionChildren(.routeParameter)), access: .staff(.viewRegions),
                  doc: .init(summary: "Direct children of a region", tag: "regions", query: paging, responseSchema: "Region", isList: true), use: regionChildren)
        routes.on(.GET, .api(.servicePoints), access: .everyone,
                  doc: .init(summary: "Open service points (public)", tag: "service-points",
                             query: paging + [.init(name: "q", type: "string", description: "name or address"),
                                              .init(name: "kind", type: "string", description: "service point kind"),
                                              .init(name: "region", type: "integer", description: "region id (its whole subtree)")],
                             responseSchema: "ServicePoint", isList: true), use: servicePoints)
        routes.on(.POST, .api(.servicePoints), access: .staff(.manageServicePoints),
                  doc: .init(summary: "Create a service point", tag: "service-points", requestSchema: "ServicePointWrite", responseSchema: "ServicePoint", successStatus: 201), use: createServicePoint)
        routes.on(.GET, .api(.servicePoint(.routeParameter)), access: .everyone,
                  doc: .init(summary: "One open service point (public)", tag: "service-points", responseSchema: "ServicePoint"), use: servicePoint)
        routes.on(.PATCH, .api(.servicePoint(.routeParameter)), access: .staff(.manageServicePoints),
                  doc: .init(summary: "Change a service point (e.g. capacity, notice)", tag: "service-points", requestSchema: "ServicePointWrite", responseSchema: "ServicePoint"), use: updateServicePoint)
        routes.on(.GET, .api(.professionals), access: .everyone,
                  doc: .init(summary: "Public directory of legal professionals", tag: "professionals",
                             query: paging + [.init(name: "q", type: "string", description: "name or organisation"),
                                              .init(name: "specialty", type: "string", description: "legal field"),
                                              .init(name: "profession", type: "string", description: "lawyer, notary, mediator …"),
                                              .init(name: "region", type: "integer", description: "region served")],
                             responseSchema: "Professional", isList: true), use: professionals)
        routes.on(.GET, .api(.professional(.routeParameter)), access: .everyone,
                  doc: .init(summary: "One public professional profile", tag: "professionals", responseSchema: "Professional"), use: professional)
        routes.on(.GET, .api(.staff), access: .staff(.viewStaff),
                  doc: .init(summary: "Staff in the caller's scope", tag: "staff",
                             query: paging + [.init(name: "q", type: "string", description: "name or username"),
                                              .init(name: "role", type: "string", description: "role")],
                             responseSchema: "Staff", isList: true), use: staff)
        routes.on(.GET, .api(.staffMember(.routeParameter)), access: .staff(.viewStaff),
                  doc: .init(summary: "One staff member", tag: "staff", responseSchema: "Staff"), use: staffMember)
        routes.on(.GET, .api(.auditEvents), access: .staff(.viewAudit),
                  doc: .init(summary: "Audit trail in the caller's scope, newest first", tag: "audit",
                             query: paging + [.init(name: "action", type: "string", description: "action prefix"),
                                              .init(name: "actor", type: "string", description: "actor username")],
                             responseSchema: "AuditEvent", isList: true), use: auditEvents)
    }

    static func pageRequest(_ req: Request) -> PageRequest {
        PageRequest(page: req.queryValue("page").flatMap(Int.init), per: req.queryValue("per").flatMap(Int.init))
    }

    @Sendable static func me(req: Request) async throws -> MeDTO {
        let s = try req.requireStaff(.useStaffArea)
        return MeDTO(id: s.id, username: s.username, display_name: s.displayName,
                     grants: s.grantInfos.map { .init(role: $0.role.rawValue, region_id: $0.regionID, region_name: $0.regionName) },
                     permissions: Permission.allCases.filter { s.allows($0) }.map(\.rawValue),
                     token_scopes: s.tokenScopes.map { $0.map(\.rawValue).sorted() })
    }

    @Sendable static func regions(req: Request) async throws -> PageDTO<RegionDTO> {
        let s = try req.requireStaff(.viewRegions)
        let filter = RegionQueries.Filter(text: req.queryValue("q"), level: req.queryValue("level").flatMap(RegionLevel.init(rawValue:)),
                                          parentID: req.queryValue("parent").flatMap(Int.init), includeRetired: req.queryValue("retired") == "true")
        let (rows, info) = try await RegionQueries.search(filter, scopes: s.scopes(for: .viewRegions), page: pageRequest(req), on: req.db)
        return PageDTO(items: try rows.map(RegionDTO.init), info: info)
    }

    @Sendable static func region(req: Request) async throws -> RegionDTO {
        let region = try await RegionQueries.find(try req.idParameter(), on: req.db)
        try req.requireStaff(.viewRegions, in: region.regionPath, hideAs: .thingRegion)
        return try RegionDTO(region)
    }

    @Sendable static func regionChildren(req: Request) async throws -> PageDTO<RegionDTO> {
        let region = try await RegionQueries.find(try req.idParameter(), on: req.db)
        try req.requireStaff(.viewRegions, in: region.regionPath, hideAs: .thingRegion)
        let (rows, info) = try await RegionQueries.search(.init(parentID: region.id), scopes: [region.regionPath], page: pageRequest(req), on: req.db)
        return PageDTO(items: try rows.map(RegionDTO.init), info: info)
    }

    @Sendable static func createRegion(req: Request) async throws -> Response {
        let input = try req.content.decode(NewRegionDTO.self)
        let parent = try await RegionQueries.find(input.parent_id, on: req.db)
        try req.requireStaff(.manageRegions, in: parent.regionPath, hideAs: .thingRegion)
        guard let level = RegionLevel(rawValue: input.level) else { throw AppError.validation([.init(field: "level", message: .validationChoose)]) }
        let region = try await req.db.transaction { db in
            let region = try await RegionQueries.create(.init(name: input.name, level: level, parentID: input.parent_id, code: input.code), on: db)
            try await Audit.record("region.create", target: "region", id: region.id, regionPath: region.regionPath,
                                   detail: ["name": region.name, "level": level.rawValue], by: req, on: db)
            return region
        }
        return try await RegionDTO(region).encodeResponse(status: .created, for: req)
    }

    @Sendable static func servicePoints(req: Request) async throws -> PageDTO<ServicePointDTO> {
        var filter = ServicePointQueries.Filter(text: req.queryValue("q"), kind: req.queryValue("kind").flatMap(ServicePointKind.init(rawValue:)))
        if let id = req.queryValue("region").flatMap(Int.init), let region = try await Region.find(id, on: req.db) { filter.within = region.regionPath }
        let (rows, info) = try await ServicePointQueries.search(filter, scopes: nil, page: pageRequest(req), on: req.db)
        return PageDTO(items: try rows.map(ServicePointDTO.init), info: info)
    }

    @Sendable static func servicePoint(req: Request) async throws -> ServicePointDTO {
        let point = try await ServicePointQueries.find(try req.idParameter(), on: req.db)
        guard point.closedAt == nil || req.staff?.allows(.viewServicePoints, in: point.region.regionPath) == true else {
            throw AppError.notFound(.thingServicePoint)
        }
        return try ServicePointDTO(point)
    }

    private static func input(_ dto: ServicePointWriteDTO, base: ServicePointQueries.Input) -> ServicePointQueries.Input {
        var i = base
        if let v = dto.name { i.name = v.trimmingCharacters(in: .whitespaces) }
        if let v = dto.kind { i.kind = v }
        if let v = dto.region_id { i.regionID = v }
        if let v = dto.address { i.address = v.trimmingCharacters(in: .whitespaces) }
        if let v = dto.opening_hours { i.openingHours = v }
        if let v = dto.capacity { i.capacity = String(v) }
        if let v = dto.phone { i.phone = v }
        if let v = dto.notice { i.notice = v }
        return i
    }

    @Sendable static func createServicePoint(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.manageServicePoints)
        let point = ServicePoint()
        try await ServicePointQueries.save(input(try req.content.decode(ServicePointWriteDTO.self), base: .init()), into: point, staff: staff, by: req)
        return try await ServicePointDTO(point).encodeResponse(status: .created, for: req)
    }

    @Sendable static func updateServicePoint(req: Request) async throws -> ServicePointDTO {
        let point = try await ServicePointQueries.find(try req.idParameter(), on: req.db)
        let staff = try req.requireStaff(.manageServicePoints, in: point.region.regionPath, hideAs: .thingServicePoint)
        try await ServicePointQueries.save(input(try req.content.decode(ServicePointWriteDTO.self), base: .from(point)), into: point, staff: staff, by: req)
        return try ServicePointDTO(point)
    }

    @Sendable static func professionals(req: Request) async throws -> PageDTO<ProfessionalDTO> {
        let filter = ProfessionalQueries.Filter(text: req.queryValue("q"), specialty: req.queryValue("specialty").flatMap(LegalField.init(rawValue:)),
                                                profession: req.queryValue("profession").flatMap(StaffRole.init(rawValue:)),
                                                regionID: req.queryValue("region").flatMap(Int.init))
        let (rows, info) = try await ProfessionalQueries.search(filter, page: pageRequest(req), on: req.db)
        return PageDTO(items: try await ProfessionalQueries.cards(rows, on: req.db).map(ProfessionalDTO.init), info: info)
    }

    @Sendable static func professional(req: Request) async throws -> ProfessionalDTO {
        ProfessionalDTO(try await ProfessionalQueries.publicCard(try req.idParameter(), on: req.db))
    }

    @Sendable static func staff(req: Request) async throws -> PageDTO<StaffDTO> {
        let s = try req.requireStaff(.viewStaff)
        let filter = StaffQueries.Filter(text: req.queryValue("q"), role: req.queryValue("role").flatMap(StaffRole.init(rawValue:)))
        let (rows, info) = try await StaffQueries.search(filter, scopes: s.scopes(for: .viewStaff), page: pageRequest(req), on: req.db)
        return PageDTO(items: try rows.map(StaffDTO.init), info: info)
    }

    @Sendable static func staffMember(req: Request) async throws -> StaffDTO {
        let s = try req.requireStaff(.viewStaff)
        let user = try await StaffQueries.find(try req.idParameter(), on: req.db)
        guard StaffQueries.canView(user, by: s) else { throw AppError.notFound(.thingStaff) }
        return try StaffDTO(user)
    }

    @Sendable static func auditEvents(req: Request) async throws -> PageDTO<AuditEventDTO> {
        let s = try req.requireStaff(.viewAudit)
        let (rows, info) = try await AuditController.search(scopes: s.scopes(for: .viewAudit), action: req.queryValue("action"),
                                                            actor: req.queryValue("actor"), page: pageRequest(req), on: req.db)
        return PageDTO(items: try rows.map(AuditEventDTO.init), info: info)
    }
}
