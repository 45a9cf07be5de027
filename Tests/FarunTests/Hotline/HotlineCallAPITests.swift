import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct HotlineCallAPITests {
    @Test func anAnsweredCallIsStoredWithTheNumberEncryptedAndOnlyMaskedInTheAnswer() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            // act
            let response = try await postCall(app, token: token, callJSON("SW-1"))
            // check
            #expect(response.status == .created)
            #expect(!response.text.contains("13800138000"))
            let body = try jsonObject(response)
            #expect(body["caller"] as? String == "138****8000")
            #expect(body["answered"] as? Bool == true && body["seconds_to_answer"] as? Int == 8 && body["talk_seconds"] as? Int == 120)
            #expect(body["operator"] as? String == "operator")
            let call = try #require(try await storedCall(app, "SW-1"))
            #expect(try app.secrets.decrypt(call.callerEncrypted) == "13800138000")
            #expect(call.callerHash == app.secrets.lookupHash("13800138000"))
            #expect(call.$region.id == desk.j.county.id)
            #expect(try await CallbackTask.query(on: app.db).count() == 0)
            #expect(try await auditCount(app, action: "hotline.call") == 1)
        }
    }

    @Test func aMissedCallOpensACallBackTaskDueWithinADay() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            // act
            let response = try await postCall(app, token: token, callJSON("SW-2", answerAfter: nil, talk: 25, operator: nil, recording: "", regionID: desk.j.townA.id))
            // check
            #expect(response.status == .created)
            let call = try #require(try await storedCall(app, "SW-2"))
            #expect(call.answered == false && call.answeredAt == nil)
            let task = try #require(try await CallbackTask.query(on: app.db).first())
            #expect(task.kind == .missedCall && task.$callRecord.id == call.id)
            #expect(task.regionPath == desk.j.townA.path)
            #expect(task.dueAt == hotlineNow.addingTimeInterval(24 * 3600))
            #expect(try jsonObject(response)["callback_task_id"] as? Int == task.id)
        }
    }

    @Test func postingTheSameCallAgainReturnsTheStoredRecordAndChangesNothing() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            let json = callJSON("SW-3", answerAfter: nil, operator: nil)
            let first = try await postCall(app, token: token, json)
            // act
            let again = try await postCall(app, token: token, json)
            // check
            #expect(first.status == .created && again.status == .ok)
            #expect(try jsonObject(first)["id"] as? Int == jsonObject(again)["id"] as? Int)
            #expect(try await CallRecord.query(on: app.db).count() == 1)
            #expect(try await CallbackTask.query(on: app.db).count() == 1)
            #expect(try await auditCount(app, action: "hotline.call") == 1)
        }
    }

    @Test func theSameExternalIDWithDifferentFactsIsAConflictAndTheStoredCallStays() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            try await postCall(app, token: token, callJSON("SW-4", talk: 120))
            // act
            let conflicting = try await postCall(app, token: token, callJSON("SW-4", talk: 300))
            // check
            #expect(conflicting.status == .conflict)
            #expect(conflicting.headers.contentType?.description.contains("problem+json") == true)
            #expect(conflicting.text.contains("SW-4"))
            let call = try #require(try await storedCall(app, "SW-4"))
            #expect(call.endedAt == hotlineNow.addingTimeInterval(-3600 + 8 + 120))
            #expect(try await CallRecord.query(on: app.db).count() == 1)
        }
    }

    @Test func badTimesAndABadNumberAreRefusedFieldByFieldAndNothingIsStored() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            let ring = beijingTime(hotlineNow.addingTimeInterval(-600))
            let bad = [
                // answered before it rang; caller not a phone number
                #"{"external_id":"SW-5","caller":"12","ring_at":"\#(ring)","answered_at":"\#(beijingTime(hotlineNow.addingTimeInterval(-700)))","ended_at":"\#(ring)"}"#,
                // ended before it rang (missed); a time without zone; no ring time at all
                #"{"external_id":"SW-6","caller":"13800138000","ring_at":"\#(ring)","ended_at":"\#(beijingTime(hotlineNow.addingTimeInterval(-900)))"}"#,
                #"{"external_id":"SW-7","caller":"13800138000","ring_at":"2026-09-21 20:00:00","ended_at":"\#(ring)"}"#,
                #"{"external_id":"","caller":"13800138000","ended_at":"\#(ring)"}"#,
                // ends an hour from now (beyond the clock skew)
                #"{"external_id":"SW-8","caller":"13800138000","ring_at":"\#(ring)","answered_at":"\#(ring)","ended_at":"\#(beijingTime(hotlineNow.addingTimeInterval(3600)))"}"#,
            ]
            // act
            var fields: [Set<String>] = []
            for json in bad {
                let response = try await postCall(app, token: token, json)
                #expect(response.status == .unprocessableEntity, "\(json) → \(response.status)")
                let errors = try jsonObject(response)["errors"] as? [[String: Any]] ?? []
                fields.append(Set(errors.compactMap { $0["field"] as? String }))
            }
            // check
            #expect(fields == [["caller", "answered_at"], ["ended_at"], ["ring_at"], ["external_id", "ring_at"], ["ended_at"]])
            #expect(try await CallRecord.query(on: app.db).count() == 0)
            #expect(try await CallbackTask.query(on: app.db).count() == 0)
            #expect(try await auditCount(app, action: "hotline.call") == 0)
        }
    }

    @Test func aSwitchboardCannotPostIntoARegionOutsideItsScope() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup: town B's hotline desk
            let desk = try await WorkOrderDesk.make(app)
            let townBOperator = try await makeStaff(app, "operator.b", [(.hotlineOperator, desk.j.townB)])
            let token = try await switchboardToken(app, owner: townBOperator)
            // act
            let response = try await postCall(app, token: token, callJSON("SW-9", operator: nil, regionID: desk.j.townA.id))
            let ownRegion = try await postCall(app, token: token, callJSON("SW-10", operator: nil))
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("\"region_id\""))
            #expect(try await storedCall(app, "SW-9") == nil)
            #expect(ownRegion.status == .created)
            #expect(try await storedCall(app, "SW-10")?.$region.id == desk.j.townB.id)
        }
    }

    @Test func theOperatorMustExistAndAnswerTheHotlineInTheCallsRegion() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup: officer.1 handles legal aid but not the hotline
            let desk = try await WorkOrderDesk.make(app)
            let token = try await switchboardToken(app, owner: desk.operatorUser)
            // act
            let unknown = try await postCall(app, token: token, callJSON("SW-11", operator: "nobody"))
            let notHotline = try await postCall(app, token: token, callJSON("SW-12", operator: "officer.1"))
            // check
            #expect(unknown.status == .unprocessableEntity && notHotline.status == .unprocessableEntity)
            #expect(unknown.text.contains("\"operator\"") && notHotline.text.contains("\"operator\""))
            #expect(try await CallRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func theListShowsOnlyCallsInScopeFilteredAndMasked() async throws {
        try await withApp(clock: FixedClock(hotlineNow)) { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let townBOperator = try await makeStaff(app, "operator.b", [(.hotlineOperator, desk.j.townB)])
            let county = try await switchboardToken(app, owner: desk.operatorUser)
            let townB = try await switchboardToken(app, owner: townBOperator)
            try await postCall(app, token: county, callJSON("A-1", regionID: desk.j.townA.id))
            try await postCall(app, token: county, callJSON("A-2", answerAfter: nil, operator: nil, regionID: desk.j.townA.id))
            try await postCall(app, token: county, callJSON("OLD", ring: hotlineNow.addingTimeInterval(-3 * 86_400)))
            try await postCall(app, token: townB, callJSON("B-1", caller: "0357-5221234", operator: nil))
            // act
            let all = try await apiRequest(app, .GET, "/api/v1/hotline/calls", token: county)
            let missedToday = try await apiRequest(app, .GET, "/api/v1/hotline/calls?answered=false&from=2026-09-21&to=2026-09-21", token: county)
            let byOperator = try await apiRequest(app, .GET, "/api/v1/hotline/calls?operator=operator", token: county)
            let seenByTownB = try await apiRequest(app, .GET, "/api/v1/hotline/calls", token: townB)
            let badFilter = try await apiRequest(app, .GET, "/api/v1/hotline/calls?from=21.09.2026", token: county)
            // check
            func ids(_ r: TestingHTTPResponse) throws -> [String] {
                (try jsonObject(r)["items"] as? [[String: Any]] ?? []).compactMap { $0["external_id"] as? String }
            }
            #expect(try ids(all) == ["B-1", "A-2", "A-1", "OLD"])
            #expect(try ids(missedToday) == ["A-2"])
            #expect(try ids(byOperator) == ["A-1", "OLD"])
            #expect(try ids(seenByTownB) == ["B-1"])
            #expect(!all.text.contains("13800138000") && !all.text.contains("5221234"))
            #expect(all.text.contains("0357-*****34"))
            #expect(badFilter.status == .unprocessableEntity)
        }
    }
}
