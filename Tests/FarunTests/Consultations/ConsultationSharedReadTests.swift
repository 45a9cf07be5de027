import FarunCore
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
@testable import Farun

/// One database read per feed event per instance, however many workbench streams are open; each stream still
/// filters its own lawyer's offers, withdrawals and changes out of it.
@Suite struct ConsultationSharedReadTests {
    @Test func aFeedEventIsReadOnceForAllTheStreamsOfAnInstance() async throws {
        try await withApp { app in
            // setup: eight lawyers on duty, each streaming; a first question so every stream's first list is visible
            let counter = ReadCounter()
            app.consultationFeed = counter.feed()
            let desk = try await ConsultationDesk.make(app, lawyers: 8)
            let now = Date()
            for index in 0..<8 { try await desk.onDuty(app, index, around: now) }
            let first = try await desk.askLive(app, at: now)
            let streams = desk.lawyers.map { RunningStream(person: String($0.id!), app: app) }
            for stream in streams { #expect(await stream.waitFor(first.uuidString)) }
            let before = counter.value
            // act
            let second = try await desk.askLive(app, at: now)
            // check
            for stream in streams { #expect(await stream.waitFor("\"id\":\"\(second.uuidString)\"")) }
            #expect(counter.value - before == 1)
            #expect(await app.consultationFeed.reads.loads == counter.value)
            for stream in streams { await stream.stop() }
        }
    }

    @Test func eachLawyerGetsTheirOwnOffersWithdrawalsAndChangesFromTheSharedRead() async throws {
        try await withApp { app in
            // setup: lawyers 0 and 1 on duty, 2 off duty, 3 on duty county-wide but granted in town B only
            let counter = ReadCounter()
            app.consultationFeed = counter.feed()
            let desk = try await ConsultationDesk.make(app, lawyers: 4)
            let now = Date()
            for index in [0, 1, 3] { try await desk.onDuty(app, index, around: now) }
            let townB = desk.j.townB.regionPath
            let streams = [RunningStream(person: String(desk.lawyers[0].id!), app: app),
                           RunningStream(person: String(desk.lawyers[1].id!), app: app),
                           RunningStream(person: String(desk.lawyers[2].id!), app: app),
                           RunningStream(person: String(desk.lawyers[3].id!), app: app, mayAnswer: { townB.contains($0) })]
            for stream in streams { #expect(await stream.waitFor("retry:")) }
            // act: a question in town A, lawyer 0 answers, the citizen follows up with lawyer 0, lawyer 1 answers
            let id = try await desk.askLive(app, at: now)
            // Both lawyers must have been offered it before lawyer 0 answers, or there is nothing to withdraw from 0.
            for index in [0, 1] { #expect(await streams[index].waitFor("event: question")) }
            try await desk.applyLive(app, .answer(desk.lawyer(0), at: now), to: id, text: "可以申请劳动仲裁。", at: now)
            #expect(await streams[0].waitFor("event: withdrawn"))
            try await desk.applyLive(app, .followUp(lawyer: String(desk.lawyers[0].id!), at: now.addingTimeInterval(60)), to: id,
                                     text: "仲裁要交钱吗？", at: now.addingTimeInterval(60))
            #expect(await streams[0].waitFor("event: follow_up"))
            try await desk.applyLive(app, .answer(desk.lawyer(1), at: now.addingTimeInterval(90)), to: id, text: "不收费。",
                                     at: now.addingTimeInterval(90))
            #expect(await streams[1].waitFor("event: withdrawn"))
            let marker = try await desk.askLive(app, at: now)
            for index in [0, 1] { #expect(await streams[index].waitFor(marker.uuidString)) }
            for stream in streams { await stream.stop() }
            // check
            let question = "event: question\ndata: {\"age_seconds\":"
            let withdrawn = "event: withdrawn\ndata: {\"id\":\"\(id.uuidString)\"}"
            let zero = await streams[0].transcript.text
            #expect(zero.contains(question) && zero.contains(withdrawn))
            #expect(zero.contains("event: answered\ndata: {\"id\":\"\(id.uuidString)\",\"lawyers\":1,\"state\":\"answered\"}"))
            #expect(zero.contains("event: follow_up\ndata: {\"awaiting_reply\":true,\"id\":\"\(id.uuidString)\",\"lawyers\":1,\"state\":\"answered\"}"))
            #expect(zero.contains("\"region_name\":\"岳阳镇\""))
            let one = await streams[1].transcript.text
            #expect(one.contains(question) && one.contains(withdrawn))
            #expect(!one.contains("event: follow_up") && !one.contains("event: answered\ndata: {\"id\":\"\(id.uuidString)\",\"lawyers\":1"))
            #expect(one.contains("event: answered\ndata: {\"id\":\"\(id.uuidString)\",\"lawyers\":2,\"state\":\"answered\"}"))
            let two = await streams[2].transcript.text
            #expect(two.contains("event: listed\ndata: {\"count\":0}") && !two.contains("event: question") && !two.contains("event: answered"))
            let three = await streams[3].transcript.text
            #expect(three.contains("event: listed\ndata: {\"count\":0}") && !three.contains("event: question") && !three.contains("event: answered"))
            // five events (two questions, two answers, a follow-up): five reads beyond the streams' first lists
            #expect(counter.value <= 5 + streams.count)
        }
    }

    @Test func concurrentRequestsShareTheRunningReadAndLaterOnesShareOneReadAfterIt() async throws {
        try await withApp { app in
            // setup: a loader that waits until released, so requests arrive while a read is in flight
            let gate = NIOLockedValueBox<[CheckedContinuation<Void, Never>]>([])
            let reads = WorkbenchReads(loader: { app in
                await withCheckedContinuation { continuation in gate.withLockedValue { $0.append(continuation) } }
                return WorkbenchSnapshot(at: app.clock.now(), roster: DutyRoster(slots: []), active: [])
            })
            let feed = ConsultationFeed(heartbeat: .seconds(3_600), reads: reads)
            let release = { for continuation in gate.withLockedValue({ list in defer { list = [] }; return list }) { continuation.resume() } }
            // act: twenty requests for one event, then ten streams connecting (each a later generation) during its read
            let first = feed.advance()
            let sameEvent = (0..<20).map { _ in Task { try await reads.snapshot(after: first, feed: feed, app: app) } }
            #expect(await eventually { gate.withLockedValue { $0.count } == 1 })
            let connecting = (0..<10).map { _ in Task { try await reads.snapshot(after: feed.advance(), feed: feed, app: app) } }
            #expect(await eventually { await reads.loads == 1 })
            let duringFirstRead = await reads.loads
            release()
            for request in sameEvent { _ = try await request.value }
            #expect(await eventually { gate.withLockedValue { $0.count } == 1 })
            release()
            for request in connecting { _ = try await request.value }
            // check: one read for the event, one after it for all ten connections
            #expect(duringFirstRead == 1)
            #expect(await reads.loads == 2)
        }
    }

    @Test func theSnapshotsFilterOffersOnlyThePeopleTheRosterNamesAndNotThoseWhoAnswered() {
        // setup: two people on duty county-wide; person "1" answered
        let county = RegionPath(ids: [1])
        let now = Date(timeIntervalSince1970: 1_795_658_400)
        let roster = DutyRoster(slots: [], availability: ["1", "2"].map {
            DutyAvailability(person: $0, from: now.addingTimeInterval(-60), until: now.addingTimeInterval(3_600), regionPath: county, fields: [])
        })
        var answered = Consultation(id: UUID(), askedAt: now.addingTimeInterval(-30), regionPath: RegionPath(ids: [1, 2]), field: .other)
        answered = try! ConsultationLifecycle.apply(.answer(ConsultationLawyer(key: "1", grants: [Grant(role: .lawyer, regionPath: county)]),
                                                            at: now.addingTimeInterval(-10)), to: answered)
        let fresh = Consultation(id: UUID(), askedAt: now.addingTimeInterval(-20), regionPath: RegionPath(ids: [1, 2]), field: .other)
        // act
        let snapshot = WorkbenchSnapshot(at: now, roster: roster, active: [fresh, answered])
        // check: oldest first, and the lawyer who answered no longer offered it
        #expect(snapshot.offered(to: "2").map(\.id) == [answered.id, fresh.id])
        #expect(snapshot.offered(to: "1").map(\.id) == [fresh.id])
        #expect(snapshot.offered(to: "3").isEmpty)
        #expect(snapshot.consultation(answered.id)?.answeringLawyers == ["1"])
    }
}
