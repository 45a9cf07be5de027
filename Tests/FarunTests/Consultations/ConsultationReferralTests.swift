import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// "Needs legal aid / another service" on both engines: a work order through the normal intake with the whole
/// conversation, linked both ways, audited, once per service.
@Suite struct ConsultationReferralTests {
    static let clock = FixedClock(ConsultationDesk.start.addingTimeInterval(900))

    @Test func aLawyerHandsTheQuestionToLegalAidAndTheOrderCarriesTheWholeConversation() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0, text: "建议申请法律援助。")
            try await desk.followUp(app, id, to: 0, text: "我的身份证是110101199003074514，怎么申请？")
            try await desk.answer(app, id, by: 0, text: "带上身份证到司法所申请。", at: ConsultationDesk.start.addingTimeInterval(180))
            try await desk.answer(app, id, by: 1, text: "也可以先找劳动监察。", at: ConsultationDesk.start.addingTimeInterval(240))
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            let item = "/staff/consultations/\(id.uuidString)"
            // act
            let made = try await lawyer.post(app, "\(item)/referrals", [("service", "LEGAL_AID")])
            let again = try await lawyer.post(app, "\(item)/referrals", [("service", "LEGAL_AID")])
            let page = try await lawyer.get(app, "\(item)?referred=1")
            let citizenPage = try await Browser.anonymous.get(app, "/consult/\(id.uuidString)")
            // check
            #expect(made.status == .seeOther && made.location == "\(item)?referred=1")
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            #expect(order.serviceCode == "LEGAL_AID" && order.channel == .web && order.regionPath == desk.j.townA.path)
            #expect(order.requesterPhoneMasked == PhoneNumber.mask("13800138000"))
            let lines = order.matter.components(separatedBy: "\n")
            let question = try #require(lines.firstIndex { $0.contains("公司拖欠工资三个月") })
            let first = try #require(lines.firstIndex { $0.contains("lawyer.0 解答：建议申请法律援助。") })
            let followUp = try #require(lines.firstIndex { $0.contains("咨询人追问：") })
            let reply = try #require(lines.firstIndex { $0.contains("lawyer.0 解答：带上身份证到司法所申请。") })
            let other = try #require(lines.firstIndex { $0.contains("lawyer.1 解答：也可以先找劳动监察。") })
            #expect(question < first && first < followUp && followUp < reply && reply < other)
            #expect(!order.matter.contains("110101199003074514") && order.matter.contains("2026年11月26日 10:01"))
            let event = try #require(try await WorkOrderEvent.query(on: app.db).filter(\.$action == "consultation_referral").first())
            #expect(event.note == order.matter && event.detail.contains(id.uuidString))
            let referral = try #require(try await ConsultationReferral.query(on: app.db).first())
            #expect(referral.$workOrder.id == order.id && referral.$lawyer.id == desk.lawyers[0].id)
            #expect(try await ConsultationReferrals.consultation(of: order.requireID(), on: app.db) == id)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "consultation.refer").count() == 1)
            #expect(again.status == .conflict && again.text.contains(L10n(.zhHans)(.consultReferralExists, order.number)))
            #expect(try await WorkOrder.query(on: app.db).count() == 1)
            #expect(page.text.contains(order.number) && page.text.contains(SiteURL.workOrder(order.id!).path))
            #expect(page.text.contains(L10n(.zhHans)(.consultReferralDone)))
            #expect(!page.text.contains(#"<option value="LEGAL_AID""#) && page.text.contains(#"<option value="PEOPLES_MEDIATION""#))
            #expect(citizenPage.text.contains(L10n(.zhHans)(.consultReferredNotice, "法律援助", order.number)))
        }
    }

    @Test func theAPIReferralsAreOncePerServiceUnknownServicesAreRefusedAndOtherRegionsGetNotFound() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let outsider = try await makeStaff(app, "lawyer.townB", [(.lawyer, desk.j.townB)])
            let id = try await desk.ask(app)
            try await desk.answer(app, id, by: 0)
            let browser = try await Browser.signedIn(app, desk.lawyers[0])
            let path = "/api/v1/consultations/\(id.uuidString)/referrals"
            // act
            let aid = try await apiRequest(app, .POST, path, browser: browser, json: #"{"service":"LEGAL_AID"}"#)
            let mediation = try await apiRequest(app, .POST, path, browser: browser, json: #"{"service":"PEOPLES_MEDIATION"}"#)
            let twice = try await apiRequest(app, .POST, path, browser: browser, json: #"{"service":"legal_aid"}"#)
            let unknown = try await apiRequest(app, .POST, path, browser: browser, json: #"{"service":"NO_SUCH_SERVICE"}"#)
            let outside = try await apiRequest(app, .POST, path, browser: try await Browser.signedIn(app, outsider), json: #"{"service":"NOTARIZATION"}"#)
            // check
            #expect(aid.status == .created && mediation.status == .created)
            let dto = try aid.content.decode(ConsultationReferralDTO.self)
            #expect(dto.service == "LEGAL_AID" && dto.consultation_id == id && aid.location == "/api/v1/work-orders/\(dto.work_order_id)")
            #expect(twice.status == .conflict && twice.text.contains(dto.work_order_number))
            #expect(unknown.status == .unprocessableEntity && outside.status == .notFound)
            #expect(try await WorkOrder.query(on: app.db).count() == 2)
            #expect(try await ConsultationReferral.query(on: app.db).count() == 2)
        }
    }
}
