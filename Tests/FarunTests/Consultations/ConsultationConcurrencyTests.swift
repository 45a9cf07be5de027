import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// Many lawyers answering one question at once, over two instances: exactly N threads, no answer lost.
@Suite struct ConsultationConcurrencyTests {
    @Test(arguments: TestEngine.available)
    func eightLawyersAnsweringAtOnceMakeExactlyThreeThreadsAndLoseNothing(engine: TestEngine) async throws {
        try await withInstances(2, engine: engine) { apps in
            // setup
            let app = apps[0]
            let desk = try await ConsultationDesk.make(app, lawyers: 8)
            let id = try await desk.ask(app)
            // act: each lawyer answers once through one of the instances
            let outcomes = try await withThrowingTaskGroup(of: ConsultationProblem?.self) { group in
                for index in 0..<8 {
                    let instance = apps[index % apps.count]
                    group.addTask {
                        do {
                            try await desk.answer(instance, id, by: index, text: "律师\(index)的解答", on: instance.db)
                            return nil
                        } catch let problem as ConsultationProblem {
                            return problem
                        }
                    }
                }
                return try await group.reduce(into: [ConsultationProblem?]()) { $0.append($1) }
            }
            // check
            #expect(outcomes.count { $0 == nil } == 3)
            #expect(outcomes.compactMap { $0 } == Array(repeating: .enoughLawyers, count: 5))
            let loaded = try #require(try await ConsultationStore.load(id, on: app.db))
            #expect(loaded.consultation.state == .fullyAnswered && loaded.threads.count == 3 && loaded.record.version == 4)
            let entries = try await ConsultationEntryRecord.query(on: app.db).all()
            #expect(entries.count == 3)
            let lawyerOfThread = Dictionary(uniqueKeysWithValues: loaded.threads.map { ($0.id!, $0.$lawyer.id) })
            for entry in entries {
                let index = try #require(desk.lawyers.firstIndex { $0.id == lawyerOfThread[entry.$thread.id] })
                #expect(entry.text == "律师\(index)的解答", "an answer landed in another lawyer's thread")
            }
        }
    }

    @Test(arguments: TestEngine.available)
    func aFirstAnswerAlertIsClaimedByExactlyOneOfTwoInstances(engine: TestEngine) async throws {
        try await withInstances(2, engine: engine) { apps in
            // setup: five unanswered questions
            let app = apps[0]
            let desk = try await ConsultationDesk.make(app, lawyers: 0)
            var ids: Set<UUID> = []
            for i in 0..<5 { ids.insert(try await desk.ask(app, at: ConsultationDesk.start.addingTimeInterval(Double(i)))) }
            let now = ConsultationDesk.start.addingTimeInterval(11 * 60)
            // act: both instances sweep at the same instant, several times
            let claimed = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for round in 0..<6 {
                    let instance = apps[round % apps.count]
                    group.addTask { try await ConsultationStore.alertsDue(now: now, on: instance.db).map(\.consultationID) }
                }
                return try await group.reduce(into: [UUID]()) { $0 += $1 }
            }
            // check
            #expect(claimed.count == 5 && Set(claimed) == ids)
            #expect(try await ConsultationAlert.query(on: app.db).count() == 5)
        }
    }
}
