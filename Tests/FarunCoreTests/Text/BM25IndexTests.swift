import FarunCore
import Testing

@Suite struct TokenizerTests {
    @Test func hanRunsBecomeBigramsAndLatinWordsLowerCase() {
        #expect(Tokenizer.terms("拖欠工资") == ["拖欠", "欠工", "工资"])
        #expect(Tokenizer.terms("离婚，APP 12348") == ["离婚", "app", "12348"])
        #expect(Tokenizer.terms("法") == ["法"])
        #expect(Tokenizer.terms("  ") == [])
    }
}

@Suite struct BM25IndexTests {
    static func index() -> BM25Index {
        var index = BM25Index(fields: [.init("law", weight: 3), .init("text", weight: 1)])
        index.add(id: 1, ["law": "劳动合同法", "text": "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。"])
        index.add(id: 2, ["law": "民法典", "text": "夫妻双方自愿离婚的，应当签订书面离婚协议，并亲自到婚姻登记机关申请离婚登记。"])
        index.add(id: 3, ["law": "劳动法", "text": "工资应当以货币形式按月支付给劳动者本人。不得克扣或者无故拖欠劳动者的工资。"])
        return index
    }

    @Test func theDocumentThatSaysItRanksFirst() {
        // act
        let wages = Self.index().search("老板拖欠工资")
        let divorce = Self.index().search("离婚")
        // check
        #expect(wages.first?.id == 3)
        #expect(divorce.map(\.id) == [2])
    }

    @Test func aMatchInTheWeightedFieldCountsMore() {
        // setup: the same words, once in the law's name and once in the text
        var index = BM25Index(fields: [.init("law", weight: 3), .init("text", weight: 1)])
        index.add(id: 10, ["law": "其他", "text": "法律援助"])
        index.add(id: 11, ["law": "法律援助", "text": "其他"])
        // act
        let hits = index.search("法律援助")
        // check
        #expect(hits.map(\.id) == [11, 10])
    }

    @Test func replacingRemovingAndFilteringChangeTheAnswer() {
        // setup
        var index = Self.index()
        // act
        index.add(id: 2, ["law": "民法典", "text": "当事人可以约定违约金。"])
        let afterReplace = index.search("离婚")
        index.remove(id: 3)
        let afterRemove = index.search("工资")
        let filtered = Self.index().search("劳动者", filter: { $0 != 1 })
        // check
        #expect(afterReplace.isEmpty)
        #expect(afterRemove.isEmpty)
        #expect(index.count == 2)
        #expect(filtered.map(\.id) == [3])
    }

    @Test func noMatchAndEmptyIndexGiveNothing() {
        #expect(Self.index().search("公证").isEmpty)
        #expect(BM25Index(fields: [.init("text", weight: 1)]).search("工资").isEmpty)
    }
}
