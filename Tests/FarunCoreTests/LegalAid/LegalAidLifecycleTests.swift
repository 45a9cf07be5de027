import Testing
import FarunCore

@Suite struct LegalAidLifecycleTests {
    let today = WorkdaysFixture.day("2026-11-04")

    @Test("第四十三条: a refusal must state its reasons in writing")
    func refusalNeedsReasons() {
        // act
        let bare = LegalAidLifecycle.apply(.refuse, to: .received, .init(reasons: "  \n"))
        let reasoned = LegalAidLifecycle.apply(.refuse, to: .received, .init(reasons: "经核查不符合经济困难标准"))
        // check
        #expect(bare == .failure(.reasonsRequired))
        #expect(reasoned == .success(.refused))
    }

    @Test("第四十三条第二款: the missing-materials notice lists every item and a reply date")
    func supplementNoticeContent() {
        // act
        let empty = LegalAidLifecycle.apply(.requestMaterials, to: .received, .init(missingMaterials: [" "], replyDue: today.adding(days: 15), today: today))
        let noDate = LegalAidLifecycle.apply(.requestMaterials, to: .received, .init(missingMaterials: ["身份证复印件"], today: today))
        let pastDate = LegalAidLifecycle.apply(.requestMaterials, to: .received, .init(missingMaterials: ["身份证复印件"], replyDue: today, today: today))
        let good = LegalAidLifecycle.apply(.requestMaterials, to: .received, .init(missingMaterials: ["身份证复印件", "劳动合同"], replyDue: today.adding(days: 15), today: today))
        // check
        #expect(empty == .failure(.missingMaterialsRequired))
        #expect(noDate == .failure(.replyDueRequired))
        #expect(pastDate == .failure(.replyDueRequired))
        #expect(good == .success(.materialsIncomplete))
    }

    @Test("第四十三条第二款: the notice is one-time — no second notice while one is open")
    func oneTimeNotice() {
        // act
        let again = LegalAidLifecycle.apply(.requestMaterials, to: .materialsIncomplete, .init(missingMaterials: ["另一项"], replyDue: today.adding(days: 5), today: today))
        // check
        #expect(again == .failure(.notAllowed(from: .materialsIncomplete, action: .requestMaterials)))
    }

    @Test("第四十三条第二款: no supplement by the reply date means the application is deemed withdrawn")
    func deemedWithdrawn() {
        // setup
        let due = WorkdaysFixture.day("2026-11-19")
        // act
        let early = LegalAidLifecycle.apply(.lapse, to: .materialsIncomplete, .init(replyDue: due, today: due))
        let after = LegalAidLifecycle.apply(.lapse, to: .materialsIncomplete, .init(replyDue: due, today: due.adding(days: 1)))
        let supplied = LegalAidLifecycle.apply(.supplyMaterials, to: .materialsIncomplete)
        // check
        #expect(early == .failure(.replyDueNotPassed))
        #expect(after == .success(.withdrawn))
        #expect(supplied == .success(.received))
        #expect(LegalAidState.withdrawn.isFinal)
    }

    @Test("第四十三条、第五十条: a granted application is assigned, handled and closed with a report")
    func grantedCaseRunsToClosing() throws {
        // act
        let granted = try LegalAidLifecycle.apply(.grant, to: .received).get()
        let unassigned = LegalAidLifecycle.apply(.assign, to: granted)
        let assigned = try LegalAidLifecycle.apply(.assign, to: granted, .init(hasProvider: true)).get()
        let handling = try LegalAidLifecycle.apply(.startHandling, to: assigned).get()
        let noOutcome = LegalAidLifecycle.apply(.close, to: handling)
        let closed = LegalAidLifecycle.apply(.close, to: handling, .init(outcome: .won, amountRecoveredFen: 1_234_500))
        // check
        #expect(unassigned == .failure(.providerRequired))
        #expect(noOutcome == .failure(.outcomeRequired))
        #expect(closed == .success(.closed))
        #expect(LegalAidLifecycle.actions(from: .closed).isEmpty)
    }

    @Test("第五十条: the amount recovered in the closing report is neither negative nor absurd")
    func closingAmounts() {
        // act
        let negative = LegalAidLifecycle.apply(.close, to: .handling, .init(outcome: .won, amountRecoveredFen: -1))
        let absurd = LegalAidLifecycle.apply(.close, to: .handling, .init(outcome: .won, amountRecoveredFen: LegalAidAmount.maximumFen + 1))
        // check
        #expect(negative == .failure(.amount(.negative)))
        #expect(absurd == .failure(.amount(.absurd)))
    }

    @Test("第四十八条: termination needs a ground of the article and reasons")
    func terminationNeedsGround() {
        // act
        let noGround = LegalAidLifecycle.apply(.terminate, to: .handling, .init(reasons: "自行委托律师"))
        let noReason = LegalAidLifecycle.apply(.terminate, to: .handling, .init(terminationGround: .ownCounsel))
        let done = LegalAidLifecycle.apply(.terminate, to: .handling, .init(reasons: "自行委托律师", terminationGround: .ownCounsel))
        // check
        #expect(noGround == .failure(.terminationGroundRequired))
        #expect(noReason == .failure(.reasonsRequired))
        #expect(done == .success(.terminated))
        #expect(TerminationGround.ownCounsel.item == 6)
    }

    @Test("第四十九条: refusals and terminations are open to objection; a correction order reopens the review")
    func objectionReopens() {
        // check
        #expect(LegalAidState.refused.isObjectionable)
        #expect(LegalAidState.terminated.isObjectionable)
        #expect(!LegalAidState.closed.isObjectionable)
        #expect(LegalAidLifecycle.apply(.reopen, to: .refused) == .success(.received))
        #expect(LegalAidLifecycle.apply(.reopen, to: .closed) == .failure(.notAllowed(from: .closed, action: .reopen)))
    }

    @Test func workOrderShowsTheMatchingSharedState() {
        // check
        #expect(LegalAidState.materialsIncomplete.workOrderState == .supplementRequested)
        #expect(LegalAidState.assigned.workOrderState == .assigned)
        #expect(LegalAidState.closed.workOrderState == .resolved)
        #expect(LegalAidState.refused.workOrderState == .refused)
    }

    @Test func yuanAmountsParseExactlyIntoFen() {
        // check
        #expect(LegalAidAmount.fen(fromYuan: "12,345.67") == 1_234_567)
        #expect(LegalAidAmount.fen(fromYuan: "8000") == 800_000)
        #expect(LegalAidAmount.fen(fromYuan: "0.5") == 50)
        #expect(LegalAidAmount.fen(fromYuan: "-3") == -300)
        #expect(LegalAidAmount.fen(fromYuan: "1.234") == nil)
        #expect(LegalAidAmount.fen(fromYuan: "abc") == nil)
        #expect(LegalAidAmount.yuan(fen: 1_234_567) == "12,345.67")
        #expect(LegalAidAmount.yuan(fen: 5) == "0.05")
    }
}
