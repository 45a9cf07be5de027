import Foundation
import Testing
import FarunCore

@Suite struct DisputeIntakeTests {
    static func party(_ role: PartyRole, _ name: String, consent: MediationConsent = .agrees, phone: String = "13800000001") -> DisputeParty {
        DisputeParty(role: role, name: name, phone: phone, address: "幸福村3组", consent: consent)
    }

    static func facts(_ parties: [DisputeParty], summary: String = "楼上漏水") -> DisputeFacts {
        DisputeFacts(type: .neighbour, urgency: .normal, amount: nil, parties: parties, summary: summary)
    }

    @Test func disputeTypesKeepTheirStoredRawValues() {
        // check: raw values are stored and exported, so they must never change
        #expect(DisputeType.allCases.map(\.rawValue) == ["family", "neighbour", "labour", "property_management", "land",
                                                          "compensation", "contract", "epidemic", "other"])
        #expect(DisputeUrgency.allCases.map(\.rawValue) == ["normal", "urgent", "escalation_risk"])
        #expect(MediationStage.allCases.map(\.rawValue) == ["accepted", "assigned", "mediating", "agreement_drafted", "agreed", "failed"])
    }

    @Test func aCompleteIntakeWithEveryoneAgreeingPasses() {
        // setup
        let facts = Self.facts([Self.party(.applicant, "李桂兰"), Self.party(.respondent, "王强", phone: "")])
        // act / check
        #expect(DisputeIntake.validate(facts, requireAllConsents: true).isEmpty)
    }

    @Test("人民调解法第十七条: 当事人一方明确拒绝调解的，不得调解")
    func aPartyRefusingMediationIsRefusedAtIntake() {
        // setup
        let facts = Self.facts([Self.party(.applicant, "李桂兰"), Self.party(.respondent, "王强", consent: .refuses)])
        // act
        let problems = DisputeIntake.validate(facts, requireAllConsents: false)
        // check
        #expect(problems == [.partyRefusesMediation(index: 1)])
    }

    @Test("人民调解法第三条（一）: voluntariness is recorded — at a window every party present must be asked")
    func consentMustBeRecordedAtTheWindowButOnlineOnlyForTheApplicant() {
        // setup
        let facts = Self.facts([Self.party(.applicant, "李桂兰"), Self.party(.respondent, "王强", consent: .notYetAsked)])
        let unasked = Self.facts([Self.party(.applicant, "李桂兰", consent: .notYetAsked), Self.party(.respondent, "王强")])
        // act / check
        #expect(DisputeIntake.validate(facts, requireAllConsents: true) == [.consentNotRecorded(index: 1)])
        #expect(DisputeIntake.validate(facts, requireAllConsents: false).isEmpty)
        #expect(DisputeIntake.validate(unasked, requireAllConsents: false) == [.consentNotRecorded(index: 0)])
    }

    @Test func everyMissingPieceIsReportedAtOnce() {
        // setup: one party only, nameless, without a phone, and no summary
        let facts = Self.facts([DisputeParty(role: .applicant, name: " ", phone: "", consent: .agrees)], summary: "  ")
        // act
        let problems = DisputeIntake.validate(facts, requireAllConsents: true)
        // check
        #expect(problems == [.partiesMissing, .partyNameMissing(index: 0), .applicantContactMissing, .summaryMissing])
    }

    @Test func aDisputeWithoutAnApplicantIsRefused() {
        // act
        let problems = DisputeIntake.validate(Self.facts([Self.party(.respondent, "甲"), Self.party(.respondent, "乙")]), requireAllConsents: true)
        // check
        #expect(problems == [.partiesMissing])
    }
}

@Suite struct DisputeAmountTests {
    @Test func yuanTextIsParsedExactlyIntoFen() throws {
        // act / check
        #expect(try DisputeAmount(yuan: "1234.5").fen == 123_450)
        #expect(try DisputeAmount(yuan: "3,000").fen == 300_000)
        #expect(try DisputeAmount(yuan: " 88.05元 ").fen == 8_805)
        #expect(try DisputeAmount(yuan: "0").fen == 0)
        #expect(try DisputeAmount(yuan: "100000000").description == "100000000.00")
        #expect(try DisputeAmount(fen: 5).description == "0.05")
    }

    @Test func negativeAmountsAreRefused() {
        // act / check
        #expect(throws: DisputeAmount.Problem.negative) { try DisputeAmount(yuan: "-5") }
        #expect(throws: DisputeAmount.Problem.negative) { try DisputeAmount(fen: -1) }
    }

    @Test func absurdAmountsAreRefused() {
        // act / check: above 一亿元, and numbers too long to be meant
        #expect(throws: DisputeAmount.Problem.tooLarge) { try DisputeAmount(yuan: "100000000.01") }
        #expect(throws: DisputeAmount.Problem.tooLarge) { try DisputeAmount(yuan: "99999999999999999999999") }
        #expect(throws: DisputeAmount.Problem.tooLarge) { try DisputeAmount(fen: Int64.max) }
    }

    @Test(arguments: ["", "abc", "1.2.3", "12.", ".5", "1e5", "１２", "5元元", "--5"])
    func textThatIsNotAnAmountIsRefused(text: String) {
        // act / check
        #expect(throws: DisputeAmount.Problem.notANumber) { try DisputeAmount(yuan: text) }
    }

    @Test func fractionsOfAFenAreRefused() {
        // act / check
        #expect(throws: DisputeAmount.Problem.tooPrecise) { try DisputeAmount(yuan: "1.005") }
    }
}
