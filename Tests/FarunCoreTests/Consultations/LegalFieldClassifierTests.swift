import Foundation
import Testing
@testable import FarunCore

@Suite struct LegalFieldClassifierTests {
    /// The default table the app ships (read from the source tree; FarunCore has no bundle of its own).
    static let classifier: LegalFieldClassifier = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("Sources/Farun/Resources/consultations/field-keywords.txt")
        return LegalFieldClassifier(table: (try? String(contentsOf: url, encoding: .utf8)) ?? "")
    }()

    @Test func defaultTableLoadsWithoutProblems() {
        #expect(Self.classifier.keywords.count > 200)
        #expect(Self.classifier.problems.isEmpty)
    }

    @Test(arguments: [
        ("老板拖欠了我三个月工资，还不给签劳动合同，我该怎么办？", LegalField.labour),
        ("公司突然把我辞退了，能要经济补偿吗？", .labour),
        ("在工地干活摔伤了，包工头不管，算工伤吗？", .labour),
        ("试用期被单位辞退有没有补偿？天天加班也没有加班费", .labour),
        ("我想和老公离婚，孩子的抚养权怎么判？", .marriageFamily),
        ("订婚后女方悔婚，彩礼能要回来吗？", .marriageFamily),
        ("丈夫经常家暴，我能申请保护吗？", .marriageFamily),
        ("离婚后前妻不让我探望孩子怎么办", .marriageFamily),
        ("父亲去世没留遗嘱，遗产怎么分？", .inheritance),
        ("奶奶过世后留下的房子，几个继承人怎么继承？", .inheritance),
        ("朋友借钱三年不还，我手里有借条，怎么起诉？", .debt),
        ("网贷逾期了，催收天天打电话骚扰家人", .debt),
        ("亲戚欠款十万一直拖着，利息还能要吗？", .debt),
        ("签了买卖合同对方违约，定金能双倍返还吗？", .contract),
        ("房东不退押金，租房合同还没到期", .contract),
        ("装修公司延期完工，合同约定的违约金怎么算？", .contract),
        ("开发商逾期交房，商品房合同怎么维权？", .property),
        ("楼上邻居家漏水把我家泡了，物业不管", .property),
        ("村里重新分宅基地，我家的承包地被占了", .land),
        ("征地补偿款村集体一直不发", .land),
        ("土地承包经营权流转合同到期后村委会不让续包", .land),
        ("骑电动车被汽车撞了，交警的事故认定我有次要责任", .traffic),
        ("发生交通事故后对方逃逸了，保险公司赔吗？", .traffic),
        ("被邻居家的狗咬了，打疫苗的医药费谁出？", .personalInjury),
        ("在路上被人打伤，轻伤二级，能要多少赔偿？", .personalInjury),
        ("在医院做手术后出现并发症，是不是医疗事故？", .medical),
        ("医生误诊耽误了治疗，医院拒绝给病历", .medical),
        ("网购买到假货，商家拒绝退款，能要求退一赔三吗？", .consumer),
        ("健身卡办了不到一个月店家跑路了，预付卡怎么退？", .consumer),
        ("我被网上刷单诈骗了两万块，报警有用吗？", .criminal),
        ("我弟弟被拘留了，怎么申请取保候审？", .criminal),
        ("城管罚款不给开票，我想申请行政复议", .administrative),
        ("政府部门对信息公开申请不作为，能提起行政诉讼吗？", .administrative),
        ("别人抄袭我的作品还注册了我的商标", .intellectualProperty),
        ("隔壁工厂排污，废水污染了我家的鱼塘", .environment),
        ("子女不管老人，也不给赡养费，老年人该怎么办？", .elderlyMinors),
        ("孩子在学校遭到校园欺凌，学校有没有责任？", .elderlyMinors),
    ])
    func realisticQuestionsGetTheirField(question: String, field: LegalField) {
        // act
        let suggestion = Self.classifier.suggest(question)
        // check
        #expect(suggestion.field == .known(field), "\(question): \(suggestion.scores)")
        #expect(suggestion.confidence > 0.3)
    }

    @Test(arguments: ["你好，请问一下", "谢谢律师", "", "？？？"])
    func questionsWithoutLegalWordsAreOther(question: String) {
        // act
        let suggestion = Self.classifier.suggest(question)
        // check
        #expect(suggestion.field == .other)
        #expect(suggestion.confidence == 0)
    }

    @Test func mixedQuestionsNameTheRunnerUp() {
        // setup: a traffic accident at work touches labour and traffic
        let table = "labour\t工伤\t3\ntraffic\t车祸\t3\ntraffic\t交警\t2\n"
        // act
        let suggestion = LegalFieldClassifier(table: table).suggest("上班路上出了车祸，交警说对方全责，算工伤吗")
        // check
        #expect(suggestion.field == .known(.traffic))
        #expect(suggestion.runnerUp == .labour)
        #expect(suggestion.confidence == 5.0 / 8.0)
    }

    @Test func badTableLinesAreReportedAndSkipped() {
        // setup
        let table = "# comment\nlabour\t工资\t3\nnotafield\t词\t1\nlabour\t\t1\nlabour\t加班\tmany\nlabour only two\n"
        // act
        let classifier = LegalFieldClassifier(table: table)
        // check
        #expect(classifier.keywords.map(\.phrase) == ["工资"])
        #expect(classifier.problems.map(\.line) == [3, 4, 5, 6])
    }

    @Test func fullWidthAndUpperCaseMatchTheTable() {
        // setup
        let classifier = LegalFieldClassifier(table: "consumer\t12315\t3\n")
        // act / check
        #expect(classifier.suggest("打了１２３１５也没人管").field == .known(.consumer))
    }

    @Test func oneRepeatedWordCountsAtMostThreeTimes() {
        // setup
        let classifier = LegalFieldClassifier(table: "labour\t工资\t1\ndebt\t借条\t3.5\n")
        // act
        let suggestion = classifier.suggest("工资工资工资工资工资 借条")
        // check
        #expect(suggestion.scores[.labour] == 3)
        #expect(suggestion.field == .known(.debt))
    }
}
