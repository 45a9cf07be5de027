import Fluent
import FarunCore
import Vapor

/// 值班排班: the administrators' roster page (list, add, remove with a confirmation step) and its JSON API.
enum DutyRosterController {
    static func register(_ routes: any RoutesBuilder) {
        let access = Access.staff(DutyRosterQueries.permission)
        routes.on(.GET, .adminDutyRoster, access: access, use: index)
        routes.on(.POST, .adminDutyRoster, access: access, use: create)
        routes.on(.GET, .adminDutySlotDelete(.routeParameter), access: access, use: confirmDelete)
        routes.on(.POST, .adminDutySlotDelete(.routeParameter), access: access, use: delete)
        let filters: [APIDoc.QueryParameter] = [
            .init(name: "page", type: "integer", description: "1-based page"), .init(name: "per", type: "integer", description: "items per page, at most 100"),
            .init(name: "region_id", type: "integer", description: "slots in this region's subtree"),
            .init(name: "field", type: "string", description: "slots covering this legal field (all-field slots included)"),
            .init(name: "day", type: "string", description: "ISO weekday 1–7, or a date YYYY-MM-DD (that date's slots and its weekday's)"),
            .init(name: "kind", type: "string", description: "lawyer or supervisor"),
        ]
        routes.on(.GET, .api(.dutySlots), access: access,
                  doc: .init(summary: "Duty roster slots in the caller's regions (supervise_work_orders)", tag: "consultations",
                             query: filters, responseSchema: "DutySlot", isList: true), use: apiList)
        routes.on(.POST, .api(.dutySlots), access: access,
                  doc: .init(summary: "Add a duty slot (lawyer duty or duty supervisor) in the caller's regions", tag: "consultations",
                             requestSchema: "DutySlotWrite", responseSchema: "DutySlot", successStatus: 201), use: apiCreate)
        routes.on(.DELETE, .api(.dutySlot(.routeParameter)), access: access,
                  doc: .init(summary: "Remove a duty slot in the caller's regions", tag: "consultations", responseSchema: "DutySlot"), use: apiDelete)
    }

    static func filter(_ req: Request) -> DutyRosterQueries.Filter {
        .init(regionID: req.queryValue("region_id").flatMap(Int.init), field: req.queryValue("field").flatMap(LegalField.init(rawValue:)),
              day: req.queryValue("day"), kind: req.queryValue("kind").flatMap(DutyKind.init(rawValue:)))
    }

    static func context(_ req: Request) -> ConsultationContext {
        ConsultationContext(now: req.now, doer: Doer(req), secrets: req.secrets)
    }

    private static func page(_ req: Request, input: DutyRosterQueries.Input = .init(), problems: [FieldProblem] = [],
                             status: HTTPResponseStatus = .ok) async throws -> Response {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let scopes = staff.scopes(for: DutyRosterQueries.permission)
        let filter = filter(req)
        let (rows, info) = try await DutyRosterQueries.search(filter, scopes: scopes,
                                                              page: PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 50), on: req.db)
        let regions = try await RegionQueries.choices(scopes: scopes, on: req.db)
        let labels = try await RegionQueries.labels(for: regions, on: req.db)
        func options(_ people: [(id: Int, name: String)]) -> [Forms.Option] { people.map { .init(value: String($0.id), label: $0.name) } }
        let model = DutyRosterPage.Model(
            rows: rows.map(row), page: info, filter: filter,
            regions: regions.compactMap { r in r.id.map { .init(value: String($0), label: labels[$0] ?? r.name) } },
            lawyers: options(try await DutyRosterQueries.personChoices(kind: .lawyer, scopes: scopes, on: req.db)),
            supervisors: options(try await DutyRosterQueries.personChoices(kind: .supervisor, scopes: scopes, on: req.db)),
            input: input, problems: problems, done: req.queryValue("done"))
        return try await PageResponse(html: DutyRosterPage.View(model: model, context: req.pageContext).document(), status: status)
            .encodeResponse(for: req)
    }

    static func row(_ r: DutyRosterQueries.Row) -> DutyRosterPage.Row {
        .init(id: r.slot.id ?? 0, kind: r.slot.kind, person: r.personName, weekday: r.slot.weekday, date: r.slot.onDate, time: r.slot.timeRange,
              region: r.regionName, fields: DutyFields.parse(r.slot.fields).sorted { $0.rawValue < $1.rawValue })
    }

    @Sendable static func index(req: Request) async throws -> Response {
        try await page(req)
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let input = DutyRosterQueries.Input(kind: req.formValue("kind") ?? "", personID: req.formValue("person_id") ?? "",
                                            weekday: req.formValue("weekday") ?? "", date: req.formValue("date") ?? "",
                                            start: req.formValue("start") ?? "", end: req.formValue("end") ?? "",
                                            regionID: req.formValue("region_id") ?? "", fields: req.formValues("fields"))
        do {
            try await add(input, staff: staff, req: req)
            return req.redirect(to: SiteURL.adminDutyRoster.path(query: [("done", "added")]))
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            return try await page(req, input: input, problems: error.fieldProblems, status: .unprocessableEntity)
        }
    }

    @discardableResult
    static func add(_ input: DutyRosterQueries.Input, staff: StaffPrincipal, req: Request) async throws -> DutySlotRecord {
        let valid = try await DutyRosterQueries.validate(input, staff: staff, now: req.now, on: req.db)
        return try await DutyRosterStore.addSlot(person: valid.personID, kind: valid.kind, day: valid.day, start: valid.start, end: valid.end,
                                                 regionID: try valid.region.requireID(), fields: valid.fields, context: context(req), on: req.db)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let slot = try await DutyRosterQueries.find(try req.idParameter(), scopes: staff.scopes(for: DutyRosterQueries.permission), on: req.db)
        let shown = try await DutyRosterQueries.rows([slot], on: req.db)
        return PageResponse(html: DutySlotDeletePage.View(model: .init(row: row(shown[0])), context: req.pageContext).document())
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let slot = try await DutyRosterQueries.find(try req.idParameter(), scopes: staff.scopes(for: DutyRosterQueries.permission), on: req.db)
        try await DutyRosterStore.removeSlot(slot, context: context(req), on: req.db)
        return req.redirect(to: SiteURL.adminDutyRoster.path(query: [("done", "removed")]))
    }

    // MARK: - API

    @Sendable static func apiList(req: Request) async throws -> PageDTO<DutySlotDTO> {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let (rows, info) = try await DutyRosterQueries.search(filter(req), scopes: staff.scopes(for: DutyRosterQueries.permission),
                                                              page: APIController.pageRequest(req), on: req.db)
        return PageDTO(items: rows.map(DutySlotDTO.init), info: info)
    }

    @Sendable static func apiCreate(req: Request) async throws -> Response {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let body = try req.content.decode(DutySlotWriteDTO.self)
        let input = DutyRosterQueries.Input(kind: body.kind ?? DutyKind.lawyer.rawValue, personID: String(body.person_id),
                                            weekday: body.weekday.map(String.init) ?? "", date: body.date ?? "", start: body.start, end: body.end,
                                            regionID: String(body.region_id), fields: body.fields ?? [])
        let slot = try await add(input, staff: staff, req: req)
        let shown = try await DutyRosterQueries.rows([slot], on: req.db)
        return try await DutySlotDTO(shown[0]).encodeResponse(status: .created, for: req)
    }

    @Sendable static func apiDelete(req: Request) async throws -> DutySlotDTO {
        let staff = try req.requireStaff(DutyRosterQueries.permission)
        let slot = try await DutyRosterQueries.find(try req.idParameter(), scopes: staff.scopes(for: DutyRosterQueries.permission), on: req.db)
        let dto = DutySlotDTO(try await DutyRosterQueries.rows([slot], on: req.db)[0])
        try await DutyRosterStore.removeSlot(slot, context: context(req), on: req.db)
        return dto
    }
}

struct DutySlotDTO: Content {
    let id: Int
    let kind: String
    let person_id: Int
    let person_name: String
    let weekday: Int?
    let date: String?
    let start: String
    let end: String
    let region_id: Int
    let region_path: String
    let region_name: String
    let fields: [String]

    init(_ row: DutyRosterQueries.Row) {
        let s = row.slot
        id = s.id ?? 0
        kind = s.kind.rawValue
        person_id = s.$person.id
        person_name = row.personName
        weekday = s.weekday
        date = s.onDate
        start = DutySlotFormat.time(s.startMinute)
        end = DutySlotFormat.time(s.endMinute)
        region_id = s.$region.id
        region_path = s.regionPath
        region_name = row.regionName
        fields = DutyFields.parse(s.fields).map(\.rawValue).sorted()
    }
}

struct DutySlotWriteDTO: Content {
    let kind: String?
    let person_id: Int
    let weekday: Int?
    let date: String?
    let start: String
    let end: String
    let region_id: Int
    let fields: [String]?
}
