import Testing
@testable import FarunCore

@Suite struct RetryPolicyTests {
    @Test func delaysDoubleUpToTheCapAndStopAfterTheLastAttempt() {
        // setup
        let policy = RetryPolicy(baseSeconds: 30, capSeconds: 3600, maxAttempts: 12)
        // act
        let delays = (1...12).map { policy.delay(afterFailure: $0) }
        // check
        #expect(delays[0] == 30)
        #expect(delays[1] == 60)
        #expect(delays[2] == 120)
        #expect(delays[7] == 3600)
        #expect(delays[10] == 3600)
        #expect(delays[11] == nil)
        #expect(policy.delay(afterFailure: 0) == nil)
        #expect(policy.delay(afterFailure: 1_000) == nil)
    }
}
