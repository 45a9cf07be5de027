import Fluent
import FarunCore
import SQLKit
import Vapor

/// Changing the service catalog: create, update and retire/restore, each validated, version-checked and
/// audited in one transaction. Pages and the API both come through here.
enum CatalogWrites {
    /// The catalog serves the whole deployment, so only an administrator at the root region may change it
    /// (the same rule as the deadline calendar). Returns the root, which the audit trail is filed under.
    @discardableResult
    static func requireAdministrator(_ req: Request) async throws -> Region {
        guard let root = try await RegionQueries.root(on: req.db) else { throw AppError.forbidden }
        try req.requireStaff(.manageServiceCatalog, in: root.regionPath)
        return root
    }

    /// Whether the caller may change the catalog (pages show it read-only otherwise).
    static func mayChange(_ req: Request) async throws -> Bool {
        guard let staff = req.staff, let root = try await RegionQueries.root(on: req.db) else { return false }
        return staff.allows(.manageServiceCatalog, in: root.regionPath)
    }

    static func create(_ service: ServiceType, root: Region, by req: Request) async throws -> CatalogEntry {
        var problems = service.problems().map(\.fieldProblem)
        if try await CatalogEntry.query(on: req.db).filter(\.$code == service.code).first() != nil {
            problems.append(.init(field: "code", message: .catalogCodeTaken, args: [service.code]))
        }
        guard problems.isEmpty else { throw AppError.validation(problems) }
        let last = try await CatalogEntry.query(on: req.db).max(\.$sortOrder) ?? 0
        let entry = CatalogEntry(service, sortOrder: last + 10)
        do {
            try await req.db.transaction { db in
                try await entry.create(on: db)
                try await Audit.record("service.create", target: "service_type", id: entry.id, regionPath: root.regionPath,
                                       detail: ["code": service.code, "name": service.nameZh], by: req, on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another administrator created the same code a moment ago (the unique index decides).
            throw AppError.validation([.init(field: "code", message: .catalogCodeTaken, args: [service.code])])
        }
        return entry
    }

    /// Saves `service` over `entry` if nobody changed it since `seenVersion`. The code never changes.
    static func update(_ entry: CatalogEntry, to service: ServiceType, seenVersion: Int, root: Region, by req: Request) async throws {
        var edited = service
        edited.code = entry.code
        let service = edited
        let problems = service.problems().map(\.fieldProblem)
        guard problems.isEmpty else { throw AppError.validation(problems) }
        guard entry.version == seenVersion else { throw AppError.conflict(.catalogStale) }
        let changed = changedFields(from: entry.serviceType, to: service)
        try await req.db.transaction { db in
            try await claim(entry, seenVersion: seenVersion, on: db)
            entry.apply(service)
            try await entry.save(on: db)
            try await Audit.record("service.update", target: "service_type", id: entry.id, regionPath: root.regionPath,
                                   detail: ["code": entry.code, "changed": changed.joined(separator: ", "),
                                            "version": "\(seenVersion) → \(seenVersion + 1)"], by: req, on: db)
        }
    }

    /// Retires (停止受理) or restores a service. Retired services leave the public catalog and the API, and
    /// intake refuses them; existing work orders keep their service.
    static func setRetired(_ retired: Bool, _ entry: CatalogEntry, seenVersion: Int, root: Region, by req: Request) async throws {
        guard entry.isRetired != retired else { throw AppError.conflict(retired ? .catalogAlreadyRetired : .catalogAlreadyActive) }
        guard entry.version == seenVersion else { throw AppError.conflict(.catalogStale) }
        try await req.db.transaction { db in
            try await claim(entry, seenVersion: seenVersion, on: db)
            entry.retiredAt = retired ? req.now : nil
            try await entry.save(on: db)
            try await Audit.record(retired ? "service.retire" : "service.restore", target: "service_type", id: entry.id,
                                   regionPath: root.regionPath, detail: ["code": entry.code], by: req, on: db)
        }
    }

    /// Takes the version: a concurrent writer blocks here (PostgreSQL) or finds it moved on and is refused.
    private static func claim(_ entry: CatalogEntry, seenVersion: Int, on db: any Database) async throws {
        let bumped = try await db.sql.raw("""
            UPDATE service_types SET version = version + 1 WHERE id = \(bind: try entry.requireID()) AND version = \(bind: seenVersion) RETURNING id
            """).all()
        guard !bumped.isEmpty else { throw AppError.conflict(.catalogStale) }
        entry.version = seenVersion + 1
    }

    /// The form fields that differ, for the audit trail.
    static func changedFields(from a: ServiceType, to b: ServiceType) -> [String] {
        let checks: [(String, Bool)] = [
            ("name_zh", a.nameZh != b.nameZh), ("name_en", a.nameEn != b.nameEn), ("handler", a.handler != b.handler),
            ("materials", a.materials != b.materials), ("acceptance_limit", a.acceptanceLimit != b.acceptanceLimit),
            ("handling_limit", a.handlingLimit != b.handlingLimit), ("other_limits", a.otherLimits != b.otherLimits),
            ("channels", a.channels != b.channels), ("is_free", a.isFree != b.isFree),
        ]
        return checks.filter(\.1).map(\.0)
    }
}
