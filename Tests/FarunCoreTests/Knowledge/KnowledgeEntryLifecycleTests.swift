import FarunCore
import Testing

@Suite struct KnowledgeEntryLifecycleTests {
    @Test(arguments: [
        (KnowledgeEntryState.draft, KnowledgeEntryAction.publish, KnowledgeEntryState?.some(.published)),
        (.published, .retire, .retired),
        (.retired, .publish, .published),
        (.draft, .retire, nil),
        (.published, .publish, nil),
        (.retired, .retire, nil),
    ])
    func allowsExactlyPublishRetireAndRepublish(from: KnowledgeEntryState, action: KnowledgeEntryAction, to: KnowledgeEntryState?) {
        // act
        let result = KnowledgeEntryLifecycle.apply(action, to: from)
        // check
        switch (result, to) {
        case (.success(let state), .some(let expected)): #expect(state == expected)
        case (.failure(let refusal), nil): #expect(refusal == .init(from: from, action: action))
        default: Issue.record("\(from) \(action) gave \(result), expected \(String(describing: to))")
        }
    }

    @Test func offersOnlyTheActionsTheStateAllows() {
        #expect(KnowledgeEntryLifecycle.actions(from: .draft) == [.publish])
        #expect(KnowledgeEntryLifecycle.actions(from: .published) == [.retire])
        #expect(KnowledgeEntryLifecycle.actions(from: .retired) == [.publish])
    }

    @Test func onlyEditsOfPublishedEntriesArePublic() {
        #expect(KnowledgeEntryLifecycle.editIsPublic(in: .published))
        #expect(!KnowledgeEntryLifecycle.editIsPublic(in: .draft))
        #expect(!KnowledgeEntryLifecycle.editIsPublic(in: .retired))
    }
}

@Suite struct ArticleReferenceListTests {
    let known: Set<String> = ["民法典", "劳动合同法", "道路交通安全法"]

    @Test func readsEveryWayStaffWriteAReference() {
        // setup
        let text = "《劳动合同法》第八十二条\n民法典1079\n劳动合同法30条、第八十五条；《中华人民共和国民法典》第1254条，刑法第一百三十三条之一"
        // act
        let parsed = ArticleReferenceList.parse(text, knownLaws: known)
        // check
        #expect(parsed.unreadable.isEmpty && parsed.withoutLaw.isEmpty)
        #expect(parsed.references.map(\.citation) == [
            "《劳动合同法》第八十二条", "《民法典》第一千零七十九条", "《劳动合同法》第三十条", "《劳动合同法》第八十五条",
            "《民法典》第一千二百五十四条", "《刑法》第一百三十三条之一",
        ])
        #expect(parsed.references.map(\.articleNumber) == [82, 1079, 30, 85, 1254, 133])
    }

    @Test func aBareNumberTakesTheLawOfThePieceBefore() {
        // act
        let parsed = ArticleReferenceList.parse("劳动合同法第三十条、85、八十七条", knownLaws: known)
        // check
        #expect(parsed.references.map(\.articleLabel) == ["第三十条", "第八十五条", "第八十七条"])
        #expect(Set(parsed.references.map(\.lawName)) == ["劳动合同法"])
    }

    @Test func namesThePiecesItCannotRead() {
        // act
        let parsed = ArticleReferenceList.parse("民法典第1079条\n劳动法的规定\n第八十二条x\n  \n", knownLaws: known)
        let orphan = ArticleReferenceList.parse("第八十二条", knownLaws: known)
        // check
        #expect(parsed.unreadable == ["劳动法的规定"])
        #expect(parsed.references.count == 2, "第八十二条 after 民法典 is 民法典's")
        #expect(orphan.withoutLaw == ["第八十二条"])
        #expect(orphan.references.isEmpty)
    }

    @Test func dropsDuplicatesKeepingTheFirstOrder() {
        // act
        let parsed = ArticleReferenceList.parse("民法典1079\n《民法典》第一千零七十九条\n民法典第1079条第二款", knownLaws: known)
        // check
        #expect(parsed.references.count == 1)
    }
}

@Suite struct KnowledgeEntryFormTests {
    static let good = KnowledgeEntryForm(kind: "case", title: " 未签书面劳动合同的二倍工资 ", summary: "入职八个月未签合同。",
                                         body: "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的……", legalField: "labour",
                                         source: "岳阳镇司法所", articles: "劳动合同法第八十二条")

    @Test func acceptsACompleteEntryTrimmed() throws {
        // act
        let content = try Self.good.parse(knownLaws: ["劳动合同法"]).get()
        // check
        #expect(content.title == "未签书面劳动合同的二倍工资")
        #expect(content.kind == .typicalCase && content.legalField == .labour)
        #expect(content.articles == [ArticleReference(lawName: "劳动合同法", articleLabel: "第八十二条", articleNumber: 82)])
        #expect(KnowledgeEntryForm(content).parse().map(\.articles) == .success(content.articles), "the form round-trips")
    }

    @Test func reportsEveryProblemAtOnce() {
        // setup
        var form = Self.good
        form.kind = "story"
        form.title = String(repeating: "长", count: 121)
        form.summary = "  "
        form.body = ""
        form.legalField = "astrology"
        form.source = ""
        form.articles = "随便写写\n第三条"
        // act
        let result = form.parse()
        // check
        guard case .failure(let failure) = result else { Issue.record("accepted a bad entry"); return }
        let problems = failure.problems
        let found = Set(problems.map { "\($0.field.rawValue):\($0.kind.rawValue)" })
        #expect(found == ["kind:unknownChoice", "title:tooLong", "summary:required", "body:required", "legal_field:unknownChoice",
                          "source:required", "articles:unreadableReference", "articles:referenceWithoutLaw"])
        #expect(problems.first { $0.kind == .unreadableReference }?.pieces == ["随便写写"])
        #expect(problems.first { $0.kind == .tooLong }?.limit == 120)
    }

    @Test func refusesMoreThanTwentyArticles() {
        // setup
        var form = Self.good
        form.articles = (1...21).map { "民法典第\($0)条" }.joined(separator: "\n")
        // act
        let result = form.parse()
        // check
        guard case .failure(let problems) = result else { Issue.record("accepted 21 articles"); return }
        #expect(problems.problems == [KnowledgeEntryProblem(.articles, .tooLong, limit: 20)])
    }
}

@Suite struct SearchExpansionRowTests {
    @Test func acceptsAWordAndItsTermsSeparatedAnyCommonWay() throws {
        // act
        let row = try SearchExpansionRow.parse(colloquial: " 老板 ", legalTerms: "用人单位  雇主、单位").get()
        // check
        #expect(row.colloquial == "老板")
        #expect(row.legalTerms == ["用人单位", "雇主", "单位"])
        #expect(row.legalTermsText == "用人单位 雇主 单位")
    }

    @Test(arguments: [
        ("", "用人单位", "colloquial:required"),
        (String(repeating: "欠", count: 21), "拖欠劳动报酬", "colloquial:tooLong"),
        ("拖 欠", "拖欠劳动报酬", "colloquial:containsSpace"),
        ("老板", "  ", "legal_terms:required"),
        ("老板", (1...11).map { "词\($0)" }.joined(separator: " "), "legal_terms:termCount"),
        ("老板", "用人单位 用人单位", "legal_terms:duplicateTerm"),
        ("老板", "老板 用人单位", "legal_terms:termIsColloquial"),
        ("老板", String(repeating: "长", count: 21), "legal_terms:termTooLong"),
    ])
    func refusesBadRowsWithTheReason(colloquial: String, terms: String, expected: String) {
        // act
        let result = SearchExpansionRow.parse(colloquial: colloquial, legalTerms: terms)
        // check
        guard case .failure(let failure) = result else { Issue.record("accepted \(colloquial) → \(terms)"); return }
        #expect(failure.problems.map { "\($0.field.rawValue):\($0.kind.rawValue)" } == [expected])
    }
}
