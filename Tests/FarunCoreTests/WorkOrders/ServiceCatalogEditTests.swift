import Testing
@testable import FarunCore

/// The catalog's administration form as text: one material or limit per line, parsed into a `ServiceType`.
@Suite struct ServiceCatalogEditTests {
    @Test func anEntryFilledIntoTheFormParsesBackUnchanged() throws {
        // setup
        let edit = ServiceCatalogEdit(ServiceTypeProblemsTests.notarization)
        // act
        let parsed = try edit.parse().get()
        // check
        #expect(parsed == ServiceTypeProblemsTests.notarization)
        #expect(edit.materials == "身份证明 | 公证法第二十七条\n? 授权委托书 | 公证法第二十六条")
        #expect(edit.otherLimits == "0 日 | 《中华人民共和国人民调解法》第二十一条 | 无法定期限")
        #expect(edit.handling == .init(count: "15", unit: "working_day", citation: "《中华人民共和国公证法》第三十条", text: "受理后15个工作日内出证", rule: "NO-01"))
        #expect(edit.acceptance.isEmpty)
    }

    @Test func linesAcceptFullWidthMarksBlankLinesAndUnitWords() throws {
        // setup
        var edit = ServiceCatalogEdit(ServiceTypeProblemsTests.notarization)
        edit.code = " legal_aid "
        edit.materials = "\r\n  申请书 ｜ 法律援助法第四十条  \r\n\r\n？案件材料|条例第17条(三)\n"
        edit.otherLimits = "3日｜《中华人民共和国法律援助法》第四十三条｜决定后3日内指派｜LA-02\n24 hours | 第三十九条 | 24小时内转交\n1 working_day | 某条 | 某事"
        // act
        let parsed = try edit.parse().get()
        // check
        #expect(parsed.code == "LEGAL_AID")
        #expect(parsed.materials == [.init(item: "申请书", basis: "法律援助法第四十条"), .init(item: "案件材料", basis: "条例第17条(三)", isRequired: false)])
        #expect(parsed.otherLimits == [
            TimeLimit(count: 3, unit: .unspecifiedDays, ruleID: "LA-02", citation: "《中华人民共和国法律援助法》第四十三条", text: "决定后3日内指派"),
            TimeLimit(count: 24, unit: .hours, citation: "第三十九条", text: "24小时内转交"),
            TimeLimit(count: 1, unit: .workingDays, citation: "某条", text: "某事"),
        ])
    }

    @Test func emptyLimitFieldsMeanNoLimitEvenWithAUnitChosen() throws {
        // setup
        var edit = ServiceCatalogEdit(ServiceTypeProblemsTests.notarization)
        edit.handling = .init(count: " ", unit: "working_day")
        // act
        let parsed = try edit.parse().get()
        // check
        #expect(parsed.handlingLimit == nil)
    }

    @Test func unreadableLinesGetOneProblemEachWithTheirItemNumber() {
        // setup
        var edit = ServiceCatalogEdit(ServiceTypeProblemsTests.notarization)
        edit.materials = "身份证明 | 公证法\n没有依据的材料"
        edit.otherLimits = "三日 | 某法 | 某事\n5 fortnights | 某法 | 某事\n没有分隔符\n7 日 | 某法 | 某事"
        // act
        let result = edit.parse()
        // check
        #expect(result.problems == [
            .init(.materials, .missingBasis, item: 2),
            .init(.otherLimits, .countOutOfRange, item: 1, limit: ServiceType.Bounds.count),
            .init(.otherLimits, .unknownUnit, item: 2),
            .init(.otherLimits, .malformed, item: 3),
        ])
    }

    @Test func limitFieldsAndChannelsThatCannotBeReadAreReportedInFormOrder() {
        // setup
        var edit = ServiceCatalogEdit(ServiceTypeProblemsTests.notarization)
        edit.channels = ["window", "fax"]
        edit.acceptance = .init(count: "七", unit: "fortnight", citation: "", text: "七日内决定")
        edit.nameZh = "  "
        // act
        let result = edit.parse()
        // check
        #expect(result.problems == [
            .init(.nameZh, .required),
            .init(.acceptanceCount, .countOutOfRange, limit: ServiceType.Bounds.count),
            .init(.acceptanceUnit, .unknownChoice),
            .init(.acceptanceCitation, .required),
            .init(.channels, .unknownChoice),
        ])
    }
}

extension Result where Failure == ServiceTypeProblems {
    var problems: [ServiceTypeProblem] {
        if case .failure(let failure) = self { return failure.problems }
        return []
    }
}
