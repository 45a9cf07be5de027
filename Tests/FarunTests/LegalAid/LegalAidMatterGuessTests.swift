import FarunCore
import Testing

/// The guess at the category from a matter in plain words, and what a hand-off lists as missing. Pure.
@Suite struct LegalAidMatterGuessTests {
    @Test("第三十一条: plain words point at the law's category; work injury before wages", arguments: [
        ("老板拖欠工资三个月不给", LegalAidCategory.wages),
        ("在工地受了工伤，老板不给工资也不赔", .workInjury),
        ("儿子不给赡养费", .maintenance),
        ("出了交通事故对方不赔", .otherInjury),
        ("想确认劳动关系", .employmentRelation),
        ("申请国家赔偿", .stateCompensation),
    ])
    func guessesTheCategory(text: String, expected: LegalAidCategory) {
        // act
        let guess = LegalAidMatterGuess.category(for: text)
        // check
        #expect(guess == expected)
    }

    @Test func aMatterWithoutTheLawsWordsIsNotGuessed() {
        // act / check
        #expect(LegalAidMatterGuess.category(for: "邻居家的树挡住了我家阳光") == nil)
        #expect(!LegalAidMatterGuess.looksLikeLegalAid("邻居家的树挡住了我家阳光"))
        #expect(LegalAidMatterGuess.looksLikeLegalAid("想问问能不能申请法律援助"))
    }

    @Test("第四十一条 (LA-17): the pledge is always missing from a hand-off; the statement only when the screening asks for it")
    func missingFieldsFollowTheScreening() {
        // setup
        let pledge = LegalAidScreening.assess(category: .wages, circumstances: [])
        let exempt = LegalAidScreening.assess(category: .wages, circumstances: [.migrantWorker])
        // act
        let anonymous = LegalAidMissingField.forHandoff(nameGiven: false, screening: pledge)
        let named = LegalAidMissingField.forHandoff(nameGiven: true, screening: exempt)
        // check
        #expect(anonymous == [.applicantName, .applicantResidentID, .category, .opponentName, .economicStatement, .pledge])
        #expect(named == [.applicantResidentID, .category, .opponentName, .pledge])
        #expect(LegalAidMissingField.parse(LegalAidMissingField.format(anonymous)) == anonymous)
    }
}
