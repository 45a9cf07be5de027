import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Notified defence (通知辩护): the intake of a notice, the 3-day appointment and the 3-year rule.
@Suite struct LegalAidNoticeTests {
    @Test("LA-12 第二十五条, LA-13 第三十六条: a court's notice becomes a granted LEGAL_AID matter without economic review, the lawyer due in 3 days")
    func noticeBecomesGrantedMatter() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            // act
            let (application, notice) = try await legalAidNotice(app, legalAidNoticeInput(d.j), by: d.officer)
            // check
            let order = try #require(try await WorkOrder.find(application.$workOrder.id, on: app.db))
            #expect(order.serviceCode == "LEGAL_AID")
            #expect(order.requesterName == "赵六")
            #expect(order.priority == .urgent)
            #expect(application.state == .granted)
            #expect(application.category == .notifiedDefence)
            #expect(application.economicReview == "not_applicable")
            #expect(application.decision == nil)
            #expect(application.assignmentDue == "2026-11-05")
            #expect(notice.appointmentDue == "2026-11-05")
            #expect(notice.ground == .lifeOrDeath)
            #expect(try await auditCount(app, action: "legal_aid.notice") == 1)
        }
    }

    @Test("LA-12 第二十五条: a bad notice is refused with every problem at once, and a police notice cannot claim death-penalty review")
    func badNoticeRefused() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            var input = legalAidNoticeInput(d.j, ground: "death_penalty_review", organ: "police", number: " ", receivedOn: "2026-11-09")
            input.charge = ""
            input.stage = "nonsense"
            input.contact_phone = "电话"
            // act
            let error = await thrownAppError { _ = try await legalAidNotice(app, input, by: d.officer) }
            // check
            let fields = Set(error?.fieldProblems.map(\.field) ?? [])
            #expect(fields == ["notice_number", "received_on", "ground", "charge", "stage", "contact_phone"])
            #expect(try await LegalAidApplication.query(on: app.db).count() == 0)
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test("the same notice of the same organ is registered once (two registrations would appoint two lawyers)")
    func duplicateNoticeRefused() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            _ = try await legalAidNotice(app, legalAidNoticeInput(d.j), by: d.officer)
            // act
            let error = await thrownAppError { _ = try await legalAidNotice(app, legalAidNoticeInput(d.j), by: d.officer) }
            // check
            #expect(isConflict(error, .laNoticeDuplicate))
            #expect(try await LegalAidNotice.query(on: app.db).count() == 1)
        }
    }

    @Test("LA-14 第二十六条: a life or death notice refuses a lawyer with no recorded or under 3 years of practice, and takes one with 3+")
    func experiencedLawyerRequired() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let (application, _) = try await legalAidNotice(app, legalAidNoticeInput(d.j), by: d.officer)
            // act
            let unknown = await thrownAppError {
                try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-03") { $0.providerID = d.lawyer.id }
            }
            try await legalAidExperience(app, d.lawyer, since: "2024-01-10", by: d.officer)
            let tooNew = await thrownAppError {
                try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-03") { $0.providerID = d.lawyer.id }
            }
            try await legalAidExperience(app, d.lawyer, since: "2019-06-01", by: d.officer)
            let assigned = try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-03") { $0.providerID = d.lawyer.id }
            // check
            #expect(unknown?.fieldProblems.first?.message == .laNoticeLawyerExperienceUnknown)
            #expect(tooNew?.fieldProblems.first?.message == .laNoticeLawyerTooNew)
            #expect(assigned.state == .assigned)
            #expect(assigned.$provider.id == d.lawyer.id)
            let order = try #require(try await WorkOrder.find(application.$workOrder.id, on: app.db))
            #expect(order.state == .assigned && order.$assignee.id == d.lawyer.id)
            #expect(try await auditCount(app, action: "legal_aid.provider_experience") == 2)
        }
    }

    @Test("LA-14 第二十六条: a minor's notice takes any lawyer")
    func minorTakesAnyLawyer() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let (application, _) = try await legalAidNotice(app, legalAidNoticeInput(d.j, ground: "minor", organ: "police"), by: d.officer)
            // act
            let assigned = try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-03") { $0.providerID = d.lawyer.id }
            // check
            #expect(assigned.state == .assigned)
        }
    }

    @Test("LA-13 第三十六条: an appointment after the 3 days needs a recorded reason")
    func lateAppointmentNeedsReason() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let (application, _) = try await legalAidNotice(app, legalAidNoticeInput(d.j, ground: "minor", organ: "police"), by: d.officer)
            // act
            let late = await thrownAppError {
                try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-06") { $0.providerID = d.lawyer.id }
            }
            let explained = try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-06") {
                $0.providerID = d.lawyer.id
                $0.extensionReason = "承办律师均在庭审"
            }
            // check
            #expect(late?.fieldProblems.first?.message == .legalAidLateWithoutReason)
            #expect(late?.fieldProblems.first?.args == ["2026-11-05"])
            #expect(explained.state == .assigned)
        }
    }

    @Test("the notice API: staff register (201), officers and the lawyer read it, other regions get 404, experience only for own lawyers")
    func noticeAPI() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let officer = try await Browser.signedIn(app, d.officer)
            let outsiderUser = try await makeStaff(app, "officer.b", [(.legalAidOfficer, d.j.townB)])
            let outsider = try await Browser.signedIn(app, outsiderUser)
            let json = #"{"organ":"procuratorate","organ_name":"古县人民检察院","notice_number":"古检通〔2026〕7号","received_on":"2026-11-02","ground":"sensory_disability","charge":"盗窃罪","stage":"prosecution_review","person_name":"钱七","contact_phone":"13700137000","region_id":\#(d.j.townA.id!)}"#
            // act
            let created = try await apiRequest(app, .POST, "/api/v1/legal-aid/notices", browser: officer, json: json)
            let again = try await apiRequest(app, .POST, "/api/v1/legal-aid/notices", browser: officer, json: json)
            let id = try #require(try await LegalAidApplication.query(on: app.db).first()?.id)
            let shown = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications/\(id)/notice", browser: officer)
            let hidden = try await apiRequest(app, .GET, "/api/v1/legal-aid/applications/\(id)/notice", browser: outsider)
            let recorded = try await apiRequest(app, .PUT, "/api/v1/legal-aid/providers/\(d.lawyer.id!)/experience", browser: officer,
                                                json: #"{"practice_since":"2020-03-01","note":"执业证"}"#)
            let foreign = try await apiRequest(app, .PUT, "/api/v1/legal-aid/providers/\(d.lawyer.id!)/experience", browser: outsider,
                                               json: #"{"practice_since":"2020-03-01"}"#)
            let bad = try await apiRequest(app, .PUT, "/api/v1/legal-aid/providers/\(d.lawyer.id!)/experience", browser: officer,
                                           json: #"{"practice_since":"2020-13-01"}"#)
            // check
            #expect(created.status == .created)
            #expect(created.location == "/api/v1/legal-aid/applications/\(id)/notice")
            #expect(created.text.contains(#""appointment_due":"2026-11-05""#))
            #expect(created.text.contains(#""needs_experienced_lawyer":false"#))
            #expect(again.status == .conflict && again.headers.contentType?.description.contains("problem+json") == true)
            #expect(shown.status == .ok && shown.text.contains(#""ground":"sensory_disability""#))
            #expect(hidden.status == .notFound)
            #expect(recorded.status == .ok && recorded.text.contains(#""practice_since":"2020-03-01""#))
            #expect(foreign.status == .notFound)
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test("the notice pages: register from the form, record a lawyer's practice, print the reply letter once a lawyer is appointed")
    func noticePages() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let officer = try await Browser.signedIn(app, d.officer)
            let today = LocalDate.inChina(app.clock.now()).description
            let fields: [(String, String)] = [
                ("organ", "court"), ("organ_name", "古县人民法院"), ("notice_number", "（2026）晋0110刑初9号"), ("received_on", today),
                ("ground", "life_or_death"), ("charge", "故意杀人罪"), ("stage", "first_instance"), ("person_name", "赵六"),
                ("contact_phone", "13700137000"), ("region_id", String(d.j.townA.id!))]
            // act
            let form = try await officer.get(app, "/staff/legal-aid/notices/new")
            let created = try await officer.post(app, "/staff/legal-aid/notices/new", fields)
            let refused = try await officer.post(app, "/staff/legal-aid/notices/new", [("organ", "court")])
            let application = try #require(try await LegalAidApplication.query(on: app.db).first())
            let id = try application.requireID()
            let noLetter = try await officer.get(app, "/staff/legal-aid/\(id)/notice-reply")
            let providers = try await officer.get(app, "/staff/legal-aid/providers")
            let saved = try await officer.post(app, "/staff/legal-aid/providers", [("staff_id", String(d.lawyer.id!)), ("practice_since", "2015-05-01")])
            let casePage = try await officer.get(app, "/staff/legal-aid/\(id)")
            try await legalAidAct(app, application, .assign, by: d.officer, on: today) { $0.providerID = d.lawyer.id }
            let letter = try await officer.get(app, "/staff/legal-aid/\(id)/notice-reply")
            let assignedPage = try await officer.get(app, "/staff/legal-aid/\(id)")
            // check
            #expect(form.status == .ok && form.text.contains("name=\"ground\""))
            #expect(created.status == .created && created.text.contains(application.number))
            #expect(refused.status == .unprocessableEntity)
            #expect(noLetter.status == .notFound)
            #expect(providers.status == .ok && providers.text.contains("李律师"))
            #expect(saved.status == .seeOther)
            #expect(casePage.status == .ok && casePage.text.contains("id=\"notice\"") && casePage.text.contains("（2026）晋0110刑初9号"))
            #expect(casePage.text.contains(L10n(.zhHans)(.laProvidersYearsSuffix, NotifiedDefence.fullYears(since: LocalDate("2015-05-01")!, on: LocalDate(today)!))))
            #expect(!casePage.text.contains("/notice-reply"))
            #expect(assignedPage.text.contains("href=\"/staff/legal-aid/\(id)/notice-reply\""))
            #expect(letter.status == .ok)
            #expect(letter.text.contains("古县人民法院") && letter.text.contains("李律师") && letter.text.contains("第三十六条"))
        }
    }
}
