import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct MediationStoreTests {
    let clock = FixedClock(MediationDesk.now)

    @Test func aWindowIntakeRegistersAMediationWorkOrderWithItsRecordAndEncryptedParties() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            // act
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            // check
            let order = try #require(try await WorkOrder.find(record.$workOrder.id, on: app.db))
            #expect(order.serviceCode == "PEOPLES_MEDIATION")
            #expect(order.state == .accepted && order.$unit.id == desk.committee.id)
            #expect(record.stage == .accepted && record.disputeType == .neighbour && record.amountFen == 200_000)
            #expect(record.committeeName == "偏涧村人民调解室")
            let parties = try await MediationPartyRow.query(on: app.db).sort(\.$position).all()
            #expect(parties.map(\.name) == ["李桂兰", "王强"])
            #expect(parties[0].phoneEncrypted != "13835700004" && parties[0].phoneMasked == "138****0004")
            #expect(parties[0].phoneHash == app.secrets.lookupHash("13835700004"))
            #expect(try app.secrets.decrypt(parties[0].residentIDEncrypted ?? "") == "11010519491231002X")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "mediation.intake").count() == 1)
        }
    }

    @Test("人民调解法第十七条: an intake where a party clearly refuses is refused and nothing is stored")
    func anIntakeWithARefusingPartyStoresNothing() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let staff = try await principal(app, desk.clerk)
            // act
            let result = try await MediationIntake.validate(desk.input(respondentConsent: "refuses"), submitter: .staff(staff), on: app.db)
            // check
            guard case .failure(.validation(let problems)) = result else { Issue.record("expected a refusal"); return }
            #expect(problems.map(\.message) == [.mediationPartyRefuses])
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func negativeAndAbsurdAmountsAreRefusedAtIntake() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let staff = try await principal(app, desk.clerk)
            // act
            let negative = try await MediationIntake.validate(desk.input(amount: "-300"), submitter: .staff(staff), on: app.db)
            let absurd = try await MediationIntake.validate(desk.input(amount: "50000000000"), submitter: .staff(staff), on: app.db)
            // check
            guard case .failure(.validation(let n)) = negative, case .failure(.validation(let a)) = absurd else { Issue.record("expected refusals"); return }
            #expect(n.map(\.message) == [.mediationAmountNegative])
            #expect(a.map(\.message) == [.mediationAmountTooLarge])
        }
    }

    @Test("人民调解法第三条（一）、第十七条: an online dispute waits for the respondent's consent before the first session")
    func anOnlineDisputeNeedsTheRespondentsConsentBeforeASession() async throws {
        try await withApp(clock: clock) { app in
            // setup: a citizen applies online; the respondent has not been asked
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(channel: "web", respondentConsent: "not_yet_asked", acceptNow: nil), by: nil)
            let order = try #require(try await WorkOrder.find(record.$workOrder.id, on: app.db))
            try await act(app, order, .accept, by: desk.clerk)
            try await desk.claim(app, record, by: desk.mediator1)
            // act
            await #expect(throws: AppError.self) { try await desk.session(app, record, by: desk.mediator1) }
            let current = try await desk.fresh(app, record)
            _ = try await MediationStore.recordConsent(current.requireID(), version: current.version, position: 1, consent: .agrees,
                                                       by: try await principal(app, desk.mediator1), context: try await desk.context(app, desk.mediator1), on: app.db)
            let after = try await desk.session(app, record, by: desk.mediator1)
            // check
            #expect(after.stage == .mediating)
            #expect(try await WorkOrder.find(record.$workOrder.id, on: app.db)?.state == .inProgress)
        }
    }

    @Test("人民调解法第十五条（一）、第二十三条（一）: a mediator related to a party is refused, and the conflict stays on record")
    func aConflictedMediatorIsRefusedAndTheConflictRecorded() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            let staff = try await principal(app, desk.mediator1)
            // act
            await #expect(throws: AppError.self) {
                try await MediationStore.assign(record.requireID(), version: record.version, mediatorID: desk.mediator1.requireID(),
                                                declaration: .init(relation: .closeRelative, partyPosition: 1), by: staff,
                                                context: try await desk.context(app, desk.mediator1), on: app.db)
            }
            // a later claim without declaring it again is still refused: the recorded conflict counts
            await #expect(throws: AppError.self) { try await desk.claim(app, record, by: desk.mediator1) }
            let other = try await desk.claim(app, record, by: desk.mediator2)
            // check
            let conflicts = try await MediationConflictRow.query(on: app.db).filter(\.$relation == "close_relative").all()
            #expect(conflicts.count == 1 && conflicts[0].$staff.id == desk.mediator1.id && conflicts[0].partyPosition == 1)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "mediation.conflict_refused").count() == 2)
            #expect(other.stage == .assigned)
            #expect(try await WorkOrder.find(record.$workOrder.id, on: app.db)?.$assignee.id == desk.mediator2.id)
        }
    }

    @Test("人民调解法第二十九条: an agreement missing required content is refused, naming each missing item")
    func anIncompleteAgreementIsRefused() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            try await desk.claim(app, record, by: desk.mediator1)
            try await desk.session(app, record, by: desk.mediator1)
            var input = MediationDesk.completeAgreement
            input.responsibilities = " "
            input.performanceDeadline = nil
            // act
            var problems: [FieldProblem] = []
            do { try await desk.draft(app, record, by: desk.mediator1, input) } catch AppError.validation(let p) { problems = p }
            // check
            #expect(problems.map(\.field) == ["responsibilities", "performance_deadline"])
            #expect(try await MediationAgreementRow.query(on: app.db).count() == 0)
        }
    }

    @Test("人民调解法第二十九条、第三十三条: the agreement takes effect with the seal; the confirmation window rolls past National Day")
    func theLastSignatureMakesTheAgreementEffectiveAndResolvesTheOrder() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            // act
            let agreed = try await desk.agree(app, record, by: desk.mediator1)
            // check
            let agreement = try #require(try await MediationAgreementRow.query(on: app.db).first())
            #expect(agreed.stage == .agreed && agreed.concludedOn == "2026-09-01")
            #expect(agreement.effectiveOn == "2026-09-01")
            #expect(agreement.confirmationDue == "2026-10-08" && !agreement.confirmationDueProvisional)
            let order = try #require(try await WorkOrder.find(record.$workOrder.id, on: app.db))
            #expect(order.state == .resolved && order.outcome.contains("2026-09-01"))
            let events = try await WorkOrderEvent.query(on: app.db).filter(\.$workOrder.$id == order.requireID()).all().map(\.action)
            #expect(events.contains("mediation.signed") && events.contains("mediation.session") && events.contains("resolve"))
        }
    }

    @Test("人民调解法第二十九条: one signature short (no seal), the agreement is not yet effective")
    func withoutTheSealTheAgreementIsNotEffective() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            try await desk.claim(app, record, by: desk.mediator1)
            try await desk.session(app, record, by: desk.mediator1)
            try await desk.draft(app, record, by: desk.mediator1)
            // act
            try await desk.sign(app, record, by: desk.mediator1, .party, party: 0)
            try await desk.sign(app, record, by: desk.mediator1, .party, party: 1)
            let pending = try await desk.sign(app, record, by: desk.mediator1, .mediator)
            // check
            #expect(pending.stage == .agreementDrafted)
            #expect(try await MediationAgreementRow.query(on: app.db).first()?.effectiveOn == nil)
            #expect(try await WorkOrder.find(record.$workOrder.id, on: app.db)?.state == .inProgress)
        }
    }

    @Test("电子签名法第三条: a family agreement cannot be signed electronically")
    func electronicSignatureOnAFamilyAgreementIsRefused() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(type: "family"), by: desk.clerk)
            try await desk.claim(app, record, by: desk.mediator1)
            try await desk.session(app, record, by: desk.mediator1)
            try await desk.draft(app, record, by: desk.mediator1)
            // act
            var problems: [FieldProblem] = []
            do { try await desk.sign(app, record, by: desk.mediator1, .party, party: 0, method: .electronic) } catch AppError.validation(let p) { problems = p }
            // check
            #expect(problems.map(\.message) == [.mediationSignatureElectronic])
        }
    }

    @Test("人民调解法第二十六条: a failure referred to legal aid resolves the order and opens the follow-up order in one step")
    func aFailureReferredToLegalAidOpensTheFollowUpOrder() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(type: "labour"), by: desk.clerk)
            try await desk.claim(app, record, by: desk.mediator1)
            try await desk.session(app, record, by: desk.mediator1)
            let current = try await desk.fresh(app, record)
            let staff = try await principal(app, desk.mediator1)
            let context = try await desk.context(app, desk.mediator1)
            // act: without a reason, then with one
            await #expect(throws: AppError.self) {
                try await MediationStore.fail(current.requireID(), version: current.version, .init(reason: nil, note: "", referral: .legalAid),
                                              by: staff, context: context, on: app.db)
            }
            let (failed, followUp) = try await MediationStore.fail(current.requireID(), version: current.version,
                                                                   .init(reason: .noAgreement, note: "用人单位拒绝支付", referral: .legalAid),
                                                                   by: staff, context: context, on: app.db)
            // check
            let order = try #require(try await WorkOrder.find(record.$workOrder.id, on: app.db))
            let next = try #require(followUp)
            #expect(failed.stage == .failed && failed.failureReason == .noAgreement && failed.referral == .legalAid)
            #expect(failed.$referralOrder.id == next.id)
            #expect(order.state == .resolved && order.outcome.contains("用人单位拒绝支付"))
            #expect(next.serviceCode == "LEGAL_AID" && next.$follows.id == order.id && next.state == .submitted)
            #expect(next.requesterName == "李桂兰" && next.requesterPhoneHash == app.secrets.lookupHash("13835700004"))
        }
    }

    @Test("人民调解法第三十一条: follow-up visits only after the agreement took effect")
    func visitsFollowAnEffectiveAgreement() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            let staff = try await principal(app, desk.mediator1)
            let context = try await desk.context(app, desk.mediator1)
            let visit = FollowUpVisitRecord(on: LocalDate("2026-09-01")!, mode: .phone, performance: .partlyPerformed, notes: "已付一千元")
            // act
            await #expect(throws: AppError.self) { try await MediationStore.recordVisit(record.requireID(), visit, by: staff, context: context, on: app.db) }
            _ = try await desk.agree(app, record, by: desk.mediator1)
            let row = try await MediationStore.recordVisit(record.requireID(), visit, by: staff, context: context, on: app.db)
            // check
            #expect(row.performance == .partlyPerformed)
            #expect(try await MediationVisitRow.query(on: app.db).count() == 1)
        }
    }

    @Test func aStaleVersionIsRefused() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            let stale = record.version
            try await desk.claim(app, record, by: desk.mediator1)
            // act / check
            await #expect(throws: AppError.self) {
                try await MediationStore.assign(record.requireID(), version: stale, mediatorID: desk.mediator2.requireID(), declaration: .init(),
                                                by: try await principal(app, desk.head), context: try await desk.context(app, desk.head), on: app.db)
            }
        }
    }

    @Test func anotherRegionsStaffCannotSeeTheCase() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            let outsider = try await makeStaff(app, "mediator.b", [(.mediator, desk.j.townB)])
            // act / check
            await #expect(throws: AppError.self) { try await MediationStore.load(record.requireID(), for: try await principal(app, outsider), on: app.db) }
        }
    }
}
