import FarunCore
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct WorkOrderCounterTests {
    @Test func concurrentIntakesNeverShareANumberAndLeaveNoGaps() async throws {
        try await withApp { app in
            // setup
            let day = try #require(LocalDate("2026-11-25"))
            // act: 40 intakes at once in one town, plus one in another town and one on the next day
            let numbers = try await withThrowingTaskGroup(of: WorkOrderNumber.self) { group in
                for _ in 0..<40 {
                    group.addTask { try await WorkOrderCounterSQL.next(regionPrefix: "141025100", day: day, on: app.db) }
                }
                var all: [WorkOrderNumber] = []
                for try await number in group { all.append(number) }
                return all
            }
            let otherTown = try await WorkOrderCounterSQL.next(regionPrefix: "141025101", day: day, on: app.db)
            let nextDay = try await WorkOrderCounterSQL.next(regionPrefix: "141025100", day: day.adding(days: 1), on: app.db)
            // check
            #expect(Set(numbers.map(\.sequence)) == Set(1...40))
            #expect(Set(numbers.map(\.description)).count == 40)
            #expect(otherTown.description == "141025101-20261125-0001")
            #expect(nextDay.description == "141025100-20261126-0001")
        }
    }
}
