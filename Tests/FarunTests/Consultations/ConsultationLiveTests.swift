import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

/// The lawyers' live feed: in-process delivery, cross-instance delivery over LISTEN/NOTIFY, the SSE route.
@Suite struct ConsultationLiveTests {
    @Test func aNewQuestionReachesTheStreamOfALawyerOnDutyOnTheSameInstance() async throws {
        try await withApp { app in
            // setup: lawyer 0 on duty, lawyer 1 not
            let desk = try await ConsultationDesk.make(app, lawyers: 2)
            let now = Date()
            try await desk.onDuty(app, 0, around: now)
            let onDuty = RunningStream(person: String(desk.lawyers[0].id!), app: app)
            let offDuty = RunningStream(person: String(desk.lawyers[1].id!), app: app)
            #expect(await onDuty.waitFor("retry:"))
            #expect(await offDuty.waitFor("retry:"))
            // act
            let id = try await desk.askLive(app, at: now)
            // check
            #expect(await onDuty.waitFor("\"id\":\"\(id.uuidString)\""))
            #expect(await onDuty.transcript.text.contains("event: question\ndata: {\"age_seconds\":"))
            await onDuty.stop()
            await offDuty.stop()
            #expect(await !offDuty.transcript.text.contains("event: question"))
        }
    }

    @Test func anAnswerIsSentToTheAnsweringLawyerAndTheQuestionIsWithdrawnFromTheirList() async throws {
        try await withApp { app in
            // setup
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let now = Date()
            try await desk.onDuty(app, 0, around: now)
            let id = try await desk.askLive(app, at: now)
            let stream = RunningStream(person: String(desk.lawyers[0].id!), app: app)
            #expect(await stream.waitFor("event: question"))
            // act
            var context = ConsultationDesk.context(app, at: now)
            context.feed = app.consultationFeed
            try await ConsultationStore.apply(.answer(desk.lawyer(0), at: now), to: id, message: .init(text: "可以申请劳动仲裁。"),
                                              context: context, on: app.db)
            // check
            #expect(await stream.waitFor("event: answered\ndata: {\"id\":\"\(id.uuidString)\",\"lawyers\":1,\"state\":\"answered\"}"))
            #expect(await stream.waitFor("event: withdrawn\ndata: {\"id\":\"\(id.uuidString)\"}"))
            await stream.stop()
        }
    }

    @Test func aQuestionAskedThroughInstanceAReachesALawyerStreamingFromInstanceB() async throws {
        guard TestEngine.postgresURL != nil else { return }
        try await withInstances(2, engine: .postgres) { apps in
            // setup: the lawyer's stream on B, listening before the question is asked
            let (a, b) = (apps[0], apps[1])
            let desk = try await ConsultationDesk.make(a, lawyers: 1)
            let now = Date()
            try await desk.onDuty(a, 0, around: now)
            b.consultationFeed.start(b)
            #expect(await eventually { b.consultationFeed.isListening })
            let stream = RunningStream(person: String(desk.lawyers[0].id!), app: b)
            #expect(await stream.waitFor("retry:"))
            // act
            let started = ContinuousClock.now
            let id = try await desk.askLive(a, at: now)
            // check: well within the deadline (the heartbeat re-read would take 15 s, so this is the notification)
            #expect(await stream.waitFor("\"id\":\"\(id.uuidString)\"", within: .seconds(5)))
            #expect(ContinuousClock.now - started < .seconds(5))
            await stream.stop()
        }
    }

    @Test func instanceBsFeedDeliversAnotherInstancesAnswerButNotItsOwnTwice() async throws {
        guard TestEngine.postgresURL != nil else { return }
        try await withInstances(2, engine: .postgres) { apps in
            // setup
            let (a, b) = (apps[0], apps[1])
            let desk = try await ConsultationDesk.make(a, lawyers: 1)
            for app in apps { app.consultationFeed.start(app) }
            #expect(await eventually { a.consultationFeed.isListening && b.consultationFeed.isListening })
            let onA = a.consultationFeed.subscribe()
            let onB = b.consultationFeed.subscribe()
            // act: asked on A, then a marker asked on B, so A's stream has seen everything before it
            let id = try await desk.askLive(a, at: Date())
            let marker = try await desk.askLive(b, at: Date())
            // check
            var seenOnA: [ConsultationFeed.Event] = []
            for await event in onA { seenOnA.append(event); if event.id == marker { break } }
            var seenOnB: [ConsultationFeed.Event] = []
            for await event in onB { seenOnB.append(event); if event.id == marker { break } }
            #expect(seenOnA == [.init(id: id, kind: .question), .init(id: marker, kind: .question)])
            #expect(seenOnB == [.init(id: id, kind: .question), .init(id: marker, kind: .question)])
        }
    }

    @Test func notificationPayloadsAreParsedStrictly() {
        let id = UUID()
        #expect(ConsultationFeed.parse("abc \(id.uuidString) question")?.event == .init(id: id, kind: .question))
        #expect(ConsultationFeed.parse("abc \(id.uuidString) follow_up")?.origin == "abc")
        #expect(ConsultationFeed.parse("abc \(id.uuidString) nonsense") == nil)
        #expect(ConsultationFeed.parse("abc not-a-uuid question") == nil)
        #expect(ConsultationFeed.parse("") == nil)
    }

    @Test func theStreamRouteAnswersAnEventStreamWithTheOfferedQuestionsAndEndsAtShutdown() async throws {
        try await withApp { app in
            // setup: a question offered to the lawyer
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let now = Date()
            try await desk.onDuty(app, 0, around: now)
            let id = try await desk.askLive(app, at: now)
            let browser = try await Browser.signedIn(app, desk.lawyers[0])
            var headers = browser.headers
            headers.replaceOrAdd(name: .accept, value: "text/event-stream")
            // act: the stream is open (subscribed), then the application shuts its feed down, which ends the body
            let request = Task { try await app.testing().sendRequest(.GET, SiteURL.consultationStream.path, headers: headers) }
            #expect(await eventually { app.consultationFeed.subscriberCount == 1 })
            await app.consultationFeed.stop()
            let response = try await request.value
            // check
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentType)?.hasPrefix("text/event-stream") == true)
            #expect(response.headers.first(name: .cacheControl) == "no-store")
            let body = response.body.string
            #expect(body.hasPrefix("retry: 5000\n"))
            #expect(body.contains("event: question\ndata: {\"age_seconds\":"))
            #expect(body.contains("\"id\":\"\(id.uuidString)\""))
        }
    }

    @Test func withoutAcceptingAnEventStreamTheRouteSendsTheListOnceAndLeavesOutRegionsOutsideTheGrant() async throws {
        try await withApp { app in
            // setup: a lawyer of town B on duty across the county; the question is in town A
            let desk = try await ConsultationDesk.make(app, lawyers: 1)
            let outsider = try await makeStaff(app, "lawyer.b", [(.lawyer, desk.j.townB)])
            let now = Date()
            try await desk.onDuty(app, 0, around: now)
            _ = try await DutyRosterStore.declareAvailability(person: outsider.id!, from: now.addingTimeInterval(-3_600), until: now.addingTimeInterval(86_400),
                                                              regionID: desk.j.county.id!, fields: [], context: ConsultationDesk.context(app, at: now), on: app.db)
            let id = try await desk.askLive(app, at: now.addingTimeInterval(-3_000))
            // act: the feed runs; these requests end by themselves
            let insider = try await Browser.signedIn(app, desk.lawyers[0]).get(app, SiteURL.consultationStream.path)
            let other = try await Browser.signedIn(app, outsider).get(app, SiteURL.consultationStream.path)
            // check
            #expect(insider.status == .ok && insider.body.string.contains(id.uuidString))
            #expect(other.status == .ok && !other.body.string.contains("event: question"))
        }
    }

    @Test func theStreamRouteRefusesAnonymousVisitors() async throws {
        try await withApp { app in
            // act
            let response = try await Browser.anonymous.get(app, SiteURL.consultationStream.path)
            // check
            #expect(response.status != .ok)
        }
    }
}
