import Testing
@testable import FarunCore

/// `ServiceType.problems()`: what a catalog entry must hold before it is saved (pages and API alike).
@Suite struct ServiceTypeProblemsTests {
    static let notarization = ServiceType(
        code: "NOTARIZATION", nameZh: "公证", nameEn: "Notarization", handler: "公证机构",
        materials: [.init(item: "身份证明", basis: "公证法第二十七条"), .init(item: "授权委托书", basis: "公证法第二十六条", isRequired: false)],
        acceptanceLimit: nil,
        handlingLimit: TimeLimit(count: 15, unit: .workingDays, ruleID: "NO-01", citation: "《中华人民共和国公证法》第三十条", text: "受理后15个工作日内出证"),
        otherLimits: [TimeLimit(count: 0, unit: .unspecifiedDays, citation: "《中华人民共和国人民调解法》第二十一条", text: "无法定期限")],
        channels: [.window, .web], isFree: false)

    @Test func aCompleteEntryHasNoProblemsAndZeroIsAllowedForAnOtherLimit() {
        #expect(Self.notarization.problems().isEmpty)
    }

    @Test func missingNamesHandlerAndChannelsAreEachReported() {
        // setup
        var service = Self.notarization
        service.nameZh = ""
        service.nameEn = ""
        service.handler = ""
        service.channels = []
        // act
        let problems = service.problems()
        // check
        #expect(problems == [.init(.nameZh, .required), .init(.nameEn, .required), .init(.handler, .required), .init(.channels, .required)])
    }

    @Test func codesFollowIsValidCode() {
        for (code, expected) in [("", ServiceTypeProblem.Kind.required), ("notarization", .invalidCode), ("1ABC", .invalidCode), ("公证", .invalidCode)] {
            // setup
            var service = Self.notarization
            service.code = code
            // act / check
            #expect(service.problems() == [.init(.code, expected)], "\(code)")
        }
    }

    @Test func aDeadlineMustCountAtLeastOneDayAndCiteItsLaw() {
        // setup
        var service = Self.notarization
        service.handlingLimit = TimeLimit(count: 0, unit: .hours, citation: "", text: "")
        service.acceptanceLimit = TimeLimit(count: 3, unit: .months, citation: "《仲裁法》第七十二条", text: "")
        // act
        let problems = service.problems()
        // check
        #expect(problems == [
            .init(.acceptanceUnit, .notDayCount),
            .init(.handlingCount, .countOutOfRange, limit: ServiceType.Bounds.count),
            .init(.handlingUnit, .notDayCount),
            .init(.handlingCitation, .required),
        ])
    }

    @Test func materialAndOtherLimitProblemsNameTheirItem() {
        // setup
        var service = Self.notarization
        service.materials = [.init(item: "身份证明", basis: ""), .init(item: "", basis: "依据"), .init(item: String(repeating: "材", count: 301), basis: "依据")]
        service.otherLimits = [TimeLimit(count: 3, unit: .months, citation: "", text: "申请撤销"), TimeLimit(count: -1, unit: .years, citation: "某法", text: "")]
        // act
        let problems = service.problems()
        // check
        #expect(problems == [
            .init(.materials, .missingBasis, item: 1),
            .init(.materials, .missingItem, item: 2),
            .init(.materials, .tooLong, item: 3, limit: 300),
            .init(.otherLimits, .missingCitation, item: 1),
            .init(.otherLimits, .countOutOfRange, item: 2, limit: ServiceType.Bounds.count),
            .init(.otherLimits, .missingText, item: 2),
        ])
    }

    @Test func overlongFieldsAndTooManyLinesAreRefused() {
        // setup
        var service = Self.notarization
        service.nameEn = String(repeating: "n", count: 81)
        service.materials = Array(repeating: .init(item: "材料", basis: "依据"), count: 41)
        // act
        let problems = service.problems()
        // check
        #expect(problems == [.init(.nameEn, .tooLong, limit: 80), .init(.materials, .tooMany, limit: 40)])
    }
}
