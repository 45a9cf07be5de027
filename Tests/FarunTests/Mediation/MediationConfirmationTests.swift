import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 司法确认 in the store, the API, the page and the reminder sweep. Each test names the rule and article it enforces.
@Suite struct MediationConfirmationTests {
    let clock = FixedClock(MediationDesk.now)

    @Test("PM-12 民诉法第二百零五条, PM-13 第一百八十七条, PM-X3 若干规定第三条: the application stores the court, the materials and a decision deadline from the calendar")
    func theApplicationRecordsTheCourtMaterialsAndDecisionDeadline() async throws {
        try await withApp(clock: clock) { app in
            // setup: effective 2026-09-01
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            // act: filed 2026-09-01; day 30 is 2026-10-01 in the National Day holiday → 2026-10-08
            let row = try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-09-01"))
            // check
            #expect(row.courtBasis == .mediationOrganisation && row.courtName == "古县人民法院")
            #expect(row.decisionDue == "2026-10-08" && !row.decisionDueProvisional)
            #expect(row.missingMaterials == [.propertyProof])
            let events = try await WorkOrderEvent.query(on: app.db).filter(\.$action == "mediation.confirmation_applied").count()
            #expect(events == 1)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "work_order.mediation.confirmation_applied").count() == 1)
            let twice = await conflictKey { try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-09-01")) }
            #expect(twice == .mediationConfirmationExists)
        }
    }

    @Test("PM-11 人民调解法第三十三条: an application after the 30-day window is refused citing the article")
    func anApplicationAfterTheWindowIsRefused() async throws {
        try await withApp(clock: clock) { app in
            // setup: effective 2026-09-01, window until 2026-10-08; today is 2026-10-09
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            app.clock = FixedClock(MediationDesk.now.addingTimeInterval(38 * MediationDesk.day))
            // act
            var refusal: [FieldProblem] = []
            do {
                try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-10-09"))
            } catch AppError.validation(let problems) { refusal = problems }
            let onLastDay = try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-10-08"))
            // check
            #expect(refusal.map(\.message) == [.mediationConfirmationLate] && refusal.first?.args == ["2026-10-08"])
            #expect(L10n(.zhHans).format(.mediationConfirmationLate, ["2026-10-08"]).contains("第三十三条"))
            #expect(onLastDay.filedOn == "2026-10-08")
        }
    }

    @Test("PM-X1 若干规定第四条: an agreement settling a divorce cannot be submitted for confirmation")
    func aDivorceAgreementCannotBeConfirmed() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agreeOnDivorce(app, by: desk.mediator1)
            // act
            var refusal: [FieldProblem] = []
            do {
                try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-09-01"))
            } catch AppError.validation(let problems) { refusal = problems }
            // check
            #expect(refusal.map(\.message) == [.mediationConfirmationPersonal])
            #expect(try await MediationConfirmationRow.query(on: app.db).count() == 0)
        }
    }

    @Test("PM-14 民诉法第二百零六条: a rejection referred to litigation opens the follow-up order; a decision is recorded once")
    func aRejectionOpensTheFollowUpOrder() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-09-01"))
            // act
            let (row, followUp) = try await desk.decideConfirmation(app, record, by: desk.mediator1, .rejected, on: "2026-09-01", referral: .litigation)
            // check
            #expect(row.outcome == .rejected && row.referral == .litigation)
            let order = try #require(followUp)
            #expect(order.serviceCode == "LEGAL_CONSULTATION" && order.$follows.id == record.$workOrder.id)
            let twice = await conflictKey { try await desk.decideConfirmation(app, record, by: desk.mediator1, .confirmed, on: "2026-09-01") }
            #expect(twice == .mediationConfirmationDecided)
        }
    }

    @Test("PM-14 民诉法第二百零六条: a confirmed agreement is not referred anywhere; a decision before the filing is refused")
    func aConfirmationTakesNoReferral() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-09-01"))
            // act
            var refusal: [FieldProblem] = []
            do { try await desk.decideConfirmation(app, record, by: desk.mediator1, .confirmed, on: "2026-08-31", referral: .litigation) }
            catch AppError.validation(let problems) { refusal = problems }
            let (row, followUp) = try await desk.decideConfirmation(app, record, by: desk.mediator1, .confirmed, on: "2026-09-01")
            // check
            #expect(refusal.map(\.message) == [.mediationConfirmationDecidedOn, .mediationConfirmationReferral])
            #expect(row.outcome == .confirmed && followUp == nil)
        }
    }

    @Test("人民调解法第十五条（一）、第二十三条（一）: a mediator given the dispute by rotation declares before the first session")
    func aRoundRobinMediatorDeclaresBeforeTheFirstSession() async throws {
        try await withApp(clock: clock) { app in
            // setup: the committee hands out its queue in turn
            let desk = try await MediationDesk.make(app)
            desk.committee.assignmentStrategy = .roundRobin
            try await desk.committee.save(on: app.db)
            let record = try await desk.register(app, desk.input(), by: desk.clerk)
            let order = try #require(try await WorkOrder.find(record.$workOrder.id, on: app.db))
            let mediator = try #require(try await StaffUser.find(order.$assignee.id, on: app.db))
            // act
            let undeclared = await conflictKey { try await desk.session(app, record, by: mediator) }
            let details = try await MediationDetails.load(record.requireID(), for: try await principal(app, mediator),
                                                          context: try await desk.context(app, mediator), on: app.db)
            try await desk.claim(app, record, by: mediator)
            let after = try await desk.session(app, record, by: mediator)
            // check
            #expect(order.state == .assigned)
            #expect(undeclared == .mediationDeclareFirst)
            #expect(details.actions.contains(.claim))
            #expect(after.stage == .mediating)
            let declarations = try await MediationConflictRow.query(on: app.db).filter(\.$staff.$id == mediator.requireID()).all()
            #expect(declarations.map(\.relation) == ["none"])
            #expect(try await WorkOrder.find(record.$workOrder.id, on: app.db)?.$assignee.id == mediator.id)
        }
    }

    @Test func anOnlineDisputeIsAwaitingAcceptanceUntilTheFrontDeskAcceptsIt() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let json = """
                {"channel":"web","region_id":\(desk.j.villageA.id!),"dispute_type":"neighbour","summary":"楼上漏水",
                 "parties":[{"role":"applicant","name":"李桂兰","phone":"13835700004","consent":"agrees"},
                            {"role":"respondent","name":"王强","phone":"","consent":"not_yet_asked"}]}
                """
            // act
            let response = try await apiRequest(app, .POST, "/api/v1/mediation/disputes", json: json)
            let record = try #require(try await MediationCase.query(on: app.db).first())
            let order = try #require(try await WorkOrder.find(record.$workOrder.id, on: app.db))
            let clerk = try await principal(app, desk.clerk)
            let before = try await MediationDetails.load(record.requireID(), for: clerk, context: try await desk.context(app, desk.clerk), on: app.db)
            try await act(app, order, .accept, by: desk.clerk)
            let after = try await MediationDetails.load(record.requireID(), for: clerk, context: try await desk.context(app, desk.clerk), on: app.db)
            // check
            #expect(response.status == .created)
            #expect(response.text.contains(#""stage":"awaiting_acceptance""#))
            #expect(before.shownStage == .awaitingAcceptance)
            #expect(after.shownStage.rawValue == "accepted")
        }
    }

    @Test("PM-11 人民调解法第三十三条, PM-13 民诉法第一百八十七条, PM-14 第二百零六条: the API records the application and the decision; a late one is problem+json")
    func theAPIRecordsTheApplicationAndTheDecision() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            let base = "/api/v1/mediation/disputes/\(record.id!)"
            let version = try await desk.fresh(app, record).version
            // act
            let late = try await apiRequest(app, .POST, base + "/confirmation", browser: mediator, json: """
                {"version":\(version),"court_basis":"party_domicile","court_name":"古县人民法院","filed_on":"2026-10-09","materials":["application"]}
                """)
            let applied = try await apiRequest(app, .POST, base + "/confirmation", browser: mediator, json: """
                {"version":\(version),"court_basis":"party_domicile","court_name":"古县人民法院","filed_on":"2026-09-01","materials":["application","agreement"]}
                """)
            let decided = try await apiRequest(app, .POST, base + "/confirmation/outcome", browser: mediator,
                                               json: #"{"version":\#(version + 1),"outcome":"confirmed","decided_on":"2026-09-01"}"#)
            // check
            #expect(late.status == .unprocessableEntity)
            #expect(late.headers.contentType?.description.contains("problem+json") == true)
            #expect(applied.status == .created)
            #expect(applied.text.contains(#""decision_due":"2026-10-08""#) && applied.text.contains(#""missing_materials":["identity_proof","property_proof","addresses"]"#))
            #expect(decided.status == .ok && decided.text.contains(#""outcome":"confirmed""#))
        }
    }

    @Test("PM-X3 若干规定第三条, PM-13 民诉法第一百八十七条: the case page form records the application with its checklist and shows the deadline")
    func theCasePageFormRecordsTheApplication() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            let version = String(try await desk.fresh(app, record).version)
            let path = "/staff/mediation/\(record.id!)/actions"
            // act
            let missingCourt = try await mediator.post(app, path, [("do", "apply_confirmation"), ("version", version), ("court_basis", ""),
                                                                  ("court_name", ""), ("filed_on", "2026-09-01")])
            let saved = try await mediator.post(app, path, [("do", "apply_confirmation"), ("version", version), ("court_basis", "subject_matter"),
                                                           ("court_name", "古县人民法院"), ("filed_on", "2026-09-01"),
                                                           ("materials[]", "application"), ("materials[]", "agreement"), ("through_agent[]", "yes")])
            let page = try await mediator.get(app, "/staff/mediation/\(record.id!)")
            // check
            #expect(missingCourt.status == .unprocessableEntity && missingCourt.text.contains(L10n(.zhHans)(.mediationConfirmationCourtBasis)))
            #expect(saved.status == .seeOther)
            let row = try #require(try await MediationConfirmationRow.query(on: app.db).first())
            #expect(row.courtBasis == .subjectMatter && row.throughAgent)
            #expect(row.missingMaterials == [.identityProof, .propertyProof, .addresses, .powerOfAttorney])
            #expect(page.text.contains(L10n(.zhHans).format(.mediationConfirmationDecisionDue, ["2026-10-08"])))
        }
    }

    @Test("PM-14 民诉法第二百零六条: the statistics count the applications and the courts' decisions of the disputes accepted in the period")
    func theStatisticsCountConfirmations() async throws {
        try await withApp(clock: clock) { app in
            // setup: two agreements; one applied for and confirmed
            let desk = try await MediationDesk.make(app)
            let bureau = try await makeStaff(app, "bureau", [(.bureauAdmin, desk.j.county)])
            let first = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            _ = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator2)
            try await desk.applyForConfirmation(app, first, by: desk.mediator1, MediationDesk.application(filedOn: "2026-09-01"))
            try await desk.decideConfirmation(app, first, by: desk.mediator1, .confirmed, on: "2026-09-01")
            let browser = try await Browser.signedIn(app, bureau)
            // act
            let api = try await apiRequest(app, .GET, "/api/v1/mediation/statistics?from=2026-01-01&to=2026-12-31", browser: browser)
            let page = try await browser.get(app, "/staff/mediation/statistics?from=2026-01-01&to=2026-12-31")
            // check
            let statistics = try JSONDecoder().decode(MediationStatisticsDTO.self, from: Data(api.body.readableBytesView))
            #expect(statistics.confirmations.applied == 1 && statistics.confirmations.confirmed == 1 && statistics.confirmations.rejected == 0)
            #expect(statistics.total.agreed == 2)
            #expect(page.text.contains(L10n(.zhHans)(.mediationStatisticsConfirmations, "1", "1", "0")))
        }
    }

    @Test func theStatisticsCSVNamesEveryColumn() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let bureau = try await makeStaff(app, "bureau", [(.bureauAdmin, desk.j.county)])
            _ = try await desk.register(app, desk.input(), by: desk.clerk)
            let browser = try await Browser.signedIn(app, bureau)
            // act
            let csv = try await browser.get(app, "/staff/mediation/statistics.csv?from=2026-01-01&to=2026-12-31")
            // check
            // "\r\n" is one Character in Swift: split on the string.
            let header = String(csv.text.drop(while: { $0 == "\u{FEFF}" })).components(separatedBy: "\r\n").first ?? ""
            let cells = header.components(separatedBy: ",")
            #expect(cells.first == "分组" && cells.dropFirst().first == "项目")
            #expect(cells.allSatisfy { !$0.isEmpty } && cells.count == 11)
        }
    }
}

/// The judicial-confirmation reminder (人民调解法第三十三条), driven by the instant it is given (no sleeping).
@Suite struct MediationReminderSweepTests {
    func context(_ app: Application, at date: Date) async throws -> ActionContext {
        ActionContext(now: date, doer: .system, secrets: app.secrets, settings: app.settings, calendar: try await CalendarStore.current(on: app.db))
    }

    @Test(arguments: TestEngine.available)
    func oneSMSPerPartyWhenTheWindowClosesSoonAcrossTwoInstances(engine: TestEngine) async throws {
        try await withInstances(2, engine: engine) { apps in
            // setup: effective 2026-09-01 → last day 2026-10-08; closing soon from 2026-10-01
            apps[0].clock = FixedClock(MediationDesk.now)
            let desk = try await MediationDesk.make(apps[0])
            _ = try await desk.agree(apps[0], try await desk.register(apps[0], desk.input(), by: desk.clerk), by: desk.mediator1)
            let day = MediationDesk.day
            // act
            let open = try await MediationReminderSweep.run(context: try await context(apps[0], at: MediationDesk.now.addingTimeInterval(29 * day)), on: apps[0].db)
            let at = MediationDesk.now.addingTimeInterval(30 * day)
            async let first = MediationReminderSweep.run(context: try await context(apps[0], at: at), on: apps[0].db)
            async let second = MediationReminderSweep.run(context: try await context(apps[1], at: at), on: apps[1].db)
            let together = try await first + second
            let nextDay = try await MediationReminderSweep.run(context: try await context(apps[1], at: at.addingTimeInterval(day)), on: apps[1].db)
            // check
            #expect(open == 0 && nextDay == 0)
            #expect(together == 2)
            let messages = try await OutboxMessage.query(on: apps[0].db).filter(\.$topic == MediationReminderSweep.topic).all()
            #expect(messages.count == 2)
            #expect(messages.allSatisfy { $0.payload.contains("2026-10-08") && $0.payload.contains("recipient_encrypted") })
            #expect(!messages.contains { $0.payload.contains("13835700004") || $0.payload.contains("13912345678") })
            #expect(Set(try await MediationReminderRow.query(on: apps[0].db).all().map(\.partyPosition)) == [0, 1])
        }
    }

    @Test func noReminderOnceThePartiesHaveApplied() async throws {
        try await withApp(clock: FixedClock(MediationDesk.now)) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.agree(app, try await desk.register(app, desk.input(), by: desk.clerk), by: desk.mediator1)
            try await desk.applyForConfirmation(app, record, by: desk.mediator1, MediationDesk.application(filedOn: "2026-09-01"))
            // act
            let queued = try await MediationReminderSweep.run(context: try await context(app, at: MediationDesk.now.addingTimeInterval(30 * MediationDesk.day)), on: app.db)
            // check
            #expect(queued == 0)
        }
    }
}
