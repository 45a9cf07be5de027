@testable import Farun
import FarunCore
import Testing

@Suite struct SearchVocabularyResourceTests {
    @Test func theBundledVocabularyLoadsEveryFile() {
        // act
        let vocabulary = SearchVocabulary.bundled()
        // check: the word list, the expansion table and the 繁→简 table are all there
        #expect(vocabulary.wordCount > 50_000)
        #expect(vocabulary.expansionCount > 1_000)
        let engine = LegalSearchEngine(
            documents: [SearchDocument(key: "a:1", kind: .article, lawName: "中华人民共和国劳动合同法", lawShortName: "劳动合同法",
                                       articleNumber: 30, text: "用人单位拖欠或者未足额支付劳动报酬的，劳动者可以依法申请支付令。")],
            vocabulary: vocabulary)
        #expect(engine.search(SearchQuery(text: "老闆欠薪")).map(\.key) == ["a:1"])
    }
}
