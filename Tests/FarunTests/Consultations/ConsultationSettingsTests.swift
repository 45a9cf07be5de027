import FarunCore
import Fluent
import Foundation
import Logging
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The issue's N (distinct lawyers, default 3) and the first-answer limit (default 10 minutes) are deployment
/// settings: FARUN_CONSULT_REQUIRED_LAWYERS and FARUN_CONSULT_FIRST_ANSWER_MINUTES.
@Suite struct ConsultationSettingsTests {
    @Test func theSettingsAreReadWithTheirDefaultsAndABadValueNamesItself() throws {
        // setup
        let logger = Logger(label: "test")
        let key = String(repeating: "k", count: 40)
        // act
        let standard = try Settings.load(environment: .development, variables: ["FARUN_SECRET_KEY": key], logger: logger)
        let custom = try Settings.load(environment: .development, variables: ["FARUN_SECRET_KEY": key, "FARUN_CONSULT_REQUIRED_LAWYERS": "2",
                                                                             "FARUN_CONSULT_FIRST_ANSWER_MINUTES": "5"], logger: logger)
        // check
        #expect(standard.consultationPolicy.requiredLawyers == 3 && standard.consultationPolicy.firstAnswerLimit == 600)
        #expect(custom.consultationPolicy.requiredLawyers == 2 && custom.consultationPolicy.firstAnswerLimit == 300)
        #expect(throws: SettingsError.self) {
            try Settings.load(environment: .development, variables: ["FARUN_SECRET_KEY": key, "FARUN_CONSULT_REQUIRED_LAWYERS": "0"], logger: logger)
        }
    }

    @Test func withTwoRequiredLawyersTheThirdIsRefusedAndTheAlertComesAtFiveMinutes() async throws {
        // A fixed clock: the asked-at instant is exact, so 299 and 300 seconds are on either side of the limit.
        try await withApp(clock: FixedClock(ConsultationDesk.start)) { app in
            // setup
            var settings = app.settings
            settings.consultationRequiredLawyers = 2
            settings.consultationFirstAnswerMinutes = 5
            app.settings = settings
            let desk = try await ConsultationDesk.make(app, lawyers: 3)
            let created = try await ConsultationAPITests.ask(app, desk)
            let unanswered = try await ConsultationAPITests.ask(app, desk, "邻居家的树倒了砸到我家房子，谁来赔？")
            // act
            var statuses: [HTTPStatus] = []
            for lawyer in desk.lawyers {
                statuses.append(try await apiRequest(app, .POST, "/api/v1/consultations/\(created.id.uuidString)/answers",
                                                     browser: try await Browser.signedIn(app, lawyer), json: #"{"text":"可以申请劳动仲裁。"}"#).status)
            }
            let read = try await apiRequest(app, .GET, "/api/v1/consultations/\(created.id.uuidString)").content.decode(ConsultationDTO.self)
            let askedAt = ConsultationDesk.start
            let early = try await ConsultationSweep.run(context: ConsultationSweep.context(app, at: askedAt.addingTimeInterval(299)), on: app.db)
            let due = try await ConsultationSweep.run(context: ConsultationSweep.context(app, at: askedAt.addingTimeInterval(300)), on: app.db)
            // check
            #expect(statuses == [.created, .created, .conflict])
            #expect(read.required_lawyers == 2 && read.state == "fully_answered")
            #expect(early.alerted.isEmpty && due.alerted == [unanswered.id])
        }
    }
}
