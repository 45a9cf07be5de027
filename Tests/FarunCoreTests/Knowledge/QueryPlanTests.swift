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
}
