import FarunCore
import Testing

@Suite struct LawVersionsTests {
    let today = LocalDate("2026-11-25")!

    func version(_ status: LawStatus, effective: String?, version: String?) -> LawVersion {
        LawVersion(status: status, effectiveDate: effective.flatMap(LocalDate.init), versionDate: version.flatMap(LocalDate.init))
    }

    @Test func aFutureCurrentRowIsNotYetInForceAndTheHistoricalRowStillIs() {
        // setup: 商标法
        let versions = [version(.historical, effective: "1983-03-01", version: "2019-04-23"),
                        version(.current, effective: "2027-01-01", version: "2026-06-26")]
        // act
        let standings = LawVersions.standings(of: versions, today: today)
        // check
        #expect(standings == [.inForce, .notYetInForce(from: LocalDate("2027-01-01")!)])
    }

    @Test func rowsOfSeveralLawsAreDecidedLawByLawInTheirOwnOrder() {
        // setup: 商标法's two rows interleaved with 仲裁法's two rows
        let rows: [(name: String, version: LawVersion)] = [
            ("商标法", version(.historical, effective: "1983-03-01", version: "2019-04-23")),
            ("仲裁法", version(.historical, effective: "1995-09-01", version: "2017-09-01")),
            ("商标法", version(.current, effective: "2027-01-01", version: "2026-06-26")),
            ("仲裁法", version(.current, effective: "2026-03-01", version: "2025-09-12")),
        ]
        // act
        let standings = LawVersions.standings(of: rows, today: today, name: \.name, version: \.version)
        // check
        #expect(standings == [.inForce, .superseded, .notYetInForce(from: LocalDate("2027-01-01")!), .inForce])
    }

    @Test func onTheEffectiveDateTheNewVersionTakesOver() {
        let versions = [version(.historical, effective: "1983-03-01", version: "2019-04-23"),
                        version(.current, effective: "2027-01-01", version: "2026-06-26")]
        #expect(LawVersions.standings(of: versions, today: LocalDate("2027-01-01")!) == [.superseded, .inForce])
    }

    @Test func aRevisionInForceSupersedesTheHistoricalRow() {
        // 仲裁法: the 2025 revision took effect on 2026-03-01
        let versions = [version(.historical, effective: "1995-09-01", version: "2017-09-01"),
                        version(.current, effective: "2026-03-01", version: "2025-09-12")]
        #expect(LawVersions.standings(of: versions, today: today) == [.superseded, .inForce])
        #expect(LawVersions.standings(of: versions, today: LocalDate("2026-02-28")!) == [.inForce, .notYetInForce(from: LocalDate("2026-03-01")!)])
    }

    @Test func theOnlyAmendedTextIsInForceWhenNoCurrentRowExists() {
        // 刑法: only the 2020 consolidated text, marked 已被修改
        #expect(LawVersions.standing(of: version(.amended, effective: "1997-10-01", version: "2020-12-26"), today: today) == .inForce)
    }

    @Test func theLatestOfSeveralOldVersionsIsInForce() {
        let versions = [version(.historical, effective: "1990-01-01", version: "1990-01-01"),
                        version(.amended, effective: "2000-01-01", version: "2010-05-01")]
        #expect(LawVersions.standings(of: versions, today: today) == [.superseded, .inForce])
    }

    @Test func repealedStaysRepealedAndAnOldEffectiveDateOnACurrentRowCountsAsInForce() {
        // 注册会计师法 gives the original 1994 effective date on its 2026 row.
        let versions = [version(.historical, effective: "1994-01-01", version: "2014-08-31"),
                        version(.current, effective: "1994-01-01", version: "2026-06-26")]
        #expect(LawVersions.standings(of: versions, today: today) == [.superseded, .inForce])
        #expect(LawVersions.standing(of: version(.repealed, effective: "1997-01-01", version: "1996-10-29"), today: today) == .repealed)
    }

    @Test func standingKeysAreStable() {
        #expect([LawStanding.inForce, .notYetInForce(from: today), .superseded, .repealed].map(\.key)
                == ["in_force", "not_yet_in_force", "superseded", "repealed"])
    }
}

@Suite struct ArticleNumberTests {
    @Test(arguments: [
        ("1254", 1254, 0), ("一千二百五十四", 1254, 0), ("第1254条", 1254, 0), ("第一千二百五十四条", 1254, 0),
        ("133之一", 133, 1), ("133之1", 133, 1), ("133-2", 133, 2), ("第一百三十三条之一", 133, 1), (" 82 ", 82, 0),
    ])
    func readsWhatPeopleType(input: String, number: Int, supplement: Int) {
        #expect(ArticleNumber.parse(input) == ArticleNumber(number, supplement: supplement))
    }

    @Test(arguments: ["", "0", "第条", "abc", "12a", "条目3", "133之", "133之零", "第八十二条第二款", "-1", "999999"])
    func refusesMalformedNumbers(input: String) {
        #expect(ArticleNumber.parse(input) == nil)
    }

    @Test func writesLabelsTheWayStatutesDo() {
        #expect(ArticleNumber(133, supplement: 1).label == "第一百三十三条之一")
        #expect(ArticleNumber(1254).label == "第一千二百五十四条")
        #expect(ArticleNumber(133, supplement: 2).description == "133之二")
        #expect(ArticleNumber(133) < ArticleNumber(133, supplement: 1))
    }

    @Test func readsAmendmentItems() {
        #expect(ArticleNumber.itemNumber("条目十一") == 11)
        #expect(ArticleNumber.itemNumber("第十一条") == nil)
    }

    @Test func normalisesLawReferences() {
        #expect(LawNames.shortName("中华人民共和国劳动合同法") == "劳动合同法")
        #expect(LawNames.normalizedReference("《中华人民共和国民法典》") == "民法典")
        #expect(LawNames.normalizedReference("民诉法") == "民事诉讼法")
        #expect(LawNames.normalizedReference("劳动法") == "劳动法")
    }
}

@Suite struct StatuteHeadingsTests {
    @Test func splitsAGluedBookHeadingOffTheArticle() {
        // setup: 民法典 art 204 as the source has it
        let text = "期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。\n第二编 物 权\n第一分编 通 则"
        // act
        let split = StatuteHeadings.splitTrailingHeadings(text)
        // check
        #expect(split.text == "期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。")
        #expect(split.headings == ["第二编 物权", "第一分编 通则"])
        #expect(StatuteHeadings.isSubBook("第一分编 通则"))
    }

    @Test func keepsHeadingsWithEnumerationCommas() {
        let split = StatuteHeadings.splitTrailingHeadings("……\n第九分编 化学物质污染风险管控、电磁辐射和光污染防治")
        #expect(split.headings == ["第九分编 化学物质污染风险管控、电磁辐射和光污染防治"])
    }

    @Test func leavesOrdinaryArticlesAlone() {
        let text = "第一款规定的情形。\n第二编所称的物，包括不动产和动产，依照本编的规定。"
        #expect(StatuteHeadings.splitTrailingHeadings(text).headings.isEmpty)
        #expect(StatuteHeadings.splitTrailingHeadings("第二编 物 权").headings.isEmpty, "a text that is only a heading stays")
    }
}

@Suite struct AmendmentsTests {
    @Test func namesTheAmendedLaw() {
        #expect(Amendments.amendedLawName(documentName: "中华人民共和国刑法修正案（十一）") == "中华人民共和国刑法")
        #expect(Amendments.amendedLawName(documentName: "中华人民共和国刑法修正案") == "中华人民共和国刑法")
        #expect(Amendments.amendedLawName(documentName: "全国人民代表大会常务委员会关于修改《中华人民共和国网络安全法》的决定")
                == "中华人民共和国网络安全法")
        #expect(Amendments.amendedLawName(documentName: "某决定", text: "对《中华人民共和国食品安全法》作如下修改：") == "中华人民共和国食品安全法")
        #expect(Amendments.amendedLawName(documentName: "中华人民共和国劳动合同法") == nil)
    }

    @Test(arguments: [
        ("将刑法第十七条修改为：\"已满十六周岁的人犯罪，应当负刑事责任。\"", [ArticleNumber(17)]),
        ("在刑法第一百三十三条之一后增加一条，作为第一百三十三条之二：\"对行驶中的公共交通工具……依照本法第二十条\"", [ArticleNumber(133, supplement: 2)]),
        ("将刑法第一百三十四条第二款修改为：\"强令他人违章冒险作业……\"", [ArticleNumber(134)]),
        ("在刑法第一百六十五条中增加一款作为第二款，将该条修改为：\"国有公司……\"", [ArticleNumber(165)]),
        ("删去刑法第一百九十九条。", [ArticleNumber(199)]),
        ("将刑法第二百三十七条、第二百四十条修改为：", [ArticleNumber(237), ArticleNumber(240)]),
        ("本修正案自2021年3月1日起施行。", []),
    ])
    func findsTheArticlesAnItemChanges(text: String, expected: [ArticleNumber]) {
        #expect(Amendments.amendedArticles(item: text, lawShortName: "刑法") == expected)
    }
}
