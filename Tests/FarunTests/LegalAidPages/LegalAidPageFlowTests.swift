import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Legal aid end to end in the browser: the citizen's phone form and the window form, review, decision,
/// assignment, the provider's case work, documents and the register.
@Suite struct LegalAidPageFlowTests {
    func fields(_ j: Jurisdiction, name: String = "张三", preview: Bool = false) -> [(String, String)] {
        var f: [(String, String)] = [
            ("channel", "window"), ("applicant_name", name), ("applicant_phone", "13800138000"), ("region_id", String(j.townA.id!)),
            ("category", "wages"), ("matter", "拖欠工资"), ("circumstances[]", "migrant_worker"), ("opponent_name", "王老板"),
            ("pledge_accepted[]", "1"), ("pledge_signature", name),
        ]
        if preview { f.append(("preview", "1")) }
        return f
    }

    @Test func aWindowApplicationRunsFromFormToClosingReportInTheBrowser() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let clerk = try await Browser.signedIn(app, d.clerk)
            let officer = try await Browser.signedIn(app, d.officer)
            let lawyer = try await Browser.signedIn(app, d.lawyer)
            // act: preview, then submit
            let preview = try await clerk.post(app, SiteURL.staffLegalAidNew.path, fields(d.j, preview: true))
            let previewCount = try await LegalAidApplication.query(on: app.db).count()
            let submitted = try await clerk.post(app, SiteURL.staffLegalAidNew.path, fields(d.j))
            let application = try #require(try await LegalAidApplication.query(on: app.db).first())
            let id = try application.requireID()
            let casePage = try await officer.get(app, SiteURL.staffLegalAidApplication(id).path)
            let early = try await officer.post(app, SiteURL.staffLegalAidAction(id).path, [("action", "grant"), ("version", "1")])
            let reviewed = try await officer.post(app, SiteURL.staffLegalAidReview(id).path,
                                                  [("version", "1"), ("materials_checked[]", "申请人身份证明"), ("conflict_checked[]", "1")])
            let granted = try await officer.post(app, SiteURL.staffLegalAidAction(id).path, [("action", "grant"), ("version", "2")])
            let assigned = try await officer.post(app, SiteURL.staffLegalAidAction(id).path,
                                                  [("action", "assign"), ("version", "3"), ("provider_id", String(d.lawyer.id!))])
            let started = try await lawyer.post(app, SiteURL.staffLegalAidAction(id).path, [("action", "start_handling"), ("version", "4")])
            let noted = try await lawyer.post(app, SiteURL.staffLegalAidNote(id).path, [("kind", "hearing"), ("on", "2026-12-03"), ("text", "仲裁开庭")])
            let badAmount = try await lawyer.post(app, SiteURL.staffLegalAidAction(id).path,
                                                  [("action", "close"), ("version", "5"), ("outcome", "won"), ("amount_recovered", "-5"), ("closing_report", "裁决支持（草稿）")])
            let closed = try await lawyer.post(app, SiteURL.staffLegalAidAction(id).path,
                                               [("action", "close"), ("version", "5"), ("outcome", "won"), ("amount_recovered", "8000.50"), ("closing_report", "裁决支持")])
            let decision = try await officer.get(app, SiteURL.staffLegalAidDocument(id, kind: "decision").path)
            let assignment = try await officer.get(app, SiteURL.staffLegalAidDocument(id, kind: "assignment").path)
            let register = try await officer.get(app, SiteURL.staffLegalAid.path + "?from=2026-01-01")
            // check
            #expect(preview.status == .ok)
            #expect(preview.text.contains(L10n(.zhHans)(.legalAidReviewExempt)))
            #expect(previewCount == 0)
            #expect(submitted.status == .created)
            #expect(submitted.text.contains(application.number))
            #expect(casePage.status == .ok)
            #expect(casePage.text.contains("id=\"conflicts\""))
            #expect(early.status == .conflict)
            #expect(early.text.contains(L10n(.zhHans)(.legalAidConflictCheckFirst)))
            #expect([reviewed, granted, assigned, started, noted, closed].map(\.status) == Array(repeating: .seeOther, count: 6))
            #expect(badAmount.status == .unprocessableEntity)
            #expect(badAmount.text.contains("裁决支持（草稿）"), "the refused closing report comes back with what was typed")
            #expect(badAmount.text.contains("value=\"-5\""))
            let final = try #require(try await LegalAidApplication.find(id, on: app.db))
            #expect(final.state == .closed)
            #expect(final.amountRecoveredFen == 800_050)
            #expect(decision.status == .ok)
            #expect(decision.text.contains(L10n(.zhHans)(.ladocGrantTitle)))
            #expect(assignment.text.contains("李律师"))
            #expect(register.text.contains(application.number))
            #expect(register.text.contains("8,000.50"))
        }
    }

    @Test("第四十三条 (LA-03): a refusal without reasons is refused, and the form comes back with the decision and what was typed")
    func aRefusedDecisionKeepsTheTypedForm() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let clerk = try await Browser.signedIn(app, d.clerk)
            let officer = try await Browser.signedIn(app, d.officer)
            _ = try await clerk.post(app, SiteURL.staffLegalAidNew.path, fields(d.j))
            let id = try #require(try await LegalAidApplication.query(on: app.db).first()?.requireID())
            _ = try await officer.post(app, SiteURL.staffLegalAidReview(id).path,
                                       [("version", "1"), ("materials_checked[]", "申请人身份证明"), ("conflict_checked[]", "1")])
            // act
            let refused = try await officer.post(app, SiteURL.staffLegalAidAction(id).path,
                                                 [("action", "refuse"), ("version", "2"), ("reasons", "  "), ("extension_reason", "等待社保部门回函")])
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("等待社保部门回函"))
            #expect(refused.text.contains("value=\"refuse\" selected=\"selected\""))
            #expect(try await LegalAidApplication.find(id, on: app.db)?.state == .received)
        }
    }

    @Test func theWorkOrderPageLinksTheLegalAidCaseForTheProviderAndOfficersOnly() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            let clerk = try await Browser.signedIn(app, d.clerk)
            let officer = try await Browser.signedIn(app, d.officer)
            let lawyer = try await Browser.signedIn(app, d.lawyer)
            _ = try await clerk.post(app, SiteURL.staffLegalAidNew.path, fields(d.j))
            let application = try #require(try await LegalAidApplication.query(on: app.db).first())
            let id = try application.requireID()
            _ = try await officer.post(app, SiteURL.staffLegalAidReview(id).path, [("version", "1"), ("conflict_checked[]", "1")])
            _ = try await officer.post(app, SiteURL.staffLegalAidAction(id).path, [("action", "grant"), ("version", "2")])
            let assigned = try await officer.post(app, SiteURL.staffLegalAidAction(id).path,
                                                  [("action", "assign"), ("version", "3"), ("provider_id", String(d.lawyer.id!))])
            let orderPath = SiteURL.workOrder(application.$workOrder.id).path
            let link = "href=\"\(SiteURL.staffLegalAidApplication(id).path)\""
            // act
            let asLawyer = try await lawyer.get(app, orderPath)
            let asOfficer = try await officer.get(app, orderPath)
            let asClerk = try await clerk.get(app, orderPath)
            // check
            #expect(assigned.status == .seeOther)
            #expect(asLawyer.status == .ok)
            #expect(asLawyer.text.contains(link))
            #expect(asOfficer.text.contains(link))
            #expect(asClerk.status == .ok)
            #expect(!asClerk.text.contains(link))
        }
    }

    @Test func aCitizenAppliesOnThePhoneForm() async throws {
        try await withApp { app in
            // setup
            let d = try await LegalAidDesk.make(app)
            // act
            let form = try await Browser.anonymous.get(app, SiteURL.legalAidApply.path)
            var f = fields(d.j)
            f[0] = ("channel", "window")
            let submitted = try await Browser.anonymous.post(app, SiteURL.legalAidApply.path, f)
            let unsigned = try await Browser.anonymous.post(app, SiteURL.legalAidApply.path, fields(d.j).filter { $0.0 != "pledge_accepted[]" })
            // check
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"pledge_signature\""))
            #expect(submitted.status == .created)
            let order = try #require(try await WorkOrder.query(on: app.db).first())
            #expect(order.channel == .mobileWeb)
            #expect(unsigned.status == .unprocessableEntity)
            #expect(try await LegalAidApplication.query(on: app.db).count() == 1)
        }
    }
}
