import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 快解答 through /api/v1 on both engines: asking, three lawyers answering and a fourth refused, follow-ups,
/// ratings, region scope and bad input.
@Suite struct ConsultationAPITests {
    static func askJSON(_ question: String, region: Int, phone: String = "13800138000", field: String? = nil) -> String {
        let encoded = String(decoding: try! JSONEncoder().encode(question), as: UTF8.self)
        return #"{"question":\#(encoded),"region_id":\#(region),"phone":"\#(phone)"\#(field.map { #","field":"\#($0)""# } ?? "")}"#
    }

    static func ask(_ app: Application, _ desk: ConsultationDesk, _ question: String = "公司拖欠工资三个月，我的电话13912345678，怎么办？") async throws -> ConsultationDTO {
        let response = try await apiRequest(app, .POST, "/api/v1/consultations", json: askJSON(question, region: desk.j.townA.id!))
        #expect(response.status == .created)
        return try response.content.decode(ConsultationDTO.self)
    }

    @Test func aQuestionAskedThroughTheAPIIsReadByItsIdWithNumbersMasked() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            // act
            let created = try await Self.ask(app, desk)
            let read = try await apiRequest(app, .GET, "/api/v1/consultations/\(created.id.uuidString)")
            // check
            #expect(read.status == .ok)
            let dto = try read.content.decode(ConsultationDTO.self)
            #expect(dto.id == created.id && dto.state == "open" && dto.threads.isEmpty)
            #expect(dto.field == "labour" && dto.suggested_field == "labour" && dto.required_lawyers == 3)
            #expect(dto.question.hasPrefix("公司拖欠工资三个月") && !dto.question.contains("13912345678"))
            #expect(dto.url == "/consult/\(created.id.uuidString)")
        }
    }

    @Test func threeLawyersAnswerAFourthIsRefusedAndALawyerOfAnotherRegionGetsNotFound() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 4)
            let outsider = try await makeStaff(app, "lawyer.townB", [(.lawyer, desk.j.townB)])
            let created = try await Self.ask(app, desk)
            let path = "/api/v1/consultations/\(created.id.uuidString)/answers"
            // act
            var statuses: [HTTPStatus] = []
            for lawyer in desk.lawyers {
                let browser = try await Browser.signedIn(app, lawyer)
                statuses.append(try await apiRequest(app, .POST, path, browser: browser,
                                                     json: #"{"text":"可以申请劳动仲裁。","articles":["劳动合同法 第三十条"]}"#).status)
            }
            let outside = try await apiRequest(app, .POST, path, browser: try await Browser.signedIn(app, outsider), json: #"{"text":"越权解答"}"#)
            let anonymous = try await apiRequest(app, .POST, path, json: #"{"text":"匿名解答"}"#)
            let refused = try await apiRequest(app, .POST, path, browser: try await Browser.signedIn(app, desk.lawyers[3]), json: #"{"text":"再试一次"}"#)
            // check
            #expect(statuses == [.created, .created, .created, .conflict])
            #expect(refused.headers.contentType?.description.contains("problem+json") == true)
            #expect(refused.text.contains("已经有足够的律师解答") || refused.text.contains("Enough lawyers"))
            #expect(outside.status == .notFound && anonymous.status == .unauthorized)
            let dto = try (try await apiRequest(app, .GET, "/api/v1/consultations/\(created.id.uuidString)")).content.decode(ConsultationDTO.self)
            #expect(dto.state == "fully_answered" && dto.threads.count == 3)
            #expect(dto.threads.map(\.lawyer_id) == desk.lawyers.prefix(3).map { $0.id! })
            #expect(dto.threads[0].entries.first?.articles == ["劳动合同法 第三十条"])
        }
    }

    @Test func theCitizenFollowsUpOnOneThreadTheLawyerRepliesAndTheCitizenRates() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let created = try await Self.ask(app, desk)
            let base = "/api/v1/consultations/\(created.id.uuidString)"
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            _ = try await apiRequest(app, .POST, "\(base)/answers", browser: lawyer, json: #"{"text":"可以申请劳动仲裁。"}"#)
            let lawyerID = desk.lawyers[0].id!
            // act
            let first = try await apiRequest(app, .POST, "\(base)/follow-ups", json: #"{"lawyer_id":\#(lawyerID),"text":"我的手机13912345678，仲裁要带什么？"}"#)
            let second = try await apiRequest(app, .POST, "\(base)/follow-ups", json: #"{"lawyer_id":\#(lawyerID),"text":"多久出结果？"}"#)
            let reply = try await apiRequest(app, .POST, "\(base)/answers", browser: lawyer, json: #"{"text":"劳动合同和工资条。"}"#)
            let noThread = try await apiRequest(app, .POST, "\(base)/follow-ups", json: #"{"lawyer_id":\#(desk.lawyers[1].id!),"text":"你好"}"#)
            let rated = try await apiRequest(app, .POST, "\(base)/ratings", json: #"{"lawyer_id":\#(lawyerID),"score":5,"most_helpful":true,"consent_to_publication":true}"#)
            let badScore = try await apiRequest(app, .POST, "\(base)/ratings", json: #"{"lawyer_id":\#(lawyerID),"score":9}"#)
            // check
            #expect(first.status == .created && second.status == .created && reply.status == .created)
            #expect(noThread.status == .conflict && badScore.status == .unprocessableEntity)
            let dto = try rated.content.decode(ConsultationDTO.self)
            #expect(dto.threads.count == 1 && dto.consents_to_publication)
            let thread = try #require(dto.threads.first)
            #expect(thread.entries.map(\.kind) == ["answer", "follow_up", "follow_up", "answer"])
            #expect(!thread.entries[1].text.contains("13912345678"))
            #expect(thread.rating == 5 && thread.most_helpful && !thread.awaiting_reply)
        }
    }

    @Test func emptyHugeAndPhonelessQuestionsAndUnknownIdsAreRefusedAndNothingIsStored() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            let region = desk.j.townA.id!
            // act
            let empty = try await apiRequest(app, .POST, "/api/v1/consultations", json: Self.askJSON("   ", region: region))
            let huge = try await apiRequest(app, .POST, "/api/v1/consultations", json: Self.askJSON(String(repeating: "欠", count: 2_001), region: region))
            let phone = try await apiRequest(app, .POST, "/api/v1/consultations", json: Self.askJSON("工资被拖欠", region: region, phone: "12345"))
            let field = try await apiRequest(app, .POST, "/api/v1/consultations", json: Self.askJSON("工资被拖欠", region: region, field: "astrology"))
            let unknown = try await apiRequest(app, .GET, "/api/v1/consultations/\(UUID().uuidString)")
            let garbage = try await apiRequest(app, .GET, "/api/v1/consultations/not-a-uuid")
            // check
            #expect([empty.status, huge.status, phone.status, field.status] == Array(repeating: .unprocessableEntity, count: 4))
            #expect(empty.headers.contentType?.description.contains("problem+json") == true)
            #expect(unknown.status == .notFound && garbage.status == .notFound)
            #expect(try await ConsultationRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func aLawyersAPITokenAnswersOnlyWithTheWorkOrderScope() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let created = try await Self.ask(app, desk)
            let path = "/api/v1/consultations/\(created.id.uuidString)/answers"
            let scoped = try await switchboardToken(app, owner: desk.lawyers[0], scopes: "handle_work_orders")
            let readOnly = try await switchboardToken(app, owner: desk.lawyers[0], scopes: "view_regions")
            // act
            let refused = try await apiRequest(app, .POST, path, token: readOnly, json: #"{"text":"只读令牌"}"#)
            let answered = try await apiRequest(app, .POST, path, token: scoped, json: #"{"text":"可以申请劳动仲裁。"}"#)
            // check
            #expect(refused.status == .forbidden && answered.status == .created)
            #expect(try answered.content.decode(ConsultationDTO.self).threads.map(\.lawyer_id) == [desk.lawyers[0].id!])
        }
    }
}
