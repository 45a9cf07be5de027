@testable import FarunCore

/// A small vocabulary and corpus written for the tests (not the shipped resources).
enum SearchFixtures {
    static let vocabulary = SearchVocabulary(
        words: """
            的 3000000
            是 1000000
            老板 4402
            拖欠 253
            工资 3000
            劳动 5000
            报酬 800
            劳动报酬 20
            用人单位 20
            离婚 900
            家庭暴力 20
            家庭 4000
            暴力 600
            交通事故 300
            交通 2000
            事故 1500
            劳动合同 100
            劳动合同法 50
            解除 800
            电动车 30
            电动 200
            """,
        expansions: """
            # colloquial → legal
            老板\t用人单位
            欠薪\t拖欠劳动报酬
            家暴\t家庭暴力
            撞车\t交通事故
            不签合同\t未订立书面劳动合同
            """,
        stopwords: "我\n了\n咋办\n怎么办\n跟\n吗\n",
        traditionalToSimplified: "離\t离\n資\t资\n暴\t暴\n")

    static func article(
        _ id: Int, law: String, _ text: String, number: Int, heading: String? = nil, department: String = "社会法",
        standing: SearchDocument.Standing = .inForce
    ) -> SearchDocument {
        SearchDocument(
            key: "a:\(id)", kind: .article, lawName: "中华人民共和国" + law, lawShortName: law, department: department,
            heading: heading, articleNumber: number, articleLabel: "第\(number)条", text: text, standing: standing)
    }

    static let documents: [SearchDocument] = [
        article(1, law: "劳动合同法", "用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。用人单位拖欠或者未足额支付劳动报酬的，劳动者可以依法向当地人民法院申请支付令。", number: 30),
        article(2, law: "劳动合同法", "本法自2008年1月1日起施行。", number: 98, heading: "第八章 附则"),
        article(3, law: "劳动合同法", "用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。", number: 82),
        article(4, law: "反家庭暴力法", "家庭暴力受害人及其法定代理人、近亲属可以向公安机关报案，也可以依法向人民法院起诉。", number: 13),
        article(5, law: "民法典", "夫妻双方自愿离婚的，应当签订书面离婚协议，并亲自到婚姻登记机关申请离婚登记。", number: 1076, department: "民法商法"),
        article(6, law: "道路交通安全法", "机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车第三者责任强制保险责任限额范围内予以赔偿。", number: 76, department: "行政法"),
        article(7, law: "劳动法", "工资应当以货币形式按月支付给劳动者本人。不得克扣或者无故拖欠劳动者的工资。", number: 50, standing: .superseded),
        SearchDocument(key: "e:1", kind: .faq, heading: "被拖欠工资怎么办", text: "问：老板拖欠工资怎么办？答：可以向劳动监察投诉，或者申请劳动仲裁。"),
        SearchDocument(key: "e:2", kind: .typicalCase, heading: "离婚纠纷典型案例", text: "原告与被告因感情不和诉至法院请求离婚，法院调解后准予离婚。"),
    ]

    static func engine(_ documents: [SearchDocument] = documents) -> LegalSearchEngine {
        LegalSearchEngine(documents: documents, vocabulary: vocabulary)
    }
}
