import FarunCore
import Testing

@Suite struct ChineseNumeralTests {
    @Test(arguments: [
        ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("一百零八", 108), ("一百一十", 110), ("一千二百五十四", 1254),
        ("一千零五", 1005), ("两百", 200), ("一万零一", 10_001), ("1254", 1254), ("82", 82),
    ])
    func readsStatuteNumerals(text: String, value: Int) {
        #expect(ChineseNumeral.parse(text) == value)
    }

    @Test(arguments: ["", "一二", "百", "第一", "12a", "123456789"])
    func refusesWhatIsNotANumeral(text: String) {
        #expect(ChineseNumeral.parse(text) == nil)
    }

    @Test func writesNumbersTheWayStatutesDo() {
        #expect(ChineseNumeral.format(1254) == "一千二百五十四")
        #expect(ChineseNumeral.format(12) == "十二")
        #expect(ChineseNumeral.format(10) == "十")
        #expect(ChineseNumeral.format(108) == "一百零八")
        #expect(ChineseNumeral.format(110) == "一百一十")
        #expect(ChineseNumeral.format(1005) == "一千零五")
        for n in 1...2000 { #expect(ChineseNumeral.parse(ChineseNumeral.format(n)) == n, "\(n)") }
    }
}

@Suite struct CitationParserTests {
    let known: Set<String> = ["民法典", "劳动合同法", "劳动法", "法律援助法", "刑法"]

    @Test func readsTheFourShapesOfTheIssue() {
        // setup
        let text = "依据《民法典》第1254条，又见民法典第一千二百五十四条；用人单位违反劳动合同法82条的，另见第八十二条第二款。"
        // act
        let found = CitationParser.find(in: text, knownLaws: known)
        // check
        #expect(found.map(\.law) == ["民法典", "民法典", "劳动合同法", "劳动合同法"])
        #expect(found.map(\.article) == [1254, 1254, 82, 82])
        #expect(found.map(\.paragraph) == [nil, nil, nil, 2])
        #expect(found.map(\.lawCarriedOver) == [false, false, false, true])
        let chars = Array(text)
        #expect(String(chars[found[0].range]) == "《民法典》第1254条")
        #expect(String(chars[found[2].range]) == "劳动合同法82条")
        #expect(String(chars[found[3].range]) == "第八十二条第二款")
    }

    @Test func anArticleOfTheSameNumberKeepsItsSupplementAsItsIdentity() {
        // act
        let found = CitationParser.find(in: "《中华人民共和国刑法》第一百三十三条之一第一款第二项", knownLaws: known)
        // check
        #expect(found.count == 1)
        #expect(found.first?.law == "刑法")
        #expect(found.first?.article == 133 && found.first?.supplement == 1)
        #expect(found.first?.paragraph == 1 && found.first?.item == 2)
        #expect(found.first?.articleText == "第一百三十三条之一")
    }

    @Test func unknownLawNamesAreCutAtTheWordsBeforeThem() {
        // act
        let found = CitationParser.find(in: "根据人民调解法第三十三条申请司法确认")
        // check
        #expect(found.map(\.law) == ["人民调解法"])
        #expect(found.map(\.article) == [33])
    }

    @Test func ordinaryNumbersAreNotCitations() {
        // act / check
        #expect(CitationParser.find(in: "他打了3条鱼，欠了二十条烟钱", knownLaws: known).isEmpty)
        #expect(CitationParser.find(in: "第三条", knownLaws: known).map(\.law) == [nil])
    }
}
