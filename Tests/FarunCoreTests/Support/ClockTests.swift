import Foundation
import Testing
import FarunCore

@Suite struct ClockTests {
    @Test func fixedClockReturnsItsDateUntilAdvanced() {
        // setup
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        var clock = FixedClock(start)
        // act / check
        #expect(clock.now() == start)
        clock.advance(by: 3600)
        #expect(clock.now() == start.addingTimeInterval(3600))
        #expect(FixedClock(date: start).now() == start)
    }

    @Test func fixedClockWorksThroughTheProtocol() {
        let clock: any FarunClock = FixedClock(Date(timeIntervalSince1970: 0))
        #expect(clock.now() == Date(timeIntervalSince1970: 0))
    }
}
