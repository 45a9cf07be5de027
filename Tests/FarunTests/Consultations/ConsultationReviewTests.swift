import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The FAQ publication review on both engines: the region-scoped queue, the masked and highlighted draft,
/// publishing as a searchable FAQ with the reviewer recorded, rejecting, and once only.
@Suite struct ConsultationReviewTests {
    static let clock = FixedClock(ConsultationDesk.start.addingTimeInterval(3_600))

    @Test func theQueueHoldsClosedConsentedConsultationsWithABestAnswerInTheReviewersRegionsOnly() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let reviewer = try await makeStaff(app, "reviewer.townA", [(.judicialOfficeStaff, desk.j.townA)])
            let outsider = try await makeStaff(app, "reviewer.townB", [(.judicialOfficeStaff, desk.j.townB)])
            let eligible = try await desk.closedWithBestAnswer(app, question: "可审核的问题：工资拖欠")
            _ = try await desk.closedWithBestAnswer(app, question: "未同意公开的问题", consent: false)
            _ = try await desk.ask(app, "仍在解答中的问题")
            _ = try await desk.closedWithBestAnswer(app, question: "乙镇的问题", regionID: desk.j.townB.id!)
            // act
            let page = try await Browser.signedIn(app, reviewer).get(app, "/staff/faq-reviews")
            let api = try await apiRequest(app, .GET, "/api/v1/consultation-reviews", browser: try await Browser.signedIn(app, reviewer))
            let other = try await Browser.signedIn(app, outsider).get(app, "/staff/faq-reviews")
            let otherItem = try await Browser.signedIn(app, outsider).get(app, "/staff/faq-reviews/\(eligible.uuidString)")
            // check
            #expect(page.status == .ok && page.text.contains("可审核的问题") && page.text.contains(SiteURL.consultationReview(eligible.uuidString).path))
            #expect(!page.text.contains("未同意公开") && !page.text.contains("仍在解答中") && !page.text.contains("乙镇的问题"))
            let items = try api.content.decode([ConsultationReviewItemDTO].self)
            #expect(items.map(\.id) == [eligible])
            #expect(other.status == .ok && other.text.contains("乙镇的问题") && !other.text.contains("可审核的问题"))
            #expect(otherItem.status == .notFound)
        }
    }

    @Test func theDraftIsMaskedAndHighlightsWhatStillLooksPersonal() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let reviewer = try await makeStaff(app, "reviewer", [(.judicialOfficeStaff, desk.j.townA)])
            let id = try await desk.closedWithBestAnswer(app, answer: "张先生可以拨打13912345678联系我们，或申请劳动仲裁。")
            // act
            let page = try await Browser.signedIn(app, reviewer).get(app, "/staff/faq-reviews/\(id.uuidString)")
            let draft = try await apiRequest(app, .GET, "/api/v1/consultations/\(id.uuidString)/review", browser: try await Browser.signedIn(app, reviewer))
            // check
            #expect(page.status == .ok && !page.text.contains("13912345678"))
            #expect(page.text.contains(#"<mark class="personal-hint">张先生</mark>"#))
            #expect(page.text.contains(#"<mark class="personal-hint">139****5678</mark>"#))
            let dto = try draft.content.decode(ConsultationReviewDraftDTO.self)
            #expect(dto.title.hasPrefix("公司拖欠工资三个月") && !dto.title.contains("13912345678") && dto.legal_field == "labour")
            #expect(dto.body.contains("139****5678") && dto.flagged.contains("139****5678") && dto.articles == ["劳动合同法 第三十条"])
        }
    }

    @Test func publishingCreatesAPublishedFAQRecordsTheReviewerAndBumpsTheSearchRevisionOnce() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let reviewer = try await makeStaff(app, "reviewer", [(.judicialOfficeStaff, desk.j.townA)])
            let id = try await desk.closedWithBestAnswer(app)
            let browser = try await Browser.signedIn(app, reviewer)
            let before = try await KnowledgeRevisions.current(on: app.db)[.entries] ?? 0
            let form = [("decision", "publish"), ("title", "公司拖欠工资怎么办？"), ("summary", "可以投诉或申请劳动仲裁。"),
                        ("body", "可以向劳动监察大队投诉，或申请劳动仲裁。"), ("legal_field", "labour"), ("articles", ""), ("source", "快解答律师解答")]
            // act
            let published = try await browser.post(app, "/staff/faq-reviews/\(id.uuidString)", form)
            let again = try await browser.post(app, "/staff/faq-reviews/\(id.uuidString)", form)
            // check
            #expect(published.status == .seeOther && published.location == "/staff/faq-reviews?done=published" && again.status == .conflict)
            let queue = try await browser.get(app, published.location ?? "")
            #expect(queue.text.contains(L10n(.zhHans)(.consultReviewPublished)))
            let entry = try #require(try await KnowledgeEntry.query(on: app.db).first())
            #expect(entry.kind == .faq && entry.state == .published && entry.title == "公司拖欠工资怎么办？" && entry.$createdBy.id == reviewer.id)
            #expect(entry.$region.id == desk.j.townA.id)
            let record = try #require(try await ConsultationRecord.find(id, on: app.db))
            #expect(record.state == .published && record.publishedAt == Self.clock.now())
            let review = try #require(try await ConsultationReview.query(on: app.db).first())
            #expect(review.outcome == .published && review.$reviewer.id == reviewer.id && review.$knowledgeEntry.id == entry.id)
            #expect(try await KnowledgeRevisions.current(on: app.db)[.entries] == before + 1)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action ~~ ["consultation.publish", "knowledge_entry.publish"]).count() == 2)
            #expect(try await KnowledgeEntry.query(on: app.db).count() == 1)
        }
    }

    @Test func aTitleThatIsTooLongShowsTheFormAgainWithTheTextKept() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let reviewer = try await makeStaff(app, "reviewer", [(.judicialOfficeStaff, desk.j.townA)])
            let id = try await desk.closedWithBestAnswer(app)
            let long = String(repeating: "长", count: 121)
            // act
            let refused = try await Browser.signedIn(app, reviewer).post(app, "/staff/faq-reviews/\(id.uuidString)",
                [("decision", "publish"), ("title", long), ("summary", "简要回答MARK"), ("body", "完整回答"), ("legal_field", "labour"),
                 ("articles", ""), ("source", "快解答")])
            // check
            #expect(refused.status == .unprocessableEntity && refused.text.contains("简要回答MARK") && refused.text.contains(long))
            #expect(try await ConsultationRecord.find(id, on: app.db)?.state == .closed)
            #expect(try await KnowledgeEntry.query(on: app.db).count() == 0)
            #expect(try await ConsultationReview.query(on: app.db).count() == 0)
        }
    }

    @Test func rejectingRecordsTheReviewerKeepsTheConsultationClosedAndEmptiesTheQueueThroughTheAPI() async throws {
        try await withApp(clock: Self.clock) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let reviewer = try await makeStaff(app, "reviewer", [(.legalAidOfficer, desk.j.county)])
            let id = try await desk.closedWithBestAnswer(app)
            let browser = try await Browser.signedIn(app, reviewer)
            let path = "/api/v1/consultations/\(id.uuidString)/review"
            // act
            let rejected = try await apiRequest(app, .POST, path, browser: browser, json: #"{"decision":"reject","note":"案情过于个别"}"#)
            let publishAfter = try await apiRequest(app, .POST, path, browser: browser,
                                                    json: #"{"decision":"publish","title":"问","summary":"答","body":"答","legal_field":"labour","source":"快解答"}"#)
            let queue = try await apiRequest(app, .GET, "/api/v1/consultation-reviews", browser: browser)
            // check
            #expect(rejected.status == .ok && publishAfter.status == .conflict)
            #expect(try rejected.content.decode(ConsultationReviewResultDTO.self).outcome == "rejected")
            let review = try #require(try await ConsultationReview.query(on: app.db).first())
            #expect(review.outcome == .rejected && review.note == "案情过于个别" && review.$reviewer.id == reviewer.id)
            #expect(try await ConsultationRecord.find(id, on: app.db)?.state == .closed)
            #expect(try queue.content.decode([ConsultationReviewItemDTO].self).isEmpty)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$action == "consultation.review_reject").count() == 1)
            #expect(try await KnowledgeEntry.query(on: app.db).count() == 0)
        }
    }
}
