import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 法律援助法第二十三条 (LA-24): the hotline and the online platform are doors to legal aid. A consultation handed on
/// to LEGAL_AID and an answered 12348 call each become a real application in one step, linked both ways; what they
/// cannot carry is listed as missing for the one-time supplement notice (第四十三条, LA-04), never made up — above
/// all the signed integrity pledge (第四十一条, LA-17).
@Suite struct LegalAidHandoffTests {
    static let clock = FixedClock(ConsultationDesk.start.addingTimeInterval(900))

    /// A consultation with one answer and a legal aid officer for the county.
    static func answered(_ app: Application, lawyers: Int = 1) async throws -> (ConsultationDesk, UUID, StaffUser) {
        let desk = try await ConsultationDesk.make(app, lawyers: lawyers)
        let id = try await desk.ask(app)
        try await desk.answer(app, id, by: 0, text: "建议申请法律援助。")
        let officer = try await makeStaff(app, "legalaid.han", [(.legalAidOfficer, desk.j.county)], name: "韩援助")
        return (desk, id, officer)
    }

    @Test("第四十一条、第四十三条: a consultation handed to legal aid becomes an application listing what the citizen has not given")
    func aConsultationHandedToLegalAidBecomesAnApplication() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let (desk, id, officer) = try await Self.answered(app)
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            // act
            let made = try await lawyer.post(app, "/staff/consultations/\(id.uuidString)/referrals", [("service", "LEGAL_AID")])
            let again = try await lawyer.post(app, "/staff/consultations/\(id.uuidString)/referrals", [("service", "LEGAL_AID")])
            // check: one order, one application riding on it, pre-filled from the consultation
            #expect(made.status == .seeOther && again.status == .conflict)
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            let application = try #require(try await LegalAidApplication.query(on: app.db).first())
            #expect(try await WorkOrder.query(on: app.db).count() == 1)
            #expect(try await LegalAidApplication.query(on: app.db).count() == 1)
            #expect(application.$workOrder.id == order.id && application.state == .received && order.state == .submitted)
            #expect(order.channel == .web && order.requesterPhoneMasked == PhoneNumber.mask("13800138000"))
            #expect(order.matter.contains("公司拖欠工资三个月") && order.matter.contains("建议申请法律援助。"))
            #expect(application.originKind == .consultation && application.originRef == id.uuidString)
            // The category is guessed from the question (拖欠工资 → 第三十一条第（五）项) and left for the officer to confirm.
            #expect(application.category == .wages)
            // Nothing invented: no ID number, no opponent, no signature; an anonymous asker gave no name either.
            #expect(application.missingFieldList == [.applicantName, .applicantResidentID, .category, .opponentName, .economicStatement, .pledge])
            #expect(application.pledgeSignedBy.isEmpty && application.opponentName.isEmpty && application.economicStatement.isEmpty)
            #expect(order.residentIDMasked.isEmpty)
            // Linked both ways: consultation → order/application, application → consultation.
            #expect(try await ConsultationReferrals.consultation(of: order.requireID(), on: app.db) == id)
            let origin = try #require(try await LegalAidHandoff.origin(of: application, on: app.db))
            #expect(origin.kind == .consultation && origin.url == "/staff/consultations/\(id.uuidString)")
            // Audited once, with where it came from.
            let audit = try #require(try await AuditEvent.query(on: app.db).filter(\.$action == "legal_aid.apply").first())
            #expect(audit.detail.contains("consultation") && audit.detail.contains(id.uuidString))
            #expect(try await auditCount(app, action: "legal_aid.apply") == 1)
            #expect(try await auditCount(app, action: "consultation.refer") == 1)
            // The lawyer's view of the consultation says it is now an application (only officers open it); the officer
            // reaches the consultation from the application (above) and the application from the register.
            let item = try await lawyer.get(app, "/staff/consultations/\(id.uuidString)")
            #expect(item.text.contains(L10n(.zhHans)(.laHandoffApplicationMade)))
            let register = try await Browser.signedIn(app, officer).get(app, SiteURL.staffLegalAid.path)
            #expect(register.text.contains(SiteURL.staffLegalAidApplication(application.id!).path))
            #expect(register.text.contains(L10n(.zhHans).name("laorigin", LegalAidOrigin.consultation)))
        }
    }

    @Test("第四十三条 (LA-04): the case page shows the origin and pre-fills the one-time supplement notice with every missing item")
    func theOfficerSeesTheOriginAndTheMissingItemsInTheSupplementNotice() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let (desk, id, officer) = try await Self.answered(app)
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            _ = try await lawyer.post(app, "/staff/consultations/\(id.uuidString)/referrals", [("service", "LEGAL_AID")])
            let application = try #require(try await LegalAidApplication.query(on: app.db).first())
            let browser = try await Browser.signedIn(app, officer)
            let l = L10n(.zhHans)
            let items = application.missingFieldList.map { l.name("lamissing", $0) }
            // act
            let page = try await browser.get(app, SiteURL.staffLegalAidApplication(application.id!).path)
            let sent = try await browser.post(app, SiteURL.staffLegalAidAction(application.id!).path,
                                              [("action", "request_materials"), ("version", String(application.version)),
                                               ("missing_materials", items.joined(separator: "\n"))])
            // check
            #expect(page.status == .ok)
            #expect(page.text.contains(#"href="/staff/consultations/\#(id.uuidString)""#))
            #expect(page.text.contains(l.name("channel", WorkOrderChannel.web)))
            for item in items { #expect(page.text.contains("<li>\(item)</li>"), "\(item) not listed") }
            #expect(page.text.contains(items.joined(separator: "\n")))
            #expect(sent.status == .seeOther)
            let round = try #require(try await LegalAidSupplement.query(on: app.db).first())
            #expect(round.itemList == items)
            #expect(try await LegalAidApplication.find(application.id, on: app.db)?.state == .materialsIncomplete)
            #expect(desk.lawyers.count == 1)
        }
    }

    @Test func theReferralAPIAnswersWithTheApplicationAndTheApplicationAPIShowsItsOrigin() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let (desk, id, officer) = try await Self.answered(app)
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            // act
            let made = try await apiRequest(app, .POST, "/api/v1/consultations/\(id.uuidString)/referrals", browser: lawyer, json: #"{"service":"LEGAL_AID"}"#)
            let dto = try made.content.decode(ConsultationReferralDTO.self)
            let applicationID = try #require(dto.legal_aid_application_id)
            let shown = try await apiRequest(app, .GET, SiteURL.api(.legalAidApplication(applicationID)).path, browser: try await Browser.signedIn(app, officer))
            let mediation = try await apiRequest(app, .POST, "/api/v1/consultations/\(id.uuidString)/referrals", browser: lawyer, json: #"{"service":"PEOPLES_MEDIATION"}"#)
            // check
            #expect(made.status == .created && shown.status == .ok)
            let application = try shown.content.decode(LegalAidApplicationDTO.self)
            #expect(application.origin == "consultation" && application.origin_ref == id.uuidString && application.work_order_id == dto.work_order_id)
            #expect(application.missing_fields.contains("pledge") && application.missing_fields.contains("applicant_resident_id"))
            // Other services stay plain work orders.
            let other = try mediation.content.decode(ConsultationReferralDTO.self)
            #expect(mediation.status == .created && other.legal_aid_application_id == nil)
            #expect(try await LegalAidApplication.query(on: app.db).count() == 1)
        }
    }

    // MARK: - 12348 calls

    static func call(_ app: Application) async throws -> (WorkOrderDesk, CallRecord, Browser) {
        let desk = try await WorkOrderDesk.make(app)
        let token = try await switchboardToken(app, owner: desk.operatorUser)
        try await postCall(app, token: token, callJSON("SW-AID", answerAfter: 6))
        let call = try #require(try await storedCall(app, "SW-AID"))
        return (desk, call, try await Browser.signedIn(app, desk.operatorUser))
    }

    static func form(_ j: Jurisdiction, name: String = "张三") -> [(String, String)] {
        [("requester_name", name), ("requester_phone", "13800138000"), ("matter", "工地老板拖欠工资两个月，想申请法律援助"), ("region_id", String(j.townA.id!))]
    }

    @Test("第二十三条 (LA-24): the operator turns an answered call into a legal aid application in one click, channel hotline")
    func theOperatorTurnsACallIntoAnApplication() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.call(app)
            let form = SiteURL.hotlineCallWorkOrder(call.id!).path
            // act
            let page = try await browser.get(app, form)
            let posted = try await browser.post(app, SiteURL.hotlineCallLegalAid(call.id!).path, Self.form(desk.j))
            let again = try await browser.post(app, SiteURL.hotlineCallLegalAid(call.id!).path, Self.form(desk.j))
            // check: the call form offers the button and the reminder of the right to apply
            #expect(page.text.contains(#"formaction="\#(SiteURL.hotlineCallLegalAid(call.id!).path)""#))
            #expect(page.text.contains("第二十三条"))
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            let application = try #require(try await LegalAidApplication.query(on: app.db).first())
            #expect(posted.status == .seeOther && posted.location == SiteURL.workOrder(order.id!).path)
            #expect(again.status == .seeOther && again.location == posted.location)
            #expect(try await WorkOrder.query(on: app.db).count() == 1)
            #expect(try await LegalAidApplication.query(on: app.db).count() == 1)
            #expect(order.channel == .hotline && order.serviceCode == "LEGAL_AID" && order.state == .submitted)
            #expect(order.requesterName == "张三" && order.matter.contains("拖欠工资"))
            #expect(application.$workOrder.id == order.id && application.originKind == .hotlineCall && application.originRef == String(call.id!))
            #expect(application.category == .wages)
            #expect(application.missingFieldList == [.applicantResidentID, .category, .opponentName, .economicStatement, .pledge])
            #expect(try await storedCall(app, "SW-AID")?.$workOrder.id == order.id)
            #expect(try await auditCount(app, action: "hotline.call.legal_aid") == 1)
            #expect(try await auditCount(app, action: "legal_aid.apply") == 1)
            let origin = try #require(try await LegalAidHandoff.origin(of: application, on: app.db))
            #expect(origin.kind == .hotlineCall && origin.url.hasSuffix("#call-\(call.id!)") && origin.at != nil)
            // The officer's case page and the register show the channel.
            let officer = try await Browser.signedIn(app, desk.officer1)
            let casePage = try await officer.get(app, SiteURL.staffLegalAidApplication(application.id!).path)
            let register = try await officer.get(app, SiteURL.staffLegalAid.path)
            #expect(casePage.text.contains("#call-\(call.id!)") && casePage.text.contains(L10n(.zhHans).name("lamissing", LegalAidMissingField.pledge)))
            #expect(register.text.contains(L10n(.zhHans).name("laorigin", LegalAidOrigin.hotlineCall)) && register.text.contains(order.number))
        }
    }

    @Test func aCallFormWithAProblemIsShownAgainAndNothingIsStored() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.call(app)
            // act
            let response = try await browser.post(app, SiteURL.hotlineCallLegalAid(call.id!).path, Self.form(desk.j, name: " "))
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(##"href="#requester_name""##) && response.text.contains("拖欠工资两个月"))
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
            #expect(try await LegalAidApplication.query(on: app.db).count() == 0)
            #expect(try await storedCall(app, "SW-AID")?.$workOrder.id == nil)
        }
    }

    @Test func theCallAPIMakesTheApplicationOnceAndRefusesMissedCallsAndOtherRegions() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.call(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            try await postCall(app, token: token, callJSON("SW-MISSED", answerAfter: nil, operator: nil, recording: ""))
            let missed = try #require(try await storedCall(app, "SW-MISSED"))
            let outsider = try await Browser.signedIn(app, try await makeStaff(app, "operator.b", [(.hotlineOperator, desk.j.townB)]))
            let body = #"{"applicant_name":"张三","matter":"工伤后老板不赔偿"}"#
            // act
            let outside = try await apiRequest(app, .POST, SiteURL.api(.hotlineCallLegalAid(call.id!)).path, browser: outsider, json: body)
            let made = try await apiRequest(app, .POST, SiteURL.api(.hotlineCallLegalAid(call.id!)).path, browser: browser, json: body)
            let twice = try await apiRequest(app, .POST, SiteURL.api(.hotlineCallLegalAid(call.id!)).path, browser: browser, json: body)
            let notAnswered = try await apiRequest(app, .POST, SiteURL.api(.hotlineCallLegalAid(missed.id!)).path, browser: browser, json: body)
            let empty = try await apiRequest(app, .POST, SiteURL.api(.hotlineCallLegalAid(missed.id!)).path, browser: browser, json: "{}")
            // check
            #expect(outside.status == .notFound)
            #expect(made.status == .created)
            let dto = try made.content.decode(LegalAidApplicationDTO.self)
            #expect(made.location == SiteURL.api(.legalAidApplication(dto.id)).path)
            #expect(dto.origin == "hotline_call" && dto.origin_ref == String(call.id!) && dto.category == "work_injury")
            // The caller's number by default, masked in the answer; the call's region.
            #expect(dto.applicant_phone == PhoneNumber.mask("13800138000") && dto.region_id == call.$region.id)
            #expect(twice.status == .conflict && twice.headers.contentType?.description.contains("problem+json") == true)
            #expect(notAnswered.status == .conflict && empty.status == .conflict)
            #expect(try await LegalAidApplication.query(on: app.db).count() == 1)
        }
    }

    @Test("第四十一条 (LA-17): the officer records what the caller supplied; a grant waits until nothing is missing and the pledge is the applicant's own")
    func theOfficerRecordsTheSuppliedDetailsAndOnlyThenMayGrant() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let (desk, call, browser) = try await Self.call(app)
            _ = try await browser.post(app, SiteURL.hotlineCallLegalAid(call.id!).path, Self.form(desk.j))
            let made = try #require(try await LegalAidApplication.query(on: app.db).first())
            let officer = try await Browser.signedIn(app, desk.officer1)
            let path = SiteURL.api(.legalAidDetails(made.id!)).path
            _ = try await LegalAidCaseWork.review(made.id!, materials: [], conflictChecked: true, version: made.version,
                                                  context: try await legalAidContext(app, desk.officer1, on: "2026-09-22"), on: app.db)
            // act
            let early = try? await legalAidAct(app, made, .grant, by: desk.officer1, on: "2026-09-22")
            let forged = try await apiRequest(app, .POST, path, browser: officer,
                                              json: #"{"version":2,"opponent_name":"王老板","pledge_signature":"李四"}"#)
            let partial = try await apiRequest(app, .POST, path, browser: officer,
                                               json: #"{"version":2,"category":"wages","applicant_resident_id":"11010519491231002X","opponent_name":"王老板"}"#)
            let page = try await officer.get(app, SiteURL.staffLegalAidApplication(made.id!).path)
            let rest = try await apiRequest(app, .POST, path, browser: officer,
                                            json: #"{"version":3,"economic_statement":"无固定收入","pledge_signature":"张三"}"#)
            let granted = try await legalAidAct(app, made, .grant, by: desk.officer1, on: "2026-09-22")
            // check: no grant while something is missing; a pledge signed by someone else is refused and nothing is kept
            #expect(early == nil)
            #expect(forged.status == .unprocessableEntity && forged.text.contains("pledge_signature"))
            #expect(partial.status == .ok)
            let halfway = try partial.content.decode(LegalAidApplicationDTO.self)
            #expect(halfway.missing_fields == ["economic_statement", "pledge"] && halfway.opponent_name == "王老板")
            #expect(halfway.applicant_resident_id == ResidentID.mask("11010519491231002X"))
            #expect(page.text.contains(#"name="pledge_signature""#) && !page.text.contains(#"name="opponent_name""#))
            #expect(rest.status == .ok)
            let done = try rest.content.decode(LegalAidApplicationDTO.self)
            #expect(done.missing_fields.isEmpty && done.economic_review == "pledge")
            #expect(granted.state == .granted)
            let stored = try #require(try await LegalAidApplication.find(made.id, on: app.db))
            #expect(stored.pledgeSignedBy == "张三" && stored.economicStatement == "无固定收入")
            #expect(try await auditCount(app, action: "legal_aid.complete") == 2)
        }
    }
}
