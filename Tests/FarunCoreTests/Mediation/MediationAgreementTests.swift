import Foundation
import Testing
import FarunCore

@Suite struct MediationAgreementTests {
    static let parties = [
        AgreementDraft.PartyParticulars(role: .applicant, name: "李桂兰", address: "幸福村3组12号", residentIDMasked: ""),
        AgreementDraft.PartyParticulars(role: .respondent, name: "王强", address: "", residentIDMasked: "1410**********0011"),
    ]

    static func complete(form: AgreementForm = .written) -> AgreementDraft {
        AgreementDraft(form: form, committeeName: "幸福村人民调解委员会", parties: parties, facts: "楼上卫生间漏水致楼下墙面受损",
                       issues: "维修责任与赔偿数额", responsibilities: "王强承担维修责任", terms: "王强赔偿李桂兰2000元并负责维修",
                       performanceManner: "现金一次性支付", performanceDeadline: LocalDate("2026-12-31"))
    }

    static func day(_ s: String) -> LocalDate { LocalDate(s)! }

    @Test("人民调解法第二十九条: an agreement with all the listed content is complete")
    func aCompleteAgreementHasNothingMissing() {
        // act / check
        #expect(Self.complete().missingElements.isEmpty)
        #expect(Self.complete(form: .oral).missingElements.isEmpty)
    }

    @Test("人民调解法第二十九条: the template starts from the record and is refused until the mediator completes it")
    func theTemplateListsWhatTheMediatorMustStillWrite() {
        // act
        let draft = AgreementDraft.template(committeeName: "幸福村人民调解委员会", parties: Self.parties, summary: "漏水")
        // check
        #expect(draft.facts == "漏水")
        #expect(draft.missingElements == [.issues, .responsibilities, .terms, .performanceManner, .performanceDeadline])
    }

    @Test("人民调解法第二十九条（一）: every party's particulars are required")
    func partiesWithoutParticularsAreRefused() {
        // setup
        var draft = Self.complete()
        draft.parties[1].residentIDMasked = ""
        var single = Self.complete()
        single.parties.removeLast()
        // act / check
        #expect(draft.missingElements == [.partiesParticulars])
        #expect(single.missingElements == [.partiesParticulars])
    }

    @Test("人民调解法第二十九条第二款: a written agreement names the committee whose seal it bears; an oral one (第二十八条) need not")
    func theCommitteeIsRequiredOnWrittenAgreementsOnly() {
        // setup
        var written = Self.complete()
        written.committeeName = " "
        var oral = Self.complete(form: .oral)
        oral.committeeName = ""
        // act / check
        #expect(written.missingElements == [.committee])
        #expect(oral.missingElements.isEmpty)
    }

    @Test("人民调解法第二十九条第二款: effective only when every party, the mediator and the committee seal are in, on the last day")
    func aWrittenAgreementTakesEffectOnTheLastSignature() {
        // setup
        var signatures = [
            AgreementSignature(kind: .party, partyIndex: 0, method: .handwritten, on: Self.day("2026-11-20")),
            AgreementSignature(kind: .party, partyIndex: 1, method: .fingerprint, on: Self.day("2026-11-21")),
            AgreementSignature(kind: .mediator, method: .handwritten, on: Self.day("2026-11-21")),
        ]
        // act / check: no seal yet
        #expect(AgreementSignatures.effectiveDate(form: .written, partyCount: 2, signatures: signatures) == nil)
        signatures.append(AgreementSignature(kind: .committeeSeal, method: .seal, on: Self.day("2026-11-23")))
        #expect(AgreementSignatures.effectiveDate(form: .written, partyCount: 2, signatures: signatures) == Self.day("2026-11-23"))
        #expect(AgreementSignatures.effectiveDate(form: .written, partyCount: 3, signatures: signatures) == nil)
    }

    @Test("人民调解法第三十条: an oral agreement takes effect when every party has confirmed it")
    func anOralAgreementTakesEffectOnTheLastConfirmation() {
        // setup
        let signatures = [
            AgreementSignature(kind: .party, partyIndex: 1, method: .oralConfirmation, on: Self.day("2026-11-20")),
            AgreementSignature(kind: .party, partyIndex: 0, method: .oralConfirmation, on: Self.day("2026-11-20")),
        ]
        // act / check
        #expect(AgreementSignatures.effectiveDate(form: .oral, partyCount: 2, signatures: signatures) == Self.day("2026-11-20"))
        #expect(AgreementSignatures.effectiveDate(form: .oral, partyCount: 2, signatures: Array(signatures.prefix(1))) == nil)
    }

    @Test("电子签名法第三条: no electronic signature on a family (marriage, adoption, inheritance) agreement; 第十四条 allows it elsewhere")
    func electronicSignaturesAreRefusedForFamilyDisputes() {
        // setup
        let signature = AgreementSignature(kind: .party, partyIndex: 0, method: .electronic, on: Self.day("2026-11-20"))
        // act / check
        #expect(AgreementSignatures.problem(signature, form: .written, disputeType: .family, partyCount: 2, existing: []) == .electronicNotForPersonalRelations)
        #expect(AgreementSignatures.problem(signature, form: .written, disputeType: .contract, partyCount: 2, existing: []) == nil)
    }

    @Test func signaturesMustFitTheFormAndCountOnce() {
        // setup
        let first = AgreementSignature(kind: .party, partyIndex: 0, method: .handwritten, on: Self.day("2026-11-20"))
        // act / check
        #expect(AgreementSignatures.problem(first, form: .written, disputeType: .land, partyCount: 2, existing: [first]) == .alreadySigned)
        #expect(AgreementSignatures.problem(first, form: .oral, disputeType: .land, partyCount: 2, existing: []) == .methodDoesNotFitForm)
        #expect(AgreementSignatures.problem(.init(kind: .committeeSeal, method: .seal, on: Self.day("2026-11-20")),
                                            form: .oral, disputeType: .land, partyCount: 2, existing: []) == .notForOralAgreement)
        #expect(AgreementSignatures.problem(.init(kind: .party, partyIndex: 5, method: .seal, on: Self.day("2026-11-20")),
                                            form: .written, disputeType: .land, partyCount: 2, existing: []) == .unknownParty)
        #expect(AgreementSignatures.problem(.init(kind: .party, partyIndex: 0, method: .oralConfirmation, on: Self.day("2026-11-20")),
                                            form: .written, disputeType: .land, partyCount: 2, existing: []) == .methodDoesNotFitForm)
    }
}
