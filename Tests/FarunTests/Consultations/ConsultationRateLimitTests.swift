import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Flooding 快解答 is refused per phone (10 questions an hour), per address (20 questions and 60 follow-ups an hour)
/// with a message a person can act on; what was accepted stays, and a refused question's text is kept in the form.
@Suite struct ConsultationRateLimitTests {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    static func ask(_ app: Application, _ desk: ConsultationDesk, phone: String, _ n: Int) async throws -> HTTPStatus {
        try await apiRequest(app, .POST, "/api/v1/consultations",
                             json: ConsultationAPITests.askJSON("公司拖欠工资第\(n)个月了怎么办？", region: desk.j.townA.id!, phone: phone)).status
    }

    @Test func theEleventhQuestionFromOnePhoneInAnHourIsRefusedWhateverItsSpellingAndAnotherPhoneStillAsks() async throws {
        for engine in TestEngine.available {
            var clock = FixedClock(Self.start)
            try await withApp(on: engine, clock: clock) { app in
                // setup
                let desk = try await ConsultationDesk.make(app, lawyers: 0)
                var statuses: [HTTPStatus] = []
                for n in 1...10 { statuses.append(try await Self.ask(app, desk, phone: "13912345678", n)) }
                // act
                let respelled = try await apiRequest(app, .POST, "/api/v1/consultations",
                                                     json: ConsultationAPITests.askJSON("第十一个问题", region: desk.j.townA.id!, phone: "+86 139 1234 5678"))
                let otherPhone = try await Self.ask(app, desk, phone: "13800138000", 12)
                clock.advance(by: 3601)
                app.clock = clock
                let nextHour = try await Self.ask(app, desk, phone: "13912345678", 13)
                // check
                #expect(statuses == Array(repeating: .created, count: 10))
                #expect(respelled.status == .tooManyRequests)
                #expect(respelled.headers.contentType?.description.contains("problem+json") == true)
                #expect(respelled.text.contains("操作过于频繁"))
                #expect(otherPhone == .created && nextHour == .created)
                #expect(try await ConsultationRecord.query(on: app.db).count() == 12)
            }
        }
    }

    @Test func theTwentyFirstQuestionFromOneAddressInAnHourIsRefusedEvenWithFreshPhones() async throws {
        try await withApp(clock: FixedClock(Self.start)) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            var statuses: [HTTPStatus] = []
            for n in 1...20 { statuses.append(try await Self.ask(app, desk, phone: "1391234\(String(format: "%04d", n))", n)) }
            // act
            let flooding = try await Self.ask(app, desk, phone: "13700000021", 21)
            // check
            #expect(statuses == Array(repeating: .created, count: 20))
            #expect(flooding == .tooManyRequests)
            #expect(try await ConsultationRecord.query(on: app.db).count() == 20)
        }
    }

    @Test func aRefusedQuestionOnThePageKeepsItsTextAndSaysWhatToDo() async throws {
        try await withApp(clock: FixedClock(Self.start)) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            for n in 1...10 { _ = try await Self.ask(app, desk, phone: "13800138000", n) }
            // act
            let refused = try await Browser.anonymous.post(app, "/consult",
                                                           ConsultationPageFlowTests.askFields(desk, confirmed: true, question: "邻居占了我家宅基地怎么办"))
            // check
            #expect(refused.status == .tooManyRequests)
            #expect(refused.text.contains("邻居占了我家宅基地怎么办"))
            #expect(refused.text.contains(L10n(.zhHans)(.consultTooManyQuestions)))
            #expect(try await ConsultationRecord.query(on: app.db).count() == 10)
        }
    }

    @Test func theSixtyFirstFollowUpFromOneAddressInAnHourIsRefusedAndTheEarlierOnesAreKept() async throws {
        try await withApp(clock: FixedClock(Self.start)) { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let created = try await ConsultationAPITests.ask(app, desk)
            let base = "/api/v1/consultations/\(created.id.uuidString)"
            let lawyer = try await Browser.signedIn(app, desk.lawyers[0])
            _ = try await apiRequest(app, .POST, "\(base)/answers", browser: lawyer, json: #"{"text":"可以申请劳动仲裁。"}"#)
            let lawyerID = try desk.lawyers[0].requireID()
            var statuses: [HTTPStatus] = []
            for n in 1...60 {
                statuses.append(try await apiRequest(app, .POST, "\(base)/follow-ups", json: #"{"lawyer_id":\#(lawyerID),"text":"追问\#(n)"}"#).status)
            }
            // act
            let flooding = try await apiRequest(app, .POST, "\(base)/follow-ups", json: #"{"lawyer_id":\#(lawyerID),"text":"追问61"}"#)
            // check
            #expect(statuses.allSatisfy { $0 == .created || $0 == .ok })
            #expect(flooding.status == .tooManyRequests)
            #expect(try await ConsultationEntryRecord.query(on: app.db).filter(\.$kind == .followUp).count() == 60)
        }
    }
}
