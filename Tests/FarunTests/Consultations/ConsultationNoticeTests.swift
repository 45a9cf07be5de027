import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Telling the asker about new answers on both engines: one `consultation.answered` outbox message per answer
/// (none for the citizen's own follow-ups), the number encrypted like work-order notices; the status the
/// question page polls; the page's script.
@Suite struct ConsultationNoticeTests {
    @Test func everyAnswerQueuesOneMessageWithTheLinkAndTheEncryptedNumberAndFollowUpsQueueNone() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let id = try await desk.ask(app, "公司拖欠工资三个月，我的电话13912345678，怎么办？", phone: "13800138000")
            // act
            try await desk.answer(app, id, by: 0)
            let afterFirst = try await ConsultationDesk.outbox(app, topic: ConsultationNotices.answeredTopic).count
            try await desk.followUp(app, id, to: 0)
            let afterFollowUp = try await ConsultationDesk.outbox(app, topic: ConsultationNotices.answeredTopic).count
            try await desk.answer(app, id, by: 0, text: "准备劳动合同和工资条。", at: ConsultationDesk.start.addingTimeInterval(180))
            try await desk.answer(app, id, by: 1, at: ConsultationDesk.start.addingTimeInterval(240))
            // check
            #expect(afterFirst == 1 && afterFollowUp == 1)
            let messages = try await ConsultationDesk.outbox(app, topic: ConsultationNotices.answeredTopic)
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            let payloads = try messages.map { try decoder.decode(ConsultationNotices.AnsweredPayload.self, from: Data($0.payload.utf8)) }
            #expect(payloads.map(\.kind) == ["first_answer", "reply", "first_answer"])
            #expect(payloads.allSatisfy { $0.consultation_id == id && $0.url == "/consult/\(id.uuidString)" })
            #expect(try payloads.allSatisfy { try app.secrets.decrypt($0.recipient_encrypted) == "13800138000" })
            #expect(payloads[0].recipient_masked == PhoneNumber.mask("13800138000"))
            #expect(payloads[0].text_zh.contains("/consult/\(id.uuidString)") && payloads[1].answered_at == ConsultationDesk.start.addingTimeInterval(180))
            for message in messages {
                #expect(!message.payload.contains("13800138000") && !message.payload.contains("13912345678") && !message.payload.contains("公司拖欠"))
            }
        }
    }

    @Test func aSignedInCitizensNoticeCarriesTheirAccountsEncryptedNumber() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let citizen = Citizen()
            citizen.phoneCipher = try app.secrets.encrypt("13700137000")
            citizen.phoneHash = app.secrets.lookupHash("13700137000")
            citizen.displayName = "李四"
            citizen.passwordHash = "x"
            citizen.failedSignIns = 0
            try await citizen.create(on: app.db)
            let question = ConsultationStore.Question(text: "离婚后孩子抚养费怎么算？", field: nil, regionID: desk.j.townA.id!, asker: .citizen(citizen.id!))
            let id = try await ConsultationStore.ask(question, context: ConsultationDesk.context(app), on: app.db).requireID()
            // act
            try await desk.answer(app, id, by: 0)
            // check
            let message = try #require(try await ConsultationDesk.outbox(app, topic: ConsultationNotices.answeredTopic).first)
            let payload = try JSONDecoder.iso8601.decode(ConsultationNotices.AnsweredPayload.self, from: Data(message.payload.utf8))
            #expect(try app.secrets.decrypt(payload.recipient_encrypted) == "13700137000" && payload.recipient_masked == PhoneNumber.mask("13700137000"))
        }
    }

    @Test func theStatusCountsAnswersAndTheQuestionPageLoadsTheLiveScript() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let id = try await desk.ask(app)
            let path = "/api/v1/consultations/\(id.uuidString)/status"
            // act
            let before = try await apiRequest(app, .GET, path)
            try await desk.answer(app, id, by: 0)
            try await desk.followUp(app, id, to: 0)
            try await desk.answer(app, id, by: 1, at: ConsultationDesk.start.addingTimeInterval(240))
            let after = try await apiRequest(app, .GET, path)
            let missing = try await apiRequest(app, .GET, "/api/v1/consultations/\(UUID().uuidString)/status")
            let page = try await Browser.anonymous.get(app, "/consult/\(id.uuidString)")
            // check
            let start = try before.content.decode(ConsultationStatusDTO.self)
            #expect(start.answers == 0 && start.state == "open" && start.last_answer_at == nil)
            let now = try after.content.decode(ConsultationStatusDTO.self)
            #expect(now.answers == 2 && now.state == "answered" && now.last_answer_at == ConsultationDesk.start.addingTimeInterval(240))
            #expect(after.headers.first(name: .cacheControl) == "no-store" && missing.status == .notFound)
            #expect(page.text.contains(#"<script src="/assets/consult.js" defer="defer"></script>"#))
            #expect(page.text.contains(#"data-consult-status="\#(path)""#) && page.text.contains(#"data-consult-answers="2""#))
            #expect(page.text.contains(#"data-entry="\#(desk.lawyers[0].id!)-0""#))
            #expect(Assets.named("consult.js")?.body.contains("data-consult-status") == true)
        }
    }
}

private extension JSONDecoder {
    static var iso8601: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
