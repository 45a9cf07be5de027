import Fluent
import FarunCore
import Vapor

/// Reading and changing service points.
enum ServicePointQueries {
    struct Filter: Sendable {
        var text: String?
        var kind: ServicePointKind?
        /// Only points inside this region's subtree.
        var within: RegionPath?
        var includeClosed = false
    }

    static func search(_ filter: Filter, scopes: [RegionPath]?, page: PageRequest, on db: any Database) async throws -> ([ServicePoint], PageInfo) {
        let query = ServicePoint.query(on: db).join(Region.self, on: \ServicePoint.$region.$id == \Region.$id).with(\.$region)
        if let scopes {
            guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
            query.group(.or) { group in
                for scope in scopes { group.filter(Region.self, \.$path, .custom("LIKE"), scope.likePattern) }
            }
        }
        if let within = filter.within { query.filter(Region.self, \.$path, .custom("LIKE"), within.likePattern) }
        if let text = filter.text, !text.isEmpty {
            let like = "%\(RegionQueries.escapeLike(text))%"
            query.group(.or) { group in
                group.filter(\.$name, .custom("LIKE"), like)
                group.filter(\.$address, .custom("LIKE"), like)
            }
        }
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if !filter.includeClosed { query.filter(\.$closedAt == nil) }
        let total = try await query.count()
        let rows = try await query.sort(Region.self, \.$path).sort(\.$name).range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    static func find(_ id: Int, on db: any Database) async throws -> ServicePoint {
        guard let point = try await ServicePoint.query(on: db).filter(\.$id == id).with(\.$region).first() else {
            throw AppError.notFound(.thingServicePoint)
        }
        return point
    }

    /// What a form sends for a service point, validated into field problems.
    struct Input: Sendable {
        var name = ""
        var kind = ""
        var regionID: Int?
        var address = ""
        var openingHours = ""
        var capacity = ""
        var phone = ""
        var notice = ""

        func validated() -> (ServicePointKind, Int, String)? {
            guard problems().isEmpty, let kind = ServicePointKind(rawValue: kind), let capacity = Int(capacity) else { return nil }
            return (kind, capacity, phone.isEmpty ? "" : ((try? PhoneNumber.normalizeContact(phone)) ?? phone))
        }

        func problems() -> [FieldProblem] {
            var p: [FieldProblem] = []
            if name.isEmpty { p.append(.init(field: "name", message: .validationRequired)) }
            if name.count > 80 { p.append(.init(field: "name", message: .validationTooLong, args: ["80"])) }
            if ServicePointKind(rawValue: kind) == nil { p.append(.init(field: "kind", message: .validationChoose)) }
            if regionID == nil { p.append(.init(field: "region_id", message: .validationChoose)) }
            if address.isEmpty { p.append(.init(field: "address", message: .validationRequired)) }
            if address.count > 200 { p.append(.init(field: "address", message: .validationTooLong, args: ["200"])) }
            if openingHours.count > 200 { p.append(.init(field: "opening_hours", message: .validationTooLong, args: ["200"])) }
            if let c = Int(capacity), (0...10_000).contains(c) {} else {
                p.append(.init(field: "capacity", message: .servicePointCapacityInvalid))
            }
            if !phone.isEmpty, (try? PhoneNumber.normalizeContact(phone)) == nil {
                p.append(.init(field: "phone", message: .validationPhone))
            }
            if notice.count > 1000 { p.append(.init(field: "notice", message: .validationTooLong, args: ["1000"])) }
            return p
        }

        func apply(to point: ServicePoint) {
            guard let (kind, capacity, phone) = validated(), let regionID else { return }
            point.name = name
            point.kind = kind
            point.$region.id = regionID
            point.address = address
            point.openingHours = openingHours
            point.capacity = capacity
            point.phone = phone
            point.notice = notice
        }

        static func from(_ point: ServicePoint) -> Input {
            Input(name: point.name, kind: point.kind.rawValue, regionID: point.$region.id, address: point.address,
                  openingHours: point.openingHours, capacity: String(point.capacity), phone: point.phone, notice: point.notice)
        }
    }

    /// Validates `input` (fields and region scope), writes it into `point` and records the change, in one
    /// transaction. Throws `AppError.validation` with every problem and writes nothing when input is bad.
    /// The pages and the API both come through here.
    @discardableResult
    static func save(_ input: Input, into point: ServicePoint, staff: StaffPrincipal, by request: Request) async throws -> Region {
        let (region, regionProblems) = try await checkRegion(input.regionID, staff: staff, on: request.db)
        let problems = input.problems() + regionProblems
        guard problems.isEmpty, let region else { throw AppError.validation(problems) }
        let isNew = point.id == nil
        let before = isNew ? nil : Input.from(point)
        input.apply(to: point)
        try await request.db.transaction { db in
            if let before {
                try await point.save(on: db)
                var changes: [String: String] = [:]
                if before.capacity != input.capacity { changes["capacity"] = "\(before.capacity) → \(input.capacity)" }
                if before.name != input.name { changes["name"] = "\(before.name) → \(input.name)" }
                if before.notice != input.notice { changes["notice"] = "changed" }
                if before.openingHours != input.openingHours { changes["opening_hours"] = "changed" }
                if before.regionID != input.regionID { changes["region_id"] = "\(before.regionID ?? 0) → \(input.regionID ?? 0)" }
                try await Audit.record("service_point.update", target: "service_point", id: point.id, regionPath: region.regionPath,
                                       detail: changes, by: request, on: db)
            } else {
                try await point.create(on: db)
                try await Audit.record("service_point.create", target: "service_point", id: point.id, regionPath: region.regionPath,
                                       detail: ["name": point.name, "kind": point.kind.rawValue, "capacity": String(point.capacity)], by: request, on: db)
            }
        }
        point.$region.value = region
        return region
    }

    /// Checks that the chosen region exists, is active and lies in the staff member's scope.
    static func checkRegion(_ regionID: Int?, staff: StaffPrincipal, on db: any Database) async throws -> (Region?, [FieldProblem]) {
        guard let regionID else { return (nil, []) }
        guard let region = try await Region.find(regionID, on: db), !region.isRetired,
              staff.allows(.manageServicePoints, in: region.regionPath)
        else { return (nil, [.init(field: "region_id", message: .regionParentInvalid)]) }
        return (region, [])
    }
}
