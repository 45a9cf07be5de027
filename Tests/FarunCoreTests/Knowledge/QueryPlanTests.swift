@testable import FarunCore
import Testing

@Suite struct SearchQueryPlanTests {
    static func plan(_ text: String, vocabulary: SearchVocabulary = SearchFixtures.vocabulary) -> QueryPlan {
        QueryPlan(text, vocabulary: vocabulary, tuning: SearchTuning()) { _ in 1000 }
    }

    static func key(_ s: String) -> UInt64 { TermKey.of(Array(s.unicodeScalars.map(\.value))) }

    @Test func fillerWordsLeaveNoConcepts() {
        // act
        let plan = Self.plan("我咋办了吗")
        // check
        #expect(plan.concepts.isEmpty)
    }

    @Test func aColloquialWordCarriesItsLegalTermAsAnAlternative() {
        // act
        let plan = Self.plan("老板")
        // check
        let keys = plan.concepts.flatMap { $0.alternatives.flatMap { $0.map(\.key) } }
        #expect(plan.concepts.count == 1)
        #expect(keys.contains(Self.key("老板")))
        #expect(keys.contains(Self.key("用人单位")))
    }

    @Test func expansionTermsWeighLessThanTheCitizensOwnWord() {
        // act
        let concept = Self.plan("老板").concepts[0]
        // check
        let own = concept.alternatives.flatMap { $0 }.first { $0.key == Self.key("老板") }
        let legal = concept.alternatives.flatMap { $0 }.first { $0.key == Self.key("用人单位") }
        #expect((legal?.weight ?? 1) < (own?.weight ?? 0))
    }

    @Test func aPhraseIsFoundAfterFillerIsRemoved() {
        // act: 不签合同 is in the table; the question says 不跟我签合同
        let plan = Self.plan("不跟我签合同")
        // check
        let keys = plan.concepts.flatMap { $0.alternatives.flatMap { $0.map(\.key) } }
        #expect(keys.contains(Self.key("未订立书面劳动合同")) || keys.contains(Self.key("未订立")))
    }

    @Test func aNegatedPhraseSurvivesFillerBetweenTheNegationAndTheVerb() {
        // setup: 不, 跟 and 我 are all filler on their own; 不签劳动合同 is a phrase of the table
        let vocabulary = SearchVocabulary(
            words: "的 3000000\n劳动合同 5000\n公司 8000\n", expansions: "不签劳动合同\t未订立书面劳动合同\n",
            stopwords: "不\n跟\n我\n一直\n", traditionalToSimplified: "")
        // act
        let negated = Self.plan("公司一直不跟我签劳动合同", vocabulary: vocabulary)
        let plain = Self.plan("公司跟我签劳动合同", vocabulary: vocabulary)
        // check
        let keys = { (plan: QueryPlan) in Set(plan.concepts.flatMap { $0.alternatives.flatMap { $0.map(\.key) } }) }
        #expect(keys(negated).contains(Self.key("未订立书面劳动合同")))
        #expect(!keys(plain).contains(Self.key("未订立书面劳动合同")))
    }

    @Test func aPhraseMustNotStraddleWords() {
        // setup: 亲生 (one's own child) appears across 父亲|生前 (father|before his death)
        let vocabulary = SearchVocabulary(
            words: "的 3000000\n父亲 5000\n生前 300\n", expansions: "亲生\t亲子关系\n生前\t被继承人\n", stopwords: "",
            traditionalToSimplified: "")
        // act
        let plan = Self.plan("父亲生前", vocabulary: vocabulary)
        // check
        let keys = plan.concepts.flatMap { $0.alternatives.flatMap { $0.map(\.key) } }
        #expect(!keys.contains(Self.key("亲子关系")))
        #expect(keys.contains(Self.key("被继承人")))
    }

    @Test func aShorterPhraseInsideALongerOneGivesWay() {
        // setup
        let vocabulary = SearchVocabulary(
            words: "的 3000000\n", expansions: "离职\t解除劳动合同\n离职证明\t解除或者终止劳动合同的证明\n", stopwords: "",
            traditionalToSimplified: "")
        // act
        let plan = Self.plan("离职证明", vocabulary: vocabulary)
        // check
        let keys = plan.concepts.flatMap { $0.alternatives.flatMap { $0.map(\.key) } }
        #expect(keys.contains(Self.key("解除或者终止劳动合同的证明")))
        #expect(!keys.contains(Self.key("解除劳动合同")))
    }

    @Test func everydayWordsNoRowTranslatesCountLess() {
        // setup: 衣服 is frequent in the word list and in one document only; 工资 is in many
        let vocabulary = SearchVocabulary(
            words: "的 3000000\n衣服 5000\n工资 3000\n", expansions: "", stopwords: "", traditionalToSimplified: "")
        // act
        let plan = QueryPlan("衣服工资", vocabulary: vocabulary, tuning: SearchTuning()) { key in
            key == Self.key("衣服") ? 1 : 1000
        }
        // check
        #expect(plan.concepts.map(\.importance) == [SearchTuning().everydayWordImportance, 1])
    }

    @Test func aRepeatedWordIsOneConcept() {
        // act
        let plan = Self.plan("工资工资，工资")
        // check
        #expect(plan.concepts.count == 1)
    }

    @Test func staffExpansionsAddedAtRunTimeAreUsed() {
        // setup
        let vocabulary = SearchFixtures.vocabulary.adding(expansions: [(colloquial: "讨薪", legal: ["劳动报酬"])])
        // act
        let plan = Self.plan("讨薪", vocabulary: vocabulary)
        // check
        let keys = plan.concepts.flatMap { $0.alternatives.flatMap { $0.map(\.key) } }
        #expect(keys.contains(Self.key("劳动报酬")))
        #expect(vocabulary.expansionCount == SearchFixtures.vocabulary.expansionCount + 1)
    }

    @Test func longQuestionsAreCut() {
        // act
        let plan = Self.plan(String(repeating: "工资离婚交通事故", count: 500))
        // check: capped at 200 characters, repeated words merged
        #expect(plan.concepts.count <= 10)
    }
    @Test func charactersLeftAloneSideBySideAlsoCountOneByOne() {
        // setup: no word list, so 病 and 全 are single characters the dictionary left alone
        let vocabulary = SearchVocabulary(words: "的 3000000\n", expansions: "", stopwords: "", traditionalToSimplified: "")
        // act
        let concept = Self.plan("病全", vocabulary: vocabulary).concepts[0]
        // check: the pair is one alternative, the characters at runCharacterWeight another
        #expect(concept.alternatives.contains { $0.map(\.key) == [Self.key("病全")] })
        let characters = concept.alternatives.first { $0.map(\.key) == [Self.key("病"), Self.key("全")] }
        #expect(characters?.map(\.weight) == [SearchTuning().runCharacterWeight, SearchTuning().runCharacterWeight])
    }

    @Test func aQuestionAboutTimeIsToldFromOneThatIsNot() {
        // setup
        let vocabulary = SearchVocabulary(
            words: "的 3000000\n", expansions: "", stopwords: "", traditionalToSimplified: "",
            articleKinds: "timing\t多少天\ntiming\t年了…还\n")
        // act
        let asks = ["上诉要在多少天里", "借钱三年了一直不还，还能告", "离婚孩子归谁"].map { Self.plan($0, vocabulary: vocabulary).asksTiming }
        // check
        #expect(asks == [true, true, false])
    }
}
