import Testing
@testable import FarunCore

@Suite struct WorkOrderNumberTests {
    @Test func numbersReadAsRegionDayAndPaddedSequence() throws {
        // setup
        let day = try #require(LocalDate("2026-11-25"))
        // act
        let number = WorkOrderNumber(regionPrefix: "141025100", day: day, sequence: 7)
        // check
        #expect(number.description == "141025100-20261125-0007")
        #expect(WorkOrderNumber(regionPrefix: "141025", day: day, sequence: 12345).description == "141025-20261125-12345")
    }

    @Test func typedNumbersAreParsedAndNonsenseIsRefused() throws {
        #expect(WorkOrderNumber(" 141025100-20261125-0007 ") == WorkOrderNumber(regionPrefix: "141025100", day: LocalDate("2026-11-25")!, sequence: 7))
        for bad in ["", "141025100-20261125", "141025100-20261325-0001", "14102x-20261125-0001", "141025-20261125-0000", "141025-2026112-0001", "141025-20261125-01"] {
            #expect(WorkOrderNumber(bad) == nil, "\(bad)")
        }
    }
}
