import Testing
@testable import FarunCore

@Suite struct SatisfactionRateTests {
    @Test(arguments: [
        // (满意, 基本满意, 不满意) → rate text
        (0, 0, 0, nil),
        (1, 0, 0, "100.0%"),
        (0, 0, 3, "0.0%"),
        (2, 1, 1, "75.0%"),
        (1, 1, 1, "66.7%"),        // 2/3 rounds up
        (0, 1, 2, "33.3%"),        // 1/3 rounds down
        (1, 0, 7, "12.5%"),
        (199, 0, 1, "99.5%"),
        (1999, 0, 1, "100.0%"),    // 99.95 % rounds half up
        (0, 19, 1, "95.0%"),       // 基本满意 counts as satisfied
    ] as [(Int, Int, Int, String?)])
    func rateCountsSatisfiedAndBasicallySatisfiedAmongAllRatings(s: Int, b: Int, d: Int, expected: String?) {
        // setup
        let tally = SatisfactionRate(satisfied: s, basicallySatisfied: b, dissatisfied: d)
        // act
        let text = tally.percentText
        // check
        #expect(text == expected)
        #expect(tally.total == s + b + d)
        if let rate = tally.rate { #expect(abs(rate - Double(s + b) / Double(s + b + d)) < 1e-12) } else { #expect(tally.total == 0) }
    }

    @Test func withoutRatingsThereIsNoRateRatherThanZero() {
        #expect(SatisfactionRate().rate == nil)
        #expect(SatisfactionRate().percentText == nil)
    }

    @Test func talliesAdd() {
        // setup
        let a = SatisfactionRate(satisfied: 1, basicallySatisfied: 2, dissatisfied: 3)
        let b = SatisfactionRate(satisfied: 4, basicallySatisfied: 0, dissatisfied: 1)
        // act
        let sum = a + b
        // check
        #expect(sum == SatisfactionRate(satisfied: 5, basicallySatisfied: 2, dissatisfied: 4))
        #expect(sum.percentText == "63.6%")
    }
}

@Suite struct BrowserChannelTests {
    @Test(arguments: [
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", WorkOrderChannel.mobileWeb),
        ("Mozilla/5.0 (Linux; Android 14; HUAWEI P60) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36", .mobileWeb),
        ("Mozilla/5.0 (Linux; Android 14; MatePad) AppleWebKit/537.36 Chrome/120.0 Safari/537.36", .web),
        ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148", .web),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36", .web),
        ("", .web),
    ] as [(String, WorkOrderChannel)])
    func aPhoneBrowserIsTheMobileWebChannelAndEverythingElseTheWebsite(agent: String, expected: WorkOrderChannel) {
        #expect(WorkOrderChannel.forBrowser(userAgent: agent) == expected)
    }

    @Test func noUserAgentIsTheWebsite() {
        #expect(WorkOrderChannel.forBrowser(userAgent: nil) == .web)
    }
}
