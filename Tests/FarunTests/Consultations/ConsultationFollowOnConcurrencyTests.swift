import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Hand-offs and FAQ reviews racing over two instances: the unique keys and the row lock leave exactly one (one
/// work order, and for LEGAL_AID one legal aid application).
@Suite struct ConsultationFollowOnConcurrencyTests {
    @Test(arguments: TestEngine.available)
    func fourLawyersAskingForLegalAidAtOnceOpenExactlyOneWorkOrder(engine: TestEngine) async throws {
        try await withInstances(2, engine: engine) { apps in
            // setup
            let app = apps[0]
            let desk = try await ConsultationDesk.make(app, lawyers: 4)
            let id = try await desk.ask(app)
            var browsers: [Browser] = []
            for lawyer in desk.lawyers { browsers.append(try await Browser.signedIn(app, lawyer)) }
            let path = "/api/v1/consultations/\(id.uuidString)/referrals"
            // act
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, browser) in browsers.enumerated() {
                    let instance = apps[index % apps.count]
                    group.addTask { try await apiRequest(instance, .POST, path, browser: browser, json: #"{"service":"LEGAL_AID"}"#).status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            // check
            #expect(statuses.filter { $0 == .created }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 3)
            #expect(try await WorkOrder.query(on: app.db).count() == 1)
            #expect(try await ConsultationReferral.query(on: app.db).count() == 1)
            // the one order carries the one legal aid application (once per service)
            #expect(try await LegalAidApplication.query(on: app.db).count() == 1)
            #expect(try await auditCount(app, action: "legal_aid.apply") == 1)
        }
    }

    @Test(arguments: TestEngine.available)
    func twoReviewersPublishingAtOnceMakeOneFAQ(engine: TestEngine) async throws {
        try await withInstances(2, engine: engine) { apps in
            // setup
            let app = apps[0]
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let id = try await desk.closedWithBestAnswer(app)
            let first = try await Browser.signedIn(app, try await makeStaff(app, "reviewer.1", [(.judicialOfficeStaff, desk.j.townA)]))
            let second = try await Browser.signedIn(app, try await makeStaff(app, "reviewer.2", [(.judicialOfficeStaff, desk.j.townA)]))
            let path = "/api/v1/consultations/\(id.uuidString)/review"
            let body = #"{"decision":"publish","title":"工资拖欠怎么办？","summary":"可以申请劳动仲裁。","body":"可以申请劳动仲裁。","legal_field":"labour","source":"快解答"}"#
            // act
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, browser) in [first, second, first, second].enumerated() {
                    let instance = apps[index % apps.count]
                    group.addTask { try await apiRequest(instance, .POST, path, browser: browser, json: body).status }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            // check
            #expect(statuses.filter { $0 == .ok }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 3)
            #expect(try await KnowledgeEntry.query(on: app.db).count() == 1)
            #expect(try await ConsultationReview.query(on: app.db).count() == 1)
            #expect(try await ConsultationRecord.find(id, on: app.db)?.state == .published)
        }
    }
}
