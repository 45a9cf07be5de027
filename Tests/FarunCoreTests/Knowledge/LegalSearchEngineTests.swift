@testable import FarunCore
import Testing

@Suite struct LegalSearchEngineTests {
    let engine = SearchFixtures.engine()

    func keys(_ query: SearchQuery) -> [String] { engine.search(query).map(\.key) }

    @Test func colloquialWordsFindTheArticleThatSaysItInLegalTerms() {
        // act: the article says 用人单位 … 拖欠 … 劳动报酬, never 老板 or 欠薪
        let hits = keys(SearchQuery(text: "老板欠薪三个月了我该咋办", kinds: [.article]))
        // check
        #expect(hits.first == "a:1")
    }

    @Test func slangFindsTheStatuteTerm() {
        // act
        let violence = keys(SearchQuery(text: "家暴", kinds: [.article]))
        let crash = keys(SearchQuery(text: "撞车了", kinds: [.article]))
        // check
        #expect(violence.first == "a:4")
        #expect(crash.first == "a:6")
    }

    @Test func aLawsNameDoesNotLiftItsUnrelatedArticles() {
        // act: 劳动合同法 art 98 (commencement) shares only the law's name with the question
        let hits = keys(SearchQuery(text: "劳动合同法 拖欠工资", kinds: [.article]))
        // check
        #expect(hits.first == "a:1")
        #expect(!hits.prefix(2).contains("a:2"))
    }

    @Test func casesAndFaqAreSearchedWithTheStatutes() {
        // act
        let hits = keys(SearchQuery(text: "老板拖欠工资怎么办"))
        // check
        #expect(hits.contains("e:1"))
        #expect(hits.contains("a:1"))
    }

    @Test func supersededTextIsLeftOutUnlessAskedFor() {
        // act: only 劳动法 art 50 (superseded) says 克扣
        let current = keys(SearchQuery(text: "克扣工资"))
        let all = keys(SearchQuery(text: "克扣工资", includeSuperseded: true))
        // check
        #expect(!current.contains("a:7"))
        #expect(all.contains("a:7"))
    }

    @Test func currentLawRanksBeforeSupersededLaw() {
        // act
        let hits = keys(SearchQuery(text: "拖欠工资", kinds: [.article], includeSuperseded: true))
        // check: a:7 matches best but is superseded
        #expect(hits.last == "a:7")
        #expect(hits.first != "a:7")
    }

    @Test func filtersNarrowByKindLawAndDepartment() {
        // act
        let faqOnly = keys(SearchQuery(text: "拖欠工资", kinds: [.faq]))
        let byShortName = keys(SearchQuery(text: "劳动者", lawName: "劳动合同法"))
        let byFullName = keys(SearchQuery(text: "劳动者", lawName: "中华人民共和国劳动合同法"))
        let civil = keys(SearchQuery(text: "离婚", department: "民法商法"))
        // check
        #expect(faqOnly == ["e:1"])
        #expect(Set(byShortName) == ["a:1", "a:3"])
        #expect(byFullName == byShortName)
        #expect(civil == ["a:5"])
    }

    @Test func theLimitIsHonoured() {
        // act
        let one = keys(SearchQuery(text: "劳动者", limit: 1))
        let none = keys(SearchQuery(text: "劳动者", limit: 0))
        // check
        #expect(one.count == 1)
        #expect(none.isEmpty)
    }

    @Test func traditionalCharactersFindSimplifiedText() {
        // act
        let hits = keys(SearchQuery(text: "離婚", kinds: [.article]))
        // check
        #expect(hits.first == "a:5")
    }

    @Test(arguments: ["", "   ", "？！。，、…", "\u{0}\u{FFFF}", "abc 123 iPhone15 第82条", "%%%)(*&", "劳动合同法第八十二条之一"])
    func badInputNeverCrashes(_ text: String) {
        // act
        let hits = engine.search(SearchQuery(text: text))
        // check
        #expect(hits.count <= 10)
    }

    @Test func aTwoThousandCharacterQuestionIsAnswered() {
        // setup
        let text = String(repeating: "老板拖欠工资，", count: 300)
        // act
        let hits = keys(SearchQuery(text: text, kinds: [.article]))
        // check
        #expect(hits.first == "a:1")
    }

    @Test func punctuationAloneFindsNothing() {
        // act
        let hits = engine.search(SearchQuery(text: "？！。，、"))
        // check
        #expect(hits.isEmpty)
    }

    @Test func snippetsMarkTheMatchedWords() {
        // act
        let hit = engine.search(SearchQuery(text: "老板拖欠工资", kinds: [.article])).first
        // check
        let marked = hit?.snippet.parts.filter(\.isMatch).map(\.text) ?? []
        #expect(marked.contains("用人单位"))
        #expect(marked.contains { $0.contains("拖欠") })
        #expect(hit?.snippet.plainText.contains("劳动报酬") == true)
    }

    @Test func longTextsGetAnExcerptAroundTheMatch() {
        // setup
        let filler = String(repeating: "其他事项依照有关规定办理。", count: 20)
        let engine = SearchFixtures.engine([
            SearchFixtures.article(1, law: "某法", filler + "用人单位拖欠劳动报酬的，劳动者可以申请支付令。" + filler, number: 1),
        ])
        // act
        let snippet = engine.search(SearchQuery(text: "拖欠劳动报酬")).first?.snippet
        // check
        #expect(snippet?.parts.first?.text == "…")
        #expect(snippet?.parts.last?.text == "…")
        #expect((snippet?.plainText.count ?? 0) < 120)
        #expect(snippet?.parts.contains { $0.isMatch } == true)
    }

    @Test func replacingCasesKeepsTheStatuteIndex() throws {
        // setup
        let newFAQ = SearchDocument(key: "e:9", kind: .faq, heading: "交通事故怎么赔", text: "问：撞车了怎么办？答：先报警。")
        // act
        let replaced = engine.replacing([.faq, .typicalCase], with: [newFAQ])
        // check
        #expect(replaced.documentCount == engine.documentCount - 2 + 1)
        #expect(replaced.search(SearchQuery(text: "撞车", kinds: [.faq])).map(\.key) == ["e:9"])
        #expect(replaced.search(SearchQuery(text: "拖欠工资", kinds: [.faq])).isEmpty)
        let before = engine.segments[0].postingDocument.withUnsafeBufferPointer { $0.baseAddress }
        let after = replaced.segments[0].postingDocument.withUnsafeBufferPointer { $0.baseAddress }
        #expect(before == after)
        #expect(engine.search(SearchQuery(text: "拖欠工资", kinds: [.faq])).map(\.key) == ["e:1"])
    }

    @Test func resultsAreStableForEqualScores() {
        // setup: two identical texts
        let engine = SearchFixtures.engine([
            SearchFixtures.article(2, law: "某法", "离婚登记", number: 2),
            SearchFixtures.article(1, law: "某法", "离婚登记", number: 1),
        ])
        // act
        let first = engine.search(SearchQuery(text: "离婚")).map(\.key)
        let second = engine.search(SearchQuery(text: "离婚")).map(\.key)
        // check
        #expect(first == ["a:2", "a:1"])
        #expect(first == second)
    }

    @Test func aHitsKeyLeadsBackToItsDocument() {
        // act
        let hit = engine.search(SearchQuery(text: "家暴", kinds: [.article])).first
        let document = hit.flatMap { engine.document(forKey: $0.key) }
        // check
        #expect(document?.lawName == "中华人民共和国反家庭暴力法")
        #expect(document?.articleNumber == 13)
        #expect(engine.document(forKey: "a:none") == nil)
    }

    @Test func anEmptyVocabularyStillMatchesByCharacterPairs() {
        // setup
        let engine = LegalSearchEngine(documents: SearchFixtures.documents, vocabulary: .empty)
        // act
        let hits = engine.search(SearchQuery(text: "离婚协议", kinds: [.article])).map(\.key)
        // check
        #expect(hits.first == "a:5")
    }
}

@Suite struct SearchEvaluationTests {
    static let law = "中华人民共和国劳动合同法"

    @Test func recallAndReciprocalRankCountTheFirstRelevantHit() {
        // setup: first relevant at rank 1, at rank 3, and not at all
        let ref = { (n: Int) in SearchEvaluation.ArticleRef(law: Self.law, article: n) }
        let evaluation = SearchEvaluation(queries: [
            .init(ranked: [ref(30), ref(1)], relevant: [ref(30)], latency: 0.001),
            .init(ranked: [ref(1), ref(2), ref(82)], relevant: [ref(82), ref(10)], latency: 0.002),
            .init(ranked: [ref(1)], relevant: [ref(99)], latency: 0.010),
        ])
        // act / check
        #expect(evaluation.recall(at: 1) == 1.0 / 3)
        #expect(evaluation.recall(at: 5) == 2.0 / 3)
        #expect(abs(evaluation.meanReciprocalRank(at: 10) - (1 + 1.0 / 3) / 3) < 1e-9)
        #expect(evaluation.meanReciprocalRank(at: 2) == 1.0 / 3)
    }

    @Test func latencyPercentilesUseNearestRank() {
        // setup
        let evaluation = SearchEvaluation(queries: (1...20).map {
            .init(ranked: [], relevant: [], latency: Double($0) / 1000)
        })
        // act / check
        #expect(evaluation.latency(percentile: 50) == 0.010)
        #expect(evaluation.latency(percentile: 95) == 0.019)
        #expect(SearchEvaluation(queries: []).latency(percentile: 95) == 0)
        #expect(evaluation.summary.contains("p95 19.00 ms"))
    }
}

@Suite struct ArticleCueTests {
    @Test func aCueFindsTheArticleByWordsItsTextNeverUses() {
        // setup: no fixture text says 试岗期; the cue row gives it to 劳动合同法 art 82, named as 第八十二条
        let plain = SearchFixtures.engine()
        let vocabulary = SearchVocabulary(
            words: "试岗 50\n", expansions: "", stopwords: "", traditionalToSimplified: "",
            articleCues: "# cues\n劳动合同法\t第八十二条\t试岗期｜入职没签合同\n劳动合同法\tnot a number\t忽略\n")
        let cued = LegalSearchEngine(documents: SearchFixtures.documents, vocabulary: vocabulary)
        // act
        let before = plain.search(SearchQuery(text: "试岗期", kinds: [.article])).map(\.key)
        let after = cued.search(SearchQuery(text: "试岗期", kinds: [.article])).map(\.key)
        // check
        #expect(before.isEmpty)
        #expect(after.first == "a:3")
        #expect(vocabulary.cuedArticleCount == 1)
    }

    @Test func cuesOfAnotherLawOrArticleAreNotAttached() {
        // setup: the row names 劳动法 art 82, which the corpus does not have
        let vocabulary = SearchVocabulary(
            words: "", expansions: "", stopwords: "", traditionalToSimplified: "", articleCues: "劳动法\t82\t试岗期\n")
        let engine = LegalSearchEngine(documents: SearchFixtures.documents, vocabulary: vocabulary)
        // act
        let hits = engine.search(SearchQuery(text: "试岗期", kinds: [.article])).map(\.key)
        // check
        #expect(hits.isEmpty)
    }

    @Test func anAddedArticleKeepsItsOwnCuesApartFromTheBaseArticle() {
        // setup: 第二百七十六条 and 第二百七十六条之一 share the arabic number 276
        let documents = [
            SearchDocument(
                key: "a:1", kind: .article, lawName: "中华人民共和国刑法", lawShortName: "刑法", articleNumber: 276,
                articleLabel: "第二百七十六条", text: "毁坏机器设备，破坏生产经营的，处三年以下有期徒刑。"),
            SearchDocument(
                key: "a:2", kind: .article, lawName: "中华人民共和国刑法", lawShortName: "刑法", articleNumber: 276,
                articleLabel: "第二百七十六条之一", text: "以转移财产、逃匿等方法逃避支付劳动者的劳动报酬，数额较大的，处三年以下有期徒刑。"),
        ]
        let vocabulary = SearchVocabulary(
            words: "", expansions: "", stopwords: "", traditionalToSimplified: "",
            articleCues: "刑法\t276之一\t老板跑路\n刑法\t276\t砸机器\n")
        let engine = LegalSearchEngine(documents: documents, vocabulary: vocabulary)
        // act
        let runaway = engine.search(SearchQuery(text: "老板跑路")).map(\.key)
        let smashed = engine.search(SearchQuery(text: "砸机器")).map(\.key)
        // check
        #expect(runaway == ["a:2"])
        #expect(smashed == ["a:1"])
    }

    @Test func theCueChannelsLiftAnArticleWhoseCuePhraseTheQuestionParaphrasesAboveOneThatRepeatsItsWords() {
        // setup: art 600 repeats the question's everyday words (亲戚, 借钱, 房子); art 538 says it in statute terms and
        // has the cue 欠钱的人把房子送人, which the question paraphrases in other words around the same characters
        let documents = [
            Self.civilCode(600, "亲戚之间借钱买房子的，借钱的人应当按照约定还钱；房子登记在亲戚名下的，亲戚不得擅自处分房子。"),
            Self.civilCode(538, "债务人以放弃其债权、无偿转让财产等方式无偿处分财产权益，影响债权人的债权实现的，债权人可以请求人民法院撤销债务人的行为。"),
            Self.civilCode(703, "租赁合同是出租人将租赁物交付承租人使用、收益，承租人支付租金的合同。"),
            Self.civilCode(667, "借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。"),
            Self.civilCode(657, "赠与合同是赠与人将自己的财产无偿给予受赠人，受赠人表示接受赠与的合同。"),
        ]
        let vocabulary = SearchVocabulary(
            words: "房子 100\n亲戚 100\n白送 50\n", expansions: "", stopwords: "我\n的\n把\n了\n给\n",
            traditionalToSimplified: "", articleCues: "民法典\t538\t欠钱的人把房子送人｜无偿转让逃债\n")
        var textOnly = SearchTuning()
        textOnly.cueChannel = 0
        textOnly.cuePhrase = 0
        let question = SearchQuery(text: "欠我钱的人把房子白送给亲戚了", kinds: [.article])
        // act
        let before = LegalSearchEngine(documents: documents, vocabulary: vocabulary, tuning: textOnly).search(question)
        let after = LegalSearchEngine(documents: documents, vocabulary: vocabulary).search(question)
        // check: with the cues only counted into the text the repeating article wins; judged on their own, the cue does
        #expect(before.map(\.key).prefix(2) == ["a:600", "a:538"])
        #expect(after.map(\.key).prefix(2) == ["a:538", "a:600"])
    }

    @Test func aCuePhraseScoresItsSharedCharactersAndPairsBetweenNothingAndAll() {
        // setup: two articles' cues, one phrase each
        let index = CuePhraseIndex([(0, Array("楼上扔东西砸伤人".unicodeScalars.map(\.value))), (1, Array("邻居噪音".unicodeScalars.map(\.value)))])
        let engine = SearchFixtures.engine()
        func scores(_ text: String) -> [Float] {
            var plan = QueryPlan(text, vocabulary: .empty, tuning: SearchTuning()) { _ in 0 }
            plan.keptText = Array(text.unicodeScalars.map(\.value))
            return engine.cuePhraseScores(index, plan: plan, count: 2)?.scores ?? []
        }
        // act
        let same = scores("楼上扔东西砸伤人")
        let part = scores("楼上有人扔东西")
        let none = scores("工资")
        // check
        #expect(abs(same[0] - 1) < 1e-5 && same[1] == 0)
        #expect(part[0] > 0 && part[0] < 1)
        #expect(none == [0, 0])
    }
    @Test func aQuestionAboutTimeFavoursTheArticleThatSetsATimeLimit() {
        // setup: two articles of one law, one sets a period (时效 … 三年), the other does not
        let documents = [
            Self.civilCode(675, "借款人应当按照约定返还借款。借钱不还的，贷款人可以催告。"),
            Self.civilCode(188, "向人民法院请求保护民事权利的诉讼时效期间为三年。借钱不还的，贷款人可以起诉。"),
        ]
        let vocabulary = SearchVocabulary(
            words: "借钱 100\n", expansions: "", stopwords: "", traditionalToSimplified: "",
            articleKinds: "deadline\t时效\ntiming\t年了…还\n")
        var off = SearchTuning()
        off.deadlineBoost = 0
        let engine = LegalSearchEngine(documents: documents, vocabulary: vocabulary)
        let plain = LegalSearchEngine(documents: documents, vocabulary: vocabulary, tuning: off)
        func score(_ engine: LegalSearchEngine, _ text: String, _ key: String) -> Double {
            engine.search(SearchQuery(text: text)).first { $0.key == key }?.score ?? 0
        }
        // act
        let timing = "借钱三年了不还，还能要"
        let other = "借钱不还"
        // check: only the time-limit article of a timing question is lifted, by the boost
        #expect(abs(score(engine, timing, "a:188") / score(plain, timing, "a:188") - 1.3) < 1e-3)
        #expect(score(engine, timing, "a:675") == score(plain, timing, "a:675"))
        #expect(score(engine, other, "a:188") == score(plain, other, "a:188"))
    }

    /// An article of 民法典 with the given number and text (for tests that need a few articles of one law).
    static func civilCode(_ number: Int, _ text: String) -> SearchDocument {
        SearchDocument(
            key: "a:\(number)", kind: .article, lawName: "中华人民共和国民法典", lawShortName: "民法典",
            articleNumber: number, text: text)
    }
}
