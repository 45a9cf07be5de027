import Fluent
import FarunCore
import Foundation
import Vapor

/// The demo's handling units, routing rules and a few work orders in different states, made through the
/// same intake and lifecycle commands as real ones.
enum DemoWorkOrders {
    static func createUnits(_ file: DemoSeeder.DemoFile, region: (String) async throws -> Region, on db: any Database) async throws {
        var units: [String: HandlingUnit] = [:]
        for u in file.units {
            guard let strategy = AssignmentStrategy(rawValue: u.strategy) else { throw DemoSeeder.Failure.message("unknown strategy \(u.strategy)") }
            let place = try await region(u.region)
            let head = try await StaffUser.query(on: db).filter(\.$username == u.head).first()
            let unit = HandlingUnit(name: u.name, regionID: try place.requireID(), regionPath: place.regionPath, strategy: strategy, headID: head?.id, phone: u.phone)
            try await unit.create(on: db)
            for (index, m) in u.members.enumerated() {
                guard let user = try await StaffUser.query(on: db).filter(\.$username == m.username).first() else {
                    throw DemoSeeder.Failure.message("unknown member \(m.username)")
                }
                try await UnitMember(unitID: try unit.requireID(), staffID: try user.requireID(), capacity: m.capacity, position: index).create(on: db)
            }
            units[u.name] = unit
        }
        for r in file.routing_rules {
            guard let unit = units[r.unit] else { throw DemoSeeder.Failure.message("unknown unit \(r.unit)") }
            let place = try await region(r.region)
            try await RoutingRule(serviceCode: r.service, regionID: try place.requireID(), regionPath: place.regionPath, unitID: try unit.requireID()).create(on: db)
        }
    }

    /// Requests from each channel: a walk-in accepted at once, a hotline consultation, a kiosk notarization
    /// waiting at the front desk, a web mediation request, and a green-channel wage claim.
    static func createOrders(app: Application) async throws {
        let context = try await ActionContext.system(app)
        guard let clerkUser = try await StaffUser.query(on: app.db).filter(\.$username == "clerk.yueyang").first(),
              let town = try await Region.query(on: app.db).filter(\.$code == "141025100000").first()
        else { return }
        let clerk = try await StaffPrincipals.load(clerkUser, tokenScopes: nil, on: app.db)
        let village = try await Region.query(on: app.db).filter(\.$parent.$id == town.requireID()).sort(\.$name).first() ?? town
        let demos: [(IntakeInput, Submitter)] = [
            (input("LEGAL_AID", "window", "赵大勇", "13835700001", "在县城工地干了八个月，包工头拖欠工资两万三千元不给。", town, green: "migrant_wages", accept: true), .staff(clerk)),
            (input("LEGAL_CONSULTATION", "window", "孙秀英", "13835700002", "邻居在我家承包地边上盖房，占了两分地，该怎么办？", village, accept: true), .staff(clerk)),
            (input("NOTARIZATION", "kiosk", "钱卫国", "13835700003", "办理继承权公证，父亲去世后留有房产一处。", town), .citizen(citizenID: nil)),
            (input("PEOPLES_MEDIATION", "mobile_web", "李桂兰", "13835700004", "楼上漏水多次协商无果，请求调解。", town), .citizen(citizenID: nil)),
        ]
        for (input, submitter) in demos {
            let draft = try await WorkOrderIntake.validate(input, submitter: submitter, on: app.db).get()
            _ = try await WorkOrderIntake.submit(draft, submitter: submitter, context: context, on: app.db)
        }
    }

    private static func input(_ service: String, _ channel: String, _ name: String, _ phone: String, _ matter: String, _ region: Region,
                              green: String? = nil, accept: Bool = false) -> IntakeInput {
        IntakeInput(service: service, channel: channel, requesterName: name + "（演示）", requesterPhone: phone, residentID: nil,
                    matter: matter, regionID: region.id, servicePointID: nil, priority: nil, greenChannel: green,
                    greenChannelNote: green == nil ? nil : "农民工讨薪，优先受理", follows: nil, parent: nil, acceptNow: accept)
    }
}
