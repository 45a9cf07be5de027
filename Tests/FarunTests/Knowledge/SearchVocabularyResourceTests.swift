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

    @Test func theBundledVocabularyCarriesTheArticleCues() {
        // setup: 民法典 art 1254 (things thrown from buildings) never says 楼上 or 砸; its cue row does
        let vocabulary = SearchVocabulary.bundled()
        let documents = [
            SearchDocument(key: "a:1", kind: .article, lawName: "中华人民共和国民法典", lawShortName: "民法典", articleNumber: 1254,
                           articleLabel: "第一千二百五十四条", text: "禁止从建筑物中抛掷物品。从建筑物中抛掷物品或者从建筑物上坠落的物品造成他人损害的，由侵权人依法承担侵权责任。"),
            SearchDocument(key: "a:2", kind: .article, lawName: "中华人民共和国民法典", lawShortName: "民法典", articleNumber: 1256,
                           articleLabel: "第一千二百五十六条", text: "在公共道路上堆放、倾倒、遗撒妨碍通行的物品造成他人损害的，由行为人承担侵权责任。"),
        ]
        // act
        let engine = LegalSearchEngine(documents: documents, vocabulary: vocabulary)
        // check
        #expect(vocabulary.cuedArticleCount > 1_000)
        #expect(engine.search(SearchQuery(text: "楼上扔东西把我砸伤了")).first?.key == "a:1")
    }
}
