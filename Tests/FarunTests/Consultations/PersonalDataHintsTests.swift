import Testing
@testable import Farun

/// What the FAQ reviewer is shown as possibly personal: long digit runs and masked numbers, names next to a cue;
/// years, short numbers and plain text are left alone.
@Suite struct PersonalDataHintsTests {
    @Test(arguments: [
        ("我的电话139****5678，请回电", ["139****5678"]),
        ("银行卡 62220212345678 被扣款", ["62220212345678"]),
        ("全角号码１３９１２３４５６７８", ["１３９１２３４５６７８"]),
        ("我叫王小明，在岳阳镇打工", ["王小明"]),
        ("姓名：李华", ["李华"]),
        ("张先生可以申请劳动仲裁", ["张先生"]),
        ("请王小明女士带上材料", ["王小明女士"]),
    ])
    func personalLookingPiecesAreFlagged(text: String, expected: [String]) {
        // act
        let flagged = PersonalDataHints.flagged(text)
        // check
        #expect(flagged == expected)
    }

    @Test(arguments: ["2026年起施行的规定", "拖欠工资3个月，共8000元", "可以申请劳动仲裁。", "****"])
    func ordinaryTextIsLeftAlone(text: String) {
        // act
        let segments = PersonalDataHints.segments(text)
        // check
        #expect(segments == [.init(text: text, flagged: false)])
    }

    @Test func theSegmentsPutTheTextBackTogether() {
        // setup
        let text = "我叫王小明，电话139****5678，张先生也知道。"
        // act
        let segments = PersonalDataHints.segments(text)
        // check
        #expect(segments.map(\.text).joined() == text)
        #expect(segments.filter(\.flagged).map(\.text) == ["王小明", "139****5678", "张先生"])
    }
}
