import Fluent
import FarunCore
import SQLKit
import Vapor

/// Reading and changing the jurisdiction tree. Every change is one transaction with its audit entry.
enum RegionQueries {
    struct Filter: Sendable {
        var text: String?
        var level: RegionLevel?
        var parentID: Int?
        var includeRetired = false
    }

    /// Regions inside any of `scopes`, matching the filter, ordered by tree position.
    static func search(_ filter: Filter, scopes: [RegionPath], page: PageRequest, on db: any Database) async throws -> ([Region], PageInfo) {
        guard !scopes.isEmpty else { return ([], PageInfo(request: page, total: 0)) }
        let query = Region.query(on: db)
        query.group(.or) { group in
            for scope in scopes { group.filter(\.$path, .custom("LIKE"), scope.likePattern) }
        }
        if let text = filter.text, !text.isEmpty {
            query.group(.or) { group in
                group.filter(\.$name, .custom("LIKE"), "%\(escapeLike(text))%")
                group.filter(\.$code, .custom("LIKE"), "\(escapeLike(text))%")
            }
        }
        if let level = filter.level { query.filter(\.$level == level) }
        if let parentID = filter.parentID { query.filter(\.$parent.$id == parentID) }
        if !filter.includeRetired { query.filter(\.$retiredAt == nil) }
        let total = try await query.count()
        let rows = try await query.sort(\.$path).range(page.offset..<(page.offset + page.per)).all()
        return (rows, PageInfo(request: page, total: total))
    }

    /// LIKE wildcards typed by a user are matched literally.
    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
    }

    /// Active regions inside the scopes, for pickers, ordered so each parent precedes its children.
    static func choices(scopes: [RegionPath], on db: any Database, limit: Int = 5000) async throws -> [Region] {
        guard !scopes.isEmpty else { return [] }
        let query = Region.query(on: db).filter(\.$retiredAt == nil)
        query.group(.or) { group in
            for scope in scopes { group.filter(\.$path, .custom("LIKE"), scope.likePattern) }
        }
        return try await query.sort(\.$path).limit(limit).all()
    }

    /// Names of all ancestors and the node itself, e.g. "古县 / 岳阳镇 / 偏涧村".
    static func labels(for regions: [Region], on db: any Database) async throws -> [Int: String] {
        let ids = Set(regions.flatMap { $0.regionPath.ids })
        guard !ids.isEmpty else { return [:] }
        let all = try await Region.query(on: db).filter(\.$id ~~ Array(ids)).all()
        let names = Dictionary(uniqueKeysWithValues: all.compactMap { r in r.id.map { ($0, r.name) } })
        var out: [Int: String] = [:]
        for region in regions {
            guard let id = region.id else { continue }
            out[id] = region.regionPath.ids.compactMap { names[$0] }.joined(separator: " / ")
        }
        return out
    }

    static func find(_ id: Int, on db: any Database) async throws -> Region {
        guard let region = try await Region.find(id, on: db) else { throw AppError.notFound(.thingRegion) }
        return region
    }

    static func root(on db: any Database) async throws -> Region? {
        try await Region.query(on: db).filter(\.$parent.$id == nil).sort(\.$id).first()
    }

    // MARK: - Changes

    struct NewRegion: Sendable {
        var name: String
        var level: RegionLevel
        var parentID: Int?
        var code: String?
    }

    /// Creates a region under its parent. Villages without an official code get a local one.
    static func create(_ input: NewRegion, on db: any Database, isRoot: Bool = false) async throws -> Region {
        var problems: [FieldProblem] = []
        let name = input.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append(.init(field: "name", message: .validationRequired)) }
        if name.count > 60 { problems.append(.init(field: "name", message: .validationTooLong, args: ["60"])) }
        var parent: Region?
        if let parentID = input.parentID {
            parent = try await Region.find(parentID, on: db)
            if parent == nil || parent?.isRetired == true {
                problems.append(.init(field: "parent_id", message: .regionParentInvalid))
            }
        } else if !isRoot {
            problems.append(.init(field: "parent_id", message: .validationRequired))
        }
        if let parent, !parent.level.allowsChild(input.level) {
            problems.append(.init(field: "level", message: .regionLevelNotAllowed, args: [parent.name]))
        }
        var code: DivisionCode?
        var source = CodeSource.official
        if let raw = input.code, !raw.isEmpty {
            if let parsed = DivisionCode(raw) {
                code = parsed
                if let parentCode = parent?.code.flatMap(DivisionCode.init), !parsed.isPrefixCompatible(childOf: parentCode) {
                    problems.append(.init(field: "code", message: .regionCodeParentMismatch))
                } else if try await Region.query(on: db).filter(\.$code == parsed.value).count() > 0 {
                    problems.append(.init(field: "code", message: .regionCodeTaken, args: [parsed.value]))
                }
            } else {
                problems.append(.init(field: "code", message: .regionCodeInvalid))
            }
        }
        guard problems.isEmpty else { throw AppError.validation(problems) }
        if code == nil, input.level == .village, let township = parent?.code.flatMap(DivisionCode.init) {
            code = try await nextLocalCode(under: township, on: db)
            source = .local
        }
        let region = Region(code: code?.value, codeSource: source, name: name, level: input.level, parentID: parent?.id)
        try await region.create(on: db)
        region.path = (parent?.regionPath ?? RegionPath(ids: [])).appending(try region.requireID()).value
        try await region.save(on: db)
        return region
    }

    static func nextLocalCode(under township: DivisionCode, on db: any Database) async throws -> DivisionCode {
        let taken = try await Region.query(on: db).filter(\.$code, .custom("LIKE"), township.townshipPrefix + "%").all().compactMap(\.code)
        guard let code = LocalCodeAllocator.nextVillageCode(township: township, taken: Set(taken)) else {
            throw AppError.conflict(.regionLocalCodesExhausted)
        }
        return code
    }

    static func rename(_ region: Region, to newName: String, on db: any Database) async throws -> String {
        let name = newName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw AppError.validation([.init(field: "name", message: .validationRequired)]) }
        guard name.count <= 60 else { throw AppError.validation([.init(field: "name", message: .validationTooLong, args: ["60"])]) }
        guard !region.isRetired else { throw AppError.conflict(.regionRetiredReadOnly) }
        let old = region.name
        region.name = name
        try await region.save(on: db)
        return old
    }

    /// Retires a region that has nothing active left under it; its history stays.
    static func retire(_ region: Region, at date: Date, on db: any Database) async throws {
        guard !region.isRetired else { throw AppError.conflict(.regionAlreadyRetired) }
        guard region.$parent.id != nil else { throw AppError.conflict(.regionRootCannotRetire) }
        let id = try region.requireID()
        let activeChildren = try await Region.query(on: db).filter(\.$parent.$id == id).filter(\.$retiredAt == nil).count()
        guard activeChildren == 0 else { throw AppError.conflict(.regionHasActiveChildren, [String(activeChildren)]) }
        let openPoints = try await ServicePoint.query(on: db).filter(\.$region.$id == id).filter(\.$closedAt == nil).count()
        guard openPoints == 0 else { throw AppError.conflict(.regionHasServicePoints, [String(openPoints)]) }
        region.retiredAt = date
        try await region.save(on: db)
    }

    /// Merges `source` into `target` (e.g. two villages joined): children, service points, grants and
    /// professionals' service areas move to the target; the source is retired and remembers where it went.
    static func merge(_ source: Region, into target: Region, at date: Date, on db: any Database) async throws {
        let sourceID = try source.requireID(), targetID = try target.requireID()
        guard sourceID != targetID else { throw AppError.validation([.init(field: "target_id", message: .regionMergeSelf)]) }
        guard !source.isRetired, !target.isRetired else { throw AppError.conflict(.regionRetiredReadOnly) }
        guard source.level == target.level else { throw AppError.validation([.init(field: "target_id", message: .regionMergeLevel)]) }
        guard source.$parent.id != nil else { throw AppError.conflict(.regionRootCannotRetire) }
        guard !source.regionPath.contains(target.regionPath) else { throw AppError.validation([.init(field: "target_id", message: .regionMergeSelf)]) }

        // Children move under the target; their whole subtrees get the new path prefix.
        let children = try await Region.query(on: db).filter(\.$parent.$id == sourceID).all()
        for child in children {
            let oldPrefix = child.regionPath
            let newPrefix = target.regionPath.appending(try child.requireID())
            child.$parent.id = targetID
            try await child.save(on: db)
            try await RegionPathSQL.rewritePrefix(from: oldPrefix, to: newPrefix, on: db)
        }
        try await ServicePoint.query(on: db).set(\.$region.$id, to: targetID).filter(\.$region.$id == sourceID).update()
        try await moveGrants(from: sourceID, to: targetID, on: db)
        try await moveProfessionalRegions(from: sourceID, to: targetID, on: db)
        source.retiredAt = date
        source.mergedIntoID = targetID
        try await source.save(on: db)
    }

    private static func moveGrants(from sourceID: Int, to targetID: Int, on db: any Database) async throws {
        for grant in try await RoleGrant.query(on: db).filter(\.$region.$id == sourceID).all() {
            let duplicate = try await RoleGrant.query(on: db).filter(\.$user.$id == grant.$user.id)
                .filter(\.$role == grant.role).filter(\.$region.$id == targetID).count() > 0
            if duplicate { try await grant.delete(on: db) } else {
                grant.$region.id = targetID
                try await grant.save(on: db)
            }
        }
    }

    private static func moveProfessionalRegions(from sourceID: Int, to targetID: Int, on db: any Database) async throws {
        for link in try await ProfessionalRegion.query(on: db).filter(\.$region.$id == sourceID).all() {
            let duplicate = try await ProfessionalRegion.query(on: db).filter(\.$profile.$id == link.$profile.id)
                .filter(\.$region.$id == targetID).count() > 0
            if duplicate { try await link.delete(on: db) } else {
                link.$region.id = targetID
                try await link.save(on: db)
            }
        }
    }
}

/// The one raw statement of the region tree, tested on both engines.
enum RegionPathSQL {
    /// Rewrites the path of every region in the subtree at `old` to start with `new`.
    static func rewritePrefix(from old: RegionPath, to new: RegionPath, on db: any Database) async throws {
        try await db.sql.raw("""
            UPDATE regions SET path = \(bind: new.value) || substr(path, CAST(\(bind: old.value.count + 1) AS INTEGER))
            WHERE path LIKE \(bind: old.likePattern)
            """).run()
    }
}
