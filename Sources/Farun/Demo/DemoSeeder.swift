import Fluent
import FarunCore
import Foundation
import Vapor

/// `serve --demo`: loads the demo jurisdiction 古县 (141025) once — its real towns and villages, service points,
/// 34 fictional legal professionals and staff of every role. Demo records are marked `is_demo`.
enum DemoSeeder {
    static let password = "Farun-Demo-2026"

    struct DemoFile: Decodable {
        struct Point: Decodable {
            let name, kind, region, address, opening_hours, phone, notice: String
            let capacity: Int
        }
        struct Professional: Decodable {
            let username, display_name, role, organisation, licence_number, bio: String
            let specialties, languages, regions: [String]
        }
        struct Staff: Decodable {
            struct GrantRef: Decodable { let role, region: String }
            let username, display_name: String
            let grants: [GrantRef]
        }
        struct Unit: Decodable {
            struct Member: Decodable { let username: String; let capacity: Int }
            let name, region, strategy, head, phone: String
            let members: [Member]
        }
        struct Rule: Decodable { let service: String?; let region, unit: String }
        let root_code: String
        let service_points: [Point]
        let professionals: [Professional]
        let staff: [Staff]
        let units: [Unit]
        let routing_rules: [Rule]
    }

    enum Failure: Error, CustomStringConvertible {
        case message(String)
        var description: String { if case .message(let m) = self { return "演示数据 / demo data: " + m }; return "" }
    }

    static func loadOnce(app: Application) async throws {
        if try await StaffUser.query(on: app.db).filter(\.$isDemo == true).count() > 0 {
            app.logger.info("demo data already loaded")
            return
        }
        guard let url = Bundle.module.url(forResource: "gu-county", withExtension: "json", subdirectory: "demo")
            ?? Bundle.module.url(forResource: "gu-county", withExtension: "json")
        else { throw Failure.message("bundled demo/gu-county.json is missing") }
        let file = try JSONDecoder().decode(DemoFile.self, from: Data(contentsOf: url))
        guard let rootCode = DivisionCode(file.root_code) else { throw Failure.message("bad root code") }
        if let root = try await RegionQueries.root(on: app.db), root.code != rootCode.value {
            throw Failure.message("this database serves \(root.name) (\(root.code ?? "-")); the demo needs 141025 古县 — use an empty data folder")
        }
        _ = try await DivisionImport.importSubtree(root: rootCode, from: try DivisionImport.bundledDivisions(), on: app.db)
        _ = try await DivisionImport.importVillages(try DivisionImport.bundledText("villages-sample"), onlyUnder: rootCode.significantPrefix, on: app.db)
        let hash = try await app.hashPassword(password)
        try await app.db.transaction { db in
            var regionCache: [String: Region] = [:]
            func region(_ ref: String) async throws -> Region {
                if let cached = regionCache[ref] { return cached }
                let parts = ref.split(separator: "/", maxSplits: 1).map(String.init)
                guard let township = try await Region.query(on: db).filter(\.$code == (DivisionCode(parts[0])?.value ?? parts[0])).first() else {
                    throw Failure.message("unknown region \(ref)")
                }
                var found = township
                if parts.count == 2 {
                    guard let village = try await Region.query(on: db).filter(\.$parent.$id == township.requireID()).filter(\.$name == parts[1]).first() else {
                        throw Failure.message("unknown village \(ref)")
                    }
                    found = village
                }
                regionCache[ref] = found
                return found
            }
            for p in file.service_points {
                guard let kind = ServicePointKind(rawValue: p.kind) else { throw Failure.message("unknown kind \(p.kind)") }
                let point = ServicePoint()
                point.name = p.name
                point.kind = kind
                point.$region.id = try await region(p.region).requireID()
                point.address = p.address
                point.openingHours = p.opening_hours
                point.capacity = p.capacity
                point.phone = p.phone
                point.notice = p.notice
                try await point.create(on: db)
            }
            for p in file.professionals {
                guard let role = StaffRole(rawValue: p.role) else { throw Failure.message("unknown role \(p.role)") }
                let user = StaffUser(username: p.username, displayName: p.display_name, passwordHash: hash, mustChangePassword: false, isDemo: true)
                try await user.create(on: db)
                let regions = try await p.regions.asyncMapAll { try await region($0) }
                var home: Region
                if let first = regions.first { home = first } else { home = try await region(file.root_code) }
                try await RoleGrant(userID: try user.requireID(), role: role, regionID: try home.requireID()).create(on: db)
                let profile = ProfessionalProfile()
                profile.$user.id = try user.requireID()
                profile.profession = role
                profile.organisation = p.organisation
                profile.licenceNumber = p.licence_number
                profile.specialties = p.specialties.compactMap(LegalField.init(rawValue:))
                profile.languages = p.languages.compactMap(ServiceLanguage.init(rawValue:))
                profile.bio = p.bio
                profile.isPublic = true
                try await profile.create(on: db)
                for r in regions {
                    let link = ProfessionalRegion()
                    link.$profile.id = try profile.requireID()
                    link.$region.id = try r.requireID()
                    try await link.create(on: db)
                }
            }
            for s in file.staff {
                let user = StaffUser(username: s.username, displayName: s.display_name, passwordHash: hash, mustChangePassword: false, isDemo: true)
                try await user.create(on: db)
                for g in s.grants {
                    guard let role = StaffRole(rawValue: g.role) else { throw Failure.message("unknown role \(g.role)") }
                    try await RoleGrant(userID: try user.requireID(), role: role, regionID: try await region(g.region).requireID()).create(on: db)
                }
            }
            try await DemoWorkOrders.createUnits(file, region: region, on: db)
            try await Audit.recordSystem("demo.load", target: "region", id: nil, detail: ["root": rootCode.value], at: app.clock.now(), on: db)
        }
        try await DemoWorkOrders.createOrders(app: app)
        try await DemoKnowledge.createEntries(app: app)
        try await DemoConsultations.createRoster(app: app)
        if app.environment != .testing { printAccounts(file) }
    }

    private static func printAccounts(_ file: DemoFile) {
        var byRole: [String: [String]] = [:]
        for p in file.professionals { byRole[p.role, default: []].append(p.username) }
        for s in file.staff { for g in s.grants { byRole[g.role, default: []].append(s.username) } }
        print("\n演示数据已载入（古县，人物与机构均为虚构）/ Demo data loaded (Gu County; all people are fictional)")
        print("所有演示账号密码 / password of every demo account: \(password)")
        for role in StaffRole.allCases {
            guard let names = byRole[role.rawValue] else { continue }
            let unique = Array(Set(names)).sorted()
            print("  \(role.rawValue): \(unique.prefix(4).joined(separator: ", "))\(unique.count > 4 ? " … (\(unique.count))" : "")")
        }
        print("")
        fflush(nil)
    }
}

extension Sequence {
    func asyncMapAll<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
