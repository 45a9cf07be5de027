import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// Many clerks on several server instances claim from one queue at once: nobody ever gets an order twice.
@Suite struct ClaimConcurrencyTests {
    @Test(arguments: TestEngine.available)
    func manyClerksOnThreeInstancesNeverClaimTheSameOrder(engine: TestEngine) async throws {
        try await withInstances(3, engine: engine) { apps in
            // setup: 40 accepted orders in a claiming unit with 8 members
            let app = apps[0]
            let j = try await Jurisdiction.make(on: app.db)
            let clerk = try await makeStaff(app, "clerk", [(.windowClerk, j.county)])
            var members: [StaffUser] = []
            for i in 0..<8 { members.append(try await makeStaff(app, "handler.\(i)", [(.legalAidOfficer, j.county)])) }
            let unit = try await makeUnit(app, "古县法律援助中心", in: j.county, strategy: .claim, members: members.map { ($0, 100) })
            try await makeRule(app, service: "LEGAL_AID", in: j.county, unit: unit)
            for _ in 0..<40 { _ = try await submitOrder(app, intake(j, acceptNow: true), by: clerk) }
            let principals = try await members.asyncMapAll { try await principal(app, $0) }
            // act: each member claims until the queue is empty, through a different instance
            let claims = try await withThrowingTaskGroup(of: [Int].self) { group in
                for (index, staff) in principals.enumerated() {
                    let instance = apps[index % apps.count]
                    group.addTask {
                        var mine: [Int] = []
                        while let order = try await WorkOrderCommands.claimNext(unitID: unit.id!, staff: staff, context: try await .system(instance), on: instance.db) {
                            mine.append(order.id!)
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: [Int]()) { $0 += $1 }
            }
            // check
            #expect(claims.count == 40)
            #expect(Set(claims).count == 40, "an order was claimed twice")
            let assigned = try await WorkOrder.query(on: app.db).filter(\.$state == .assigned).count()
            #expect(assigned == 40)
            let claimEvents = try await WorkOrderEvent.query(on: app.db).filter(\.$action == "claim").count()
            #expect(claimEvents == 40)
        }
    }
}

extension Array {
    func asyncMapAll<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
