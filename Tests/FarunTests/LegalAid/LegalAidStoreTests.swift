import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// The error an operation threw, if it was an AppError.
func thrownAppError(_ body: () async throws -> Void) async -> AppError? {
    do {
        try await body()
        return nil
    } catch let error as AppError {
        return error
    } catch {
        return nil
    }
}

func isConflict(_ error: AppError?, _ key: L) -> Bool {
    if case .conflict(let found, _) = error { return found == key }
    return false
}

func isForbidden(_ error: AppError?) -> Bool {
    if case .forbidden = error { return true }
    return false
}

@Suite struct LegalAidStoreTests {
    @Test("第四十二条第（三）项: a migrant worker's wage claim becomes a green-channel LEGAL_AID work order with its legal aid record")
    func applicationRidesOnAWorkOrder() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            // act
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk)
            // check
            let order = try #require(try await WorkOrder.find(application.$workOrder.id, on: app.db))
            #expect(order.serviceCode == "LEGAL_AID")
            #expect(order.state == .submitted)
            #expect(order.greenChannel == .migrantWages)
            #expect(application.state == .received)
            #expect(application.economicReview == "exempt:3")
            #expect(application.priorities == "migrant_worker_claim")
            #expect(application.receivedOn == "2026-11-02")
            #expect(application.decisionDue == "2026-11-09")
            #expect(application.opponentPhoneMasked == "139****9000")
            #expect(application.opponentPhoneEncrypted != "13900139000")
            #expect(application.opponentPhoneHash == app.secrets.lookupHash("13900139000"))
            #expect(try await auditCount(app, action: "legal_aid.apply") == 1)
        }
    }

    @Test("第四十一条: without an exemption the applicant states the situation and signs the pledge; every problem at once")
    func badApplicationsAreRefusedWithEveryProblem() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            var input = legalAidInput(d.j, category: "maintenance", circumstances: ["migrant_worker", "nonsense"], opponent: " ")
            input.economic_statement = ""
            input.pledge_signature = "李四"
            input.opponent_phone = "电话号码"
            // act
            let error = await thrownAppError { _ = try await legalAidApply(app, input, by: d.clerk) }
            // check
            let fields = Set(error?.fieldProblems.map(\.field) ?? [])
            #expect(fields == ["circumstances", "economic_statement", "pledge_signature", "opponent_name", "opponent_phone"])
            #expect(try await LegalAidApplication.query(on: app.db).count() == 0)
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test("第四十一条: the economic statement is required when the pledge applies")
    func statementRequiredForPledge() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            var input = legalAidInput(d.j, category: "maintenance", circumstances: [])
            input.economic_statement = " "
            // act
            let error = await thrownAppError { _ = try await legalAidApply(app, input, by: d.clerk) }
            // check
            #expect(error?.fieldProblems.map(\.field) == ["economic_statement"])
        }
    }

    @Test("第四十三条: supplement round pauses the 7 days, decision after the conflict check, assignment within 3 days, closing report")
    func fullReviewWithSupplement() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            // act: notice on 11-04, supplied 11-10
            let waiting = try await legalAidAct(app, application, .requestMaterials, by: d.officer, on: "2026-11-04") {
                $0.missingMaterials = ["劳动合同或工资条", "", "进城务工人员身份证明"]
            }
            let waitingOrder = try #require(try await WorkOrder.find(application.$workOrder.id, on: app.db))
            let supplied = try await legalAidAct(app, application, .supplyMaterials, by: d.officer, on: "2026-11-10")
            let unchecked = await thrownAppError { try await legalAidAct(app, application, .grant, by: d.officer, on: "2026-11-16") }
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-16")
            let granted = try await legalAidAct(app, application, .grant, by: d.officer, on: "2026-11-16")
            let assigned = try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-19") { $0.providerID = d.lawyer.id }
            try await legalAidAct(app, application, .startHandling, by: d.lawyer, on: "2026-11-20", provider: true)
            _ = try await LegalAidCaseWork.addNote(try application.requireID(), kind: .hearing, on: LocalDate("2026-12-03")!, text: "劳动仲裁开庭",
                                                   by: try await principal(app, d.lawyer), context: try await legalAidContext(app, d.lawyer, on: "2026-11-21"), on: app.db)
            let closed = try await legalAidAct(app, application, .close, by: d.lawyer, on: "2026-12-10", provider: true) {
                $0.outcome = .won
                $0.amountRecoveredFen = 1_234_500
                $0.closingReport = "仲裁裁决支持全部工资"
            }
            // check
            #expect(waiting.state == .materialsIncomplete)
            #expect(waitingOrder.state == .supplementRequested)
            #expect(waitingOrder.missingMaterials == "劳动合同或工资条\n进城务工人员身份证明")
            let round = try #require(try await LegalAidSupplement.query(on: app.db).first())
            #expect(round.replyDue == "2026-11-19")
            #expect(round.suppliedOn == "2026-11-10")
            // 11-03 day 1; 11-04…11-09 paused; 11-10 day 2 … 11-15 (Sunday) day 7 → 11-16
            #expect(supplied.decisionDue == "2026-11-16")
            #expect(isConflict(unchecked, .legalAidConflictCheckFirst))
            #expect(granted.state == .granted)
            #expect(granted.assignmentDue == "2026-11-19")
            #expect(granted.decidedLate == false)
            #expect(assigned.state == .assigned)
            #expect(closed.state == .closed)
            let order = try #require(try await WorkOrder.find(application.$workOrder.id, on: app.db))
            #expect(order.state == .resolved)
            #expect(order.$assignee.id == d.lawyer.id)
            let pauses = try await WorkOrderPause.query(on: app.db).all()
            #expect(pauses.map(\.startedOn) == ["2026-11-04"])
            #expect(pauses.map(\.endedOn) == ["2026-11-10"])
            let events = try await WorkOrderEvent.query(on: app.db).filter(\.$workOrder.$id == order.requireID()).sort(\.$id).all().map(\.action)
            #expect(events == ["submit", "legal_aid.request_materials", "legal_aid.supply_materials", "legal_aid.grant", "legal_aid.assign",
                               "legal_aid.start_handling", "legal_aid.close"])
            #expect(try await auditCount(app, action: "legal_aid.note") == 1)
        }
    }

    @Test("第四十三条第二款: no supplement by the reply date — deemed withdrawn only after the date")
    func lapseAfterReplyDate() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            try await legalAidAct(app, application, .requestMaterials, by: d.officer, on: "2026-11-04") { $0.missingMaterials = ["工资条"] }
            // act
            let early = await thrownAppError { try await legalAidAct(app, application, .lapse, by: nil, on: "2026-11-19") }
            let lapsed = try await legalAidAct(app, application, .lapse, by: nil, on: "2026-11-20")
            // check
            #expect(isConflict(early, .legalAidReplyDueNotPassed))
            #expect(lapsed.state == .withdrawn)
            let order = try #require(try await WorkOrder.find(application.$workOrder.id, on: app.db))
            #expect(order.state == .withdrawn)
        }
    }

    @Test("第四十三条第二款: the sweep treats unanswered notices as withdrawn the day after the reply date, and no earlier")
    func sweepLapsesUnansweredNotices() async throws {
        try await withApp { app in
            // setup: notice 11-04, reply by 11-19; a second application supplied in time
            let d = try await LegalAidDesk.make(app)
            let silent = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            let answered = try await legalAidApply(app, legalAidInput(d.j, name: "李四"), by: d.clerk, on: "2026-11-02")
            for application in [silent, answered] {
                try await legalAidAct(app, application, .requestMaterials, by: d.officer, on: "2026-11-04") { $0.missingMaterials = ["工资条"] }
            }
            try await legalAidAct(app, answered, .supplyMaterials, by: d.officer, on: "2026-11-10")
            // act
            let onDueDate = try await LegalAidSweep.run(context: try await legalAidContext(app, nil, on: "2026-11-19"), on: app.db)
            let dayAfter = try await LegalAidSweep.run(context: try await legalAidContext(app, nil, on: "2026-11-20"), on: app.db)
            let again = try await LegalAidSweep.run(context: try await legalAidContext(app, nil, on: "2026-11-21"), on: app.db)
            // check
            #expect(onDueDate == 0)
            #expect(dayAfter == 1)
            #expect(again == 0)
            #expect(try await LegalAidApplication.find(silent.id, on: app.db)?.state == .withdrawn)
            #expect(try await LegalAidApplication.find(answered.id, on: app.db)?.state == .received)
        }
    }

    @Test("第四十三条: a decision after the 7 days is refused without a recorded extension reason")
    func lateDecisionNeedsExtensionReason() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-10")
            // act
            let late = await thrownAppError { try await legalAidAct(app, application, .grant, by: d.officer, on: "2026-11-10") }
            let excused = try await legalAidAct(app, application, .grant, by: d.officer, on: "2026-11-10") { $0.extensionReason = "需异地核查经济状况" }
            // check
            #expect(late?.fieldProblems.map(\.field) == ["extension_reason"])
            #expect(excused.state == .granted)
            #expect(excused.decidedLate)
            #expect(excused.extensionReason == "需异地核查经济状况")
        }
    }

    @Test("第四十三条、第四十九条: refusal with reasons, objection due in 5 days, a correction order reopens the review")
    func refusalObjectionAndCorrection() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j, category: "maintenance", circumstances: []), by: d.clerk, on: "2026-11-02")
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-05")
            // act
            let bare = await thrownAppError { try await legalAidAct(app, application, .refuse, by: d.officer, on: "2026-11-05") }
            let refused = try await legalAidAct(app, application, .refuse, by: d.officer, on: "2026-11-05") { $0.reasons = "家庭收入高于本省经济困难标准" }
            let objection = try await LegalAidCaseWork.fileObjection(try application.requireID(), grounds: "收入计算有误",
                                                                     context: try await legalAidContext(app, nil, on: "2026-11-10"), on: app.db)
            let second = await thrownAppError {
                _ = try await LegalAidCaseWork.fileObjection(try application.requireID(), grounds: "再议", context: try await legalAidContext(app, nil, on: "2026-11-11"), on: app.db)
            }
            let decided = try await LegalAidCaseWork.decideObjection(try objection.requireID(), decision: .correctionOrdered, reasons: "收入认定有误",
                                                                      extensionReason: "", by: try await principal(app, d.bureau),
                                                                      context: try await legalAidContext(app, d.bureau, on: "2026-11-16"), on: app.db)
            // check
            #expect(bare?.fieldProblems.map(\.field) == ["reasons"])
            #expect(refused.state == .refused)
            // 11-15 is a Sunday → 11-16
            #expect(objection.dueOn == "2026-11-16")
            #expect(isConflict(second, .legalAidObjectionOpen))
            #expect(decided.decision == .correctionOrdered)
            let reopened = try #require(try await LegalAidApplication.find(application.id, on: app.db))
            #expect(reopened.state == .received)
            #expect(reopened.decisionDue == "2026-11-23")
            #expect(reopened.firstGranted == false)
            #expect(reopened.conflictCheckedAt == nil)
        }
    }

    @Test("第四十九条: the bureau's objection decision after 5 days needs an extension reason")
    func lateObjectionDecision() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j, category: "maintenance", circumstances: []), by: d.clerk, on: "2026-11-02")
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-03")
            try await legalAidAct(app, application, .refuse, by: d.officer, on: "2026-11-03") { $0.reasons = "不符合条件" }
            let objection = try await LegalAidCaseWork.fileObjection(try application.requireID(), grounds: "不服", context: try await legalAidContext(app, nil, on: "2026-11-04"), on: app.db)
            // act
            let late = await thrownAppError {
                _ = try await LegalAidCaseWork.decideObjection(try objection.requireID(), decision: .upheld, reasons: "维持", extensionReason: "",
                                                               by: try await principal(app, d.bureau), context: try await legalAidContext(app, d.bureau, on: "2026-11-10"), on: app.db)
            }
            let upheld = try await LegalAidCaseWork.decideObjection(try objection.requireID(), decision: .upheld, reasons: "维持", extensionReason: "调查取证",
                                                                    by: try await principal(app, d.bureau), context: try await legalAidContext(app, d.bureau, on: "2026-11-10"), on: app.db)
            // check: due 11-09
            #expect(objection.dueOn == "2026-11-09")
            #expect(late?.fieldProblems.map(\.field) == ["extension_reason"])
            #expect(upheld.decision == .upheld)
            let still = try #require(try await LegalAidApplication.find(application.id, on: app.db))
            #expect(still.state == .refused)
        }
    }

    @Test func theProviderMustHandleCasesInTheApplicationsRegion() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-03")
            try await legalAidAct(app, application, .grant, by: d.officer, on: "2026-11-03")
            // act
            let outside = await thrownAppError { try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-04") { $0.providerID = d.townBLawyer.id } }
            let notTheirs = await thrownAppError { try await legalAidAct(app, application, .startHandling, by: d.lawyer, on: "2026-11-04", provider: true) }
            // check
            #expect(outside?.fieldProblems.map(\.field) == ["provider_id"])
            #expect(isForbidden(notTheirs))
        }
    }

    @Test("第五十条: a negative amount recovered is refused")
    func negativeAmountRefused() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let application = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            try await legalAidReviewed(app, application, by: d.officer, on: "2026-11-03")
            try await legalAidAct(app, application, .grant, by: d.officer, on: "2026-11-03")
            try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-04") { $0.providerID = d.lawyer.id }
            try await legalAidAct(app, application, .startHandling, by: d.lawyer, on: "2026-11-05", provider: true)
            // act
            let negative = await thrownAppError {
                try await legalAidAct(app, application, .close, by: d.lawyer, on: "2026-11-20", provider: true) { $0.outcome = .won; $0.amountRecoveredFen = -100 }
            }
            // check
            #expect(negative?.fieldProblems.map(\.field) == ["amount_recovered"])
        }
    }

    @Test func conflictCheckFindsTheOpponentOfAnEarlierApplication() async throws {
        try await withApp { app in
            // setup: 王老板 (13900139000) was the opponent of 张三's application
            let d = try await LegalAidDesk.make(app)
            _ = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            let later = try await legalAidApply(app, legalAidInput(d.j, category: "maintenance", circumstances: [], name: "王老板", phone: "13900139000",
                                                                   opponent: "张晓三", opponentPhone: nil), by: d.clerk, on: "2026-11-05")
            // act
            let matches = try await LegalAidConflicts.check(later, on: app.db)
            // check
            let strong = try #require(matches.first)
            #expect(strong.role == .applicant)
            #expect(strong.earlier.role == .opponent)
            #expect(strong.isAdverse)
            #expect(strong.evidence == [.phone, .sameName])
            #expect(matches.contains { $0.role == .opponent && $0.earlier.identity.name == "张三" } == false)
        }
    }

    @Test func registersAndStatisticsFollowTheRegionAndPeriodFilters() async throws {
        try await withApp { app in
            // setup: two in November, one in December; one granted, one refused
            let d = try await LegalAidDesk.make(app)
            let a = try await legalAidApply(app, legalAidInput(d.j), by: d.clerk, on: "2026-11-02")
            let b = try await legalAidApply(app, legalAidInput(d.j, category: "maintenance", circumstances: [], name: "李四"), by: d.clerk, on: "2026-11-03")
            _ = try await legalAidApply(app, legalAidInput(d.j, name: "赵五"), by: d.clerk, on: "2026-12-01")
            try await legalAidReviewed(app, a, by: d.officer, on: "2026-11-05")
            try await legalAidAct(app, a, .grant, by: d.officer, on: "2026-11-05")
            try await legalAidReviewed(app, b, by: d.officer, on: "2026-11-06")
            try await legalAidAct(app, b, .refuse, by: d.officer, on: "2026-11-06") { $0.reasons = "不符合条件" }
            // act
            let november = try await LegalAidQueries.applications(.init(from: LocalDate("2026-11-01"), to: LocalDate("2026-11-30")), on: app.db)
            let townB = try await LegalAidQueries.applications(.init(scopes: [d.j.townB.regionPath]), on: app.db)
            let summary = LegalAidStatistics.summary(try await LegalAidQueries.records(november, on: app.db))
            let csv = LegalAidQueries.registerCSV(november, l: L10n(.zhHans))
            // check: review days 3 and 3
            #expect(november.count == 2)
            #expect(townB.isEmpty)
            #expect(summary.grantRate.percent == 50)
            #expect(summary.meanReviewDays == 3)
            #expect(csv.hasPrefix("\u{FEFF}申请编号,"))
            #expect(csv.contains(a.number + ",2026-11-02,请求支付劳动报酬,决定给予,2026-11-05,给予法律援助,,,0.00\r\n"))
        }
    }
}
