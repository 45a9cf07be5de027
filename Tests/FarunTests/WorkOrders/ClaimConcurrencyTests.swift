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

/// Many intakes accepted at once into one unit, from several instances: none deadlocks, each is assigned once,
/// and round robin spreads them evenly.
@Suite struct ConcurrentIntakeTests {
    @Test(arguments: TestEngine.available)
    func intakesAcceptedAtOnceIntoOneUnitAreAllAssignedEvenly(engine: TestEngine) async throws {
        try await withInstances(3, engine: engine) { apps in
            // setup: a round-robin unit of four officers
            let app = apps[0]
            let j = try await Jurisdiction.make(on: app.db)
            let clerk = try await makeStaff(app, "clerk", [(.windowClerk, j.county)])
            var officers: [StaffUser] = []
            for i in 0..<4 { officers.append(try await makeStaff(app, "officer.\(i)", [(.legalAidOfficer, j.county)])) }
            let unit = try await makeUnit(app, "古县法律援助中心", in: j.county, strategy: .roundRobin, members: officers.map { ($0, 100) })
            try await makeRule(app, service: "LEGAL_AID", in: j.county, unit: unit)
            let staff = try await principal(app, clerk)
            // act: 24 intakes at once, accepted on submission, spread over the instances
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for i in 0..<24 {
                    let instance = apps[i % apps.count]
                    group.addTask {
                        let draft = try await WorkOrderIntake.validate(intake(j, acceptNow: true), submitter: .staff(staff), on: instance.db).get()
                        return try await WorkOrderIntake.submit(draft, submitter: .staff(staff), context: try await .system(instance), on: instance.db).number
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            // check
            #expect(Set(numbers).count == 24)
            let orders = try await WorkOrder.query(on: app.db).all()
            #expect(orders.count == 24 && orders.allSatisfy { $0.state == .assigned && $0.$unit.id == unit.id })
            let perOfficer = Dictionary(grouping: orders, by: { $0.$assignee.id }).mapValues(\.count)
            #expect(perOfficer.count == 4 && perOfficer.values.allSatisfy { $0 == 6 }, "round robin gave \(perOfficer)")
        }
    }
}
