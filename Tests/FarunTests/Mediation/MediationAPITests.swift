import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct MediationAPITests {
    let clock = FixedClock(MediationDesk.now)

    static let intakeJSON = """
        {"channel":"window","region_id":REGION,"service_point_id":POINT,"dispute_type":"labour","urgency":"urgent","amount":"15000",
         "summary":"拖欠三个月工资","accept_now":true,
         "parties":[{"role":"applicant","name":"张三","phone":"13800138000","resident_id":"11010519491231002X","address":"偏涧村1组","consent":"agrees"},
                    {"role":"respondent","name":"某建筑公司","phone":"0354-1234567","address":"古县工业园","consent":"agrees"}]}
        """

    func intake(_ desk: MediationDesk) -> String {
        Self.intakeJSON.replacingOccurrences(of: "REGION", with: "\(desk.j.villageA.id!)").replacingOccurrences(of: "POINT", with: "\(desk.point.id!)")
    }

    func decode<T: Decodable>(_ type: T.Type, _ response: TestingHTTPResponse) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(response.body.readableBytesView))
    }

    @Test("人民调解法第二十六条、第二十九条、第三十三条: a labour dispute runs through the API from intake to an effective agreement")
    func aDisputeRunsEndToEndThroughTheAPI() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            // act: intake
            let created = try await apiRequest(app, .POST, "/api/v1/mediation/disputes", browser: clerk, json: intake(desk))
            #expect(created.status == .created)
            let receipt = try decode(DisputeReceiptDTO.self, created)
            let id = try #require(receipt.case_id)
            let base = "/api/v1/mediation/disputes/\(id)"
            // claim, session, template, draft, signatures
            var shown = try decode(MediationCaseDTO.self, try await apiRequest(app, .GET, base, browser: mediator))
            #expect(shown.actions.contains("claim") && shown.amount == "15000.00" && shown.labour_arbitration_opens == "2026-09-16")
            let claimed = try await apiRequest(app, .POST, base + "/assignment", browser: mediator,
                                               json: #"{"version":\#(shown.version),"mediator_id":\#(desk.mediator1.id!),"relation":"none"}"#)
            #expect(claimed.status == .ok)
            shown = try decode(MediationCaseDTO.self, claimed)
            let session = try await apiRequest(app, .POST, base + "/sessions", browser: mediator, json: """
                {"version":\(shown.version),"mode":"video","held_at":"2026-09-01T01:00:00Z","link":"https://meet.example.cn/123",
                 "participants":["张三","公司代表"],"notes":"公司同意分期支付"}
                """)
            #expect(session.status == .created)
            shown = try decode(MediationCaseDTO.self, session)
            let template = try decode(AgreementTemplateDTO.self, try await apiRequest(app, .GET, base + "/agreement/template", browser: mediator))
            #expect(template.committee_name == "偏涧村人民调解室" && template.missing.contains("terms"))
            let incomplete = try await apiRequest(app, .PUT, base + "/agreement", browser: mediator,
                                                  json: #"{"version":\#(shown.version),"form":"written","committee_name":"岳阳镇人民调解委员会","facts":"拖欠工资"}"#)
            #expect(incomplete.status == .unprocessableEntity)
            #expect(incomplete.text.contains("performance_deadline"))
            let drafted = try await apiRequest(app, .PUT, base + "/agreement", browser: mediator, json: """
                {"version":\(shown.version),"form":"written","committee_name":"岳阳镇人民调解委员会","facts":"拖欠三个月工资","issues":"工资数额",
                 "responsibilities":"公司承担支付责任","terms":"公司支付15000元","performance_manner":"银行转账","performance_deadline":"2026-09-30"}
                """)
            #expect(drafted.status == .ok)
            shown = try decode(MediationCaseDTO.self, drafted)
            for body in [#""kind":"party","party_position":0,"method":"handwritten""#, #""kind":"party","party_position":1,"method":"seal""#,
                         #""kind":"mediator","method":"handwritten""#, #""kind":"committee_seal","method":"seal""#] {
                let signed = try await apiRequest(app, .POST, base + "/agreement/signatures", browser: mediator, json: "{\"version\":\(shown.version),\(body)}")
                #expect(signed.status == .created)
                shown = try decode(MediationCaseDTO.self, signed)
            }
            // check
            #expect(shown.stage == "agreed" && shown.work_order_state == "resolved")
            #expect(shown.agreement?.effective_on == "2026-09-01")
            #expect(shown.judicial_confirmation?.due == "2026-10-08" && shown.judicial_confirmation?.status == "open")
            #expect(shown.parties[0].phone_masked == "138****8000" && !created.text.contains("13800138000"))
            #expect(shown.actions == ["record_visit"])
        }
    }

    @Test("人民调解法第十七条: the API refuses a dispute where a party refuses mediation, as problem+json")
    func aRefusingPartyIsAProblem() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let body = intake(desk).replacingOccurrences(of: #""address":"古县工业园","consent":"agrees""#, with: #""address":"古县工业园","consent":"refuses""#)
            // act
            let response = try await apiRequest(app, .POST, "/api/v1/mediation/disputes", browser: clerk, json: body)
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.headers.contentType?.description.contains("problem+json") == true)
            #expect(response.text.contains("parties[1].consent"))
        }
    }

    @Test func anOnlineApplicationGetsOnlyItsOrderNumber() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let body = intake(desk).replacingOccurrences(of: #""channel":"window""#, with: #""channel":"web""#)
                .replacingOccurrences(of: #""address":"古县工业园","consent":"agrees""#, with: #""address":"古县工业园","consent":"not_yet_asked""#)
            // act
            let response = try await apiRequest(app, .POST, "/api/v1/mediation/disputes", json: body)
            // check
            #expect(response.status == .created)
            let receipt = try decode(DisputeReceiptDTO.self, response)
            #expect(receipt.case_id == nil && receipt.url == nil && !receipt.work_order_number.isEmpty)
        }
    }

    @Test("人民调解法第二十六条: a failure referred to arbitration opens a labour arbitration order")
    func aFailureThroughTheAPIOpensTheFollowUp() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let record = try await desk.register(app, desk.input(type: "labour"), by: desk.clerk)
            try await desk.claim(app, record, by: desk.mediator1)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            let current = try await desk.fresh(app, record)
            // act
            let missingReason = try await apiRequest(app, .POST, "/api/v1/mediation/disputes/\(record.id!)/failure", browser: mediator,
                                                     json: #"{"version":\#(current.version),"referral":"arbitration"}"#)
            let failed = try await apiRequest(app, .POST, "/api/v1/mediation/disputes/\(record.id!)/failure", browser: mediator,
                                              json: #"{"version":\#(current.version),"reason":"no_agreement","note":"差距过大","referral":"arbitration"}"#)
            // check
            #expect(missingReason.status == .unprocessableEntity)
            #expect(failed.status == .ok)
            let shown = try decode(MediationCaseDTO.self, failed)
            let followUp = try #require(try await WorkOrder.query(on: app.db).filter(\.$number == shown.follow_up_number ?? "").first())
            #expect(shown.stage == "failed" && followUp.serviceCode == "ARBITRATION_LABOUR")
        }
    }

    @Test func screeningReportsAndTheOverviewOfMissingPoints() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let mediator = try await Browser.signedIn(app, desk.mediator1)
            // act
            let bad = try await apiRequest(app, .POST, "/api/v1/mediation/screening-reports", browser: mediator,
                                           json: #"{"service_point_id":\#(desk.point.id!),"period":"2026-08","found":1,"resolved":2,"escalated":0}"#)
            let created = try await apiRequest(app, .POST, "/api/v1/mediation/screening-reports", browser: mediator,
                                               json: #"{"service_point_id":\#(desk.point.id!),"period":"2026-08","found":4,"resolved":3,"escalated":1,"notes":"土地纠纷"}"#)
            let overview = try decode(ScreeningOverviewDTO.self, try await apiRequest(app, .GET, "/api/v1/mediation/screening-reports?period=2026-08", browser: mediator))
            // check
            #expect(bad.status == .unprocessableEntity)
            #expect(created.status == .created)
            #expect(overview.reported.map(\.service_point_name) == ["偏涧村人民调解室"])
            #expect(overview.missing.map(\.service_point_name) == ["偏涧村法律服务室"])
        }
    }

    @Test func statisticsForTheBureauWithYearOverYear() async throws {
        try await withApp(clock: clock) { app in
            // setup
            let desk = try await MediationDesk.make(app)
            let bureau = try await makeStaff(app, "bureau", [(.bureauAdmin, desk.j.county)])
            let record = try await desk.register(app, desk.input(amount: "1000"), by: desk.clerk)
            _ = try await desk.agree(app, record, by: desk.mediator1)
            let browser = try await Browser.signedIn(app, bureau)
            // act
            let response = try await apiRequest(app, .GET, "/api/v1/mediation/statistics?from=2026-01-01&to=2026-12-31&type=neighbour", browser: browser)
            let forbidden = try await apiRequest(app, .GET, "/api/v1/mediation/statistics", browser: try await Browser.signedIn(app, desk.mediator1))
            // check
            #expect(response.status == .ok)
            let stats = try decode(MediationStatisticsDTO.self, response)
            #expect(stats.total.accepted == 1 && stats.total.success_rate == 1 && stats.total.amount == "1000.00")
            #expect(stats.total.previous_accepted == 0 && stats.total.accepted_change == nil)
            #expect(stats.by_point.first?.name == "偏涧村人民调解室")
            #expect(forbidden.status == .forbidden)
        }
    }
}
