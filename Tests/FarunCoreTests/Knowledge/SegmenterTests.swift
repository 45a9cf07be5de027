@testable import FarunCore
import Testing

@Suite struct SearchSegmenterTests {
    static func words(_ text: String, avoidWhole: Bool = false) -> [String] {
        let folded = SearchFixtures.vocabulary.folding.fold(text)
        return SearchFixtures.vocabulary.lexicon.segment(folded[...], avoidWhole: avoidWhole).map { range in
            String(String.UnicodeScalarView(folded[range].compactMap(Unicode.Scalar.init)))
        }
    }

    @Test func dictionaryWordsComeOutWhole() {
        // act
        let words = Self.words("老板拖欠工资")
        // check
        #expect(words == ["老板", "拖欠", "工资"])
    }

    @Test func theMostProbableSplitWinsOverTheLongestPrefix() {
        // act: 劳动合同法 is a word, and so are 劳动报酬 and 劳动
        let law = Self.words("劳动合同法")
        let pay = Self.words("劳动报酬")
        // check
        #expect(law == ["劳动合同法"])
        #expect(pay == ["劳动报酬"])
    }

    @Test func unknownCharactersStandAlone() {
        // act
        let words = Self.words("喵喵工资")
        // check
        #expect(words == ["喵", "喵", "工资"])
    }

    @Test func avoidingTheWholeWordSplitsACompound() {
        // act
        let parts = Self.words("电动车", avoidWhole: true)
        // check
        #expect(parts == ["电动", "车"])
    }

    @Test func theIndexSeesEveryLongDictionaryWordAtEveryPosition() {
        // setup
        let text = SearchFixtures.vocabulary.folding.fold("支付劳动报酬")
        var keys: [UInt64] = []
        // act
        Analyzer.forEachIndexTerm(text, lexicon: SearchFixtures.vocabulary.lexicon) { keys.append($0) }
        // check: characters, pairs and the four-character word
        #expect(keys.contains(TermKey.of(Array("劳动报酬".unicodeScalars.map(\.value)))))
        #expect(keys.contains(TermKey.of(Array("报酬".unicodeScalars.map(\.value)))))
        #expect(keys.contains(TermKey.of(Array("付劳".unicodeScalars.map(\.value)))))
        #expect(keys.contains(TermKey.of(Array("支".unicodeScalars.map(\.value)))))
    }
}

@Suite struct SearchFoldingTests {
    @Test func traditionalCharactersFoldToSimplified() {
        // act
        let folded = SearchFixtures.vocabulary.folding.fold("離婚")
        // check
        #expect(folded == Array("离婚".unicodeScalars.map(\.value)))
    }

    @Test func fullWidthAndUpperCaseFoldToLowerAscii() {
        // act
        let folded = SearchFixtures.vocabulary.folding.fold("ＡＢＣ１Ktv")
        // check
        #expect(folded == Array("abc1ktv".unicodeScalars.map(\.value)))
    }

    @Test func foldingKeepsOneScalarPerScalar() {
        // setup
        let text = "離婚後，ＡＢ資產"
        // act
        let folded = SearchFixtures.vocabulary.folding.fold(text)
        // check: offsets stay valid for snippets
        #expect(folded.count == text.unicodeScalars.count)
    }

    @Test func theTableParserSkipsCommentsAndMultiCharacterRows() {
        // act
        let folding = TextFolding(parsing: "# header\n龍\t龙\n乾隆\t乾隆\n後\t后 後\n")
        // check
        #expect(folding.count == 2)
        #expect(folding.fold(0x9F8D) == 0x9F99)
    }
}
