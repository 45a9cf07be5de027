import Fluent
import FarunCore
import Foundation
import Vapor

/// The duty roster as administrators see and change it (值班排班管理), within the regions where they hold
/// `superviseWorkOrders`: list with filters, add with field-by-field problems, remove.
enum DutyRosterQueries {
    static let permission = Permission.superviseWorkOrders

    struct Filter: Sendable, Equatable {
        var regionID: Int?
        var field: LegalField?
        /// "1"…"7" (ISO weekday) or a date "YYYY-MM-DD": the slots in force that day (dated ones and that weekday's).
        var day: String?
        var kind: DutyKind?
    }

    /// A slot with the names a list shows.
    struct Row: Sendable {
        let slot: DutySlotRecord
        let personName: String
        let regionName: String
    }

    /// Slots inside `scopes` matching `filter`, ordered by kind, day, start, region. Rosters are short (hundreds
    /// of slots), so the field and day filters run on the loaded rows.
    static func search(_ filter: Filter, scopes: [RegionPath], page: PageRequest, on db: any Database) async throws -> ([Row], PageInfo) {
        guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let query = DutySlotRecord.query(on: db).group(.or) { group in
            for scope in scopes { group.filter(\.$regionPath, .custom("LIKE"), scope.likePattern) }
        }
        if let regionID = filter.regionID {
            let path = try await Region.find(regionID, on: db)?.regionPath ?? RegionPath(ids: [-1])
            query.filter(\.$regionPath, .custom("LIKE"), path.likePattern)
        }
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        var slots = try await query.sort(\.$id).all()
        if let field = filter.field {
            slots = slots.filter { slot in
                let fields = DutyFields.parse(slot.fields)
                return fields.isEmpty || fields.contains(field)
            }
        }
        if let day = filter.day {
            if let weekday = Int(day) {
                slots = slots.filter { $0.weekday == weekday }
            } else if let date = LocalDate(day) {
                slots = slots.filter { $0.onDate == date.description || $0.weekday == date.weekday }
            }
        }
        slots.sort { a, b in
            (a.kind.rawValue, a.weekday ?? 8, a.onDate ?? "", a.startMinute, a.regionPath, a.id ?? 0)
                < (b.kind.rawValue, b.weekday ?? 8, b.onDate ?? "", b.startMinute, b.regionPath, b.id ?? 0)
        }
        let total = slots.count
        let shown = Array(slots.dropFirst(page.offset).prefix(page.per))
        return (try await rows(shown, on: db), PageInfo(request: page, total: total))
    }

    static func rows(_ slots: [DutySlotRecord], on db: any Database) async throws -> [Row] {
        let people = try await names(StaffUser.self, ids: slots.map { $0.$person.id }, on: db)
        let regions = try await RegionQueries.labels(for: try await Region.query(on: db).filter(\.$id ~~ slots.map { $0.$region.id }).all(), on: db)
        return slots.map { Row(slot: $0, personName: people[$0.$person.id] ?? "#\($0.$person.id)", regionName: regions[$0.$region.id] ?? $0.regionPath) }
    }

    private static func names(_: StaffUser.Type, ids: [Int], on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let users = try await StaffUser.query(on: db).filter(\.$id ~~ Array(Set(ids))).all()
        return Dictionary(users.compactMap { u in u.id.map { ($0, u.displayName) } }, uniquingKeysWith: { a, _ in a })
    }

    /// A slot inside the administrator's scope; any other is not found.
    static func find(_ id: Int, scopes: [RegionPath], on db: any Database) async throws -> DutySlotRecord {
        guard let slot = try await DutySlotRecord.find(id, on: db), let path = RegionPath(slot.regionPath),
              scopes.contains(where: { $0.contains(path) }) else { throw AppError.notFound(.dutySlotEntity) }
        return slot
    }

    // MARK: - Adding

    /// What the add form and the API send, as text, checked by `validate`.
    struct Input: Sendable, Equatable {
        var kind = DutyKind.lawyer.rawValue
        var personID = ""
        /// "1"…"7" or empty.
        var weekday = ""
        /// "YYYY-MM-DD" or empty; exactly one of weekday and date.
        var date = ""
        /// "HH:MM", China time.
        var start = ""
        var end = ""
        var regionID = ""
        var fields: [String] = []
    }

    /// A checked slot, ready for `DutyRosterStore.addSlot`.
    struct Valid: Sendable {
        let kind: DutyKind
        let personID: Int
        let day: DutyDay
        let start: DutyTime
        let end: DutyTime
        let region: Region
        let fields: Set<LegalField>
    }

    /// Checks every field and reports all problems at once: the region must be in the administrator's scope; a
    /// lawyer's duty needs a person who may answer there (lawyer, grassroots worker, community advisor grant), a
    /// supervisor's duty a person holding `superviseWorkOrders` there; the end after the start; known fields.
    static func validate(_ input: Input, staff: StaffPrincipal, now: Date, on db: any Database) async throws -> Valid {
        var problems: [FieldProblem] = []
        let kind = DutyKind(rawValue: input.kind)
        if kind == nil { problems.append(.init(field: "kind", message: .validationChoose)) }

        var region = try await Int(input.regionID).asyncMap { try await Region.find($0, on: db) } ?? nil
        if let r = region, r.isRetired || !staff.allows(permission, in: r.regionPath) { region = nil }
        if region == nil { problems.append(.init(field: "region_id", message: .validationChoose)) }

        let day = parseDay(weekday: input.weekday, date: input.date, now: now, &problems)
        let start = parseTime(input.start, field: "start", &problems)
        let end = parseTime(input.end, field: "end", &problems)
        if let start, let end, end <= start { problems.append(.init(field: "end", message: .dutyErrorEndBeforeStart)) }

        var fields: Set<LegalField> = []
        for raw in input.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) where !raw.isEmpty {
            if let field = LegalField(rawValue: raw) { fields.insert(field) } else {
                problems.append(.init(field: "fields", message: .dutyErrorUnknownField, args: [String(raw.prefix(40))]))
            }
        }

        let personID = Int(input.personID)
        if personID == nil {
            problems.append(.init(field: "person_id", message: .validationChoose))
        } else if let personID, let kind, let region {
            let grants = try await activeGrants(of: [personID], on: db)[personID] ?? []
            if !qualifies(grants, kind: kind, in: region.regionPath) {
                problems.append(.init(field: "person_id", message: kind == .lawyer ? .dutyErrorPersonOutside : .dutyErrorSupervisorOutside))
            }
        }
        guard problems.isEmpty, let kind, let personID, let day, let start, let end, let region else { throw AppError.validation(problems) }
        return Valid(kind: kind, personID: personID, day: day, start: start, end: end, region: region, fields: kind == .supervisor ? [] : fields)
    }

    /// Whether grants let a person take this duty in `region`.
    static func qualifies(_ grants: [Grant], kind: DutyKind, in region: RegionPath) -> Bool {
        switch kind {
        case .lawyer: ConsultationLawyer(key: "", grants: grants).mayAnswer(in: region)
        case .supervisor: Policy.allows(grants, permission, in: region)
        }
    }

    private static func parseDay(weekday: String, date: String, now: Date, _ problems: inout [FieldProblem]) -> DutyDay? {
        let weekday = weekday.trimmingCharacters(in: .whitespaces), date = date.trimmingCharacters(in: .whitespaces)
        switch (weekday.isEmpty, date.isEmpty) {
        case (false, true):
            guard let value = Int(weekday), (1...7).contains(value) else {
                problems.append(.init(field: "weekday", message: .validationChoose))
                return nil
            }
            return .weekly(weekday: value)
        case (true, false):
            guard let day = LocalDate(date) else {
                problems.append(.init(field: "date", message: .deadlineDateInvalid))
                return nil
            }
            guard day >= LocalDate.inChina(now) else {
                problems.append(.init(field: "date", message: .dutyErrorDatePast))
                return nil
            }
            return .date(day)
        default:
            problems.append(.init(field: "weekday", message: .dutyErrorDay))
            return nil
        }
    }

    /// "9:00", "09:00", "24:00" → minutes after China midnight.
    static func parseTime(_ text: String, field: String, _ problems: inout [FieldProblem]) -> DutyTime? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
           let hour = Int(parts[0]), let minute = Int(parts[1]), let time = DutyTime(hour: hour, minute: minute) {
            return time
        }
        problems.append(.init(field: field, message: .dutyErrorTime))
        return nil
    }

    // MARK: - People

    /// Grants of enabled staff, with their regions' paths, by staff id.
    static func activeGrants(of people: [Int]? = nil, roles: [StaffRole]? = nil, on db: any Database) async throws -> [Int: [Grant]] {
        let query = RoleGrant.query(on: db).with(\.$region).with(\.$user)
        if let people { query.filter(\.$user.$id ~~ people) }
        if let roles { query.filter(\.$role ~~ roles) }
        let grants = try await query.all().filter { $0.user.disabledAt == nil }
        return Dictionary(grouping: grants) { $0.$user.id }.mapValues { $0.map { Grant(role: $0.role, regionPath: $0.region.regionPath) } }
    }

    /// People an administrator may put on duty: staff whose qualifying grant lies inside a scope or above one
    /// (a county lawyer may take a town's duty), by name.
    static func personChoices(kind: DutyKind, scopes: [RegionPath], on db: any Database) async throws -> [(id: Int, name: String)] {
        let roles: [StaffRole] = switch kind {
        case .lawyer: Array(ConsultationLawyer.answeringRoles)
        case .supervisor: StaffRole.allCases.filter { $0.permissions.contains(permission) }
        }
        let grants = try await activeGrants(roles: roles, on: db)
        let ids = grants.filter { _, grants in
            grants.contains { grant in scopes.contains { $0.contains(grant.regionPath) || grant.regionPath.contains($0) } }
        }.map(\.key)
        guard !ids.isEmpty else { return [] }
        return try await StaffUser.query(on: db).filter(\.$id ~~ ids).sort(\.$displayName).sort(\.$id).all()
            .compactMap { user in user.id.map { ($0, user.displayName) } }
    }
}

extension DutySlotRecord {
    /// "09:00–12:00".
    var timeRange: String { DutySlotFormat.time(startMinute) + "–" + DutySlotFormat.time(endMinute) }
}

enum DutySlotFormat {
    static func time(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
