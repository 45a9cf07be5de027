import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// POST /api/v1/track and /api/v1/track/rating.
@Suite struct TrackingAPITests {
    @Test func trackingThroughTheAPIGivesStateTimelineNoticesDeadlineAndActions() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            // act
            let response = try await CitizenBrowser().api(app, SiteURL.api(.track).path, json: #"{"number":"\#(order.number)","phone":"13800138000"}"#)
            // check
            #expect(response.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            #expect(Set(json.keys) == ["number", "service", "state", "timeline", "notices", "due", "can_rate", "can_withdraw"])
            #expect(json["state"] as? String == "submitted")
            #expect(json["service"] as? String == "法律援助")
            #expect((json["due"] as? [String: Any])?["date"] as? String == order.acceptanceDue)
            #expect(json["can_withdraw"] as? Bool == true && json["can_rate"] as? Bool == false)
            #expect(((json["timeline"] as? [[String: Any]])?.first?["text"] as? String)?.contains("窗口") == true)
            #expect((json["notices"] as? [Any])?.count == 1)
        }
    }

    @Test func ratingThroughTheAPIClosesTheOrderAndBadScoresAreRefused() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await resolvedOrder(app, desk)
            let path = SiteURL.api(.trackRating).path
            // act
            let badScore = try await CitizenBrowser().api(app, path, json: #"{"number":"\#(order.number)","phone":"13800138000","score":"great"}"#)
            let wrongPhone = try await CitizenBrowser().api(app, path, json: #"{"number":"\#(order.number)","phone":"13900139000","score":"satisfied"}"#)
            let rated = try await CitizenBrowser().api(app, path, json: #"{"number":"\#(order.number)","phone":"13800138000","score":"satisfied","comment":"很好"}"#)
            // check
            #expect(badScore.status == .unprocessableEntity && badScore.headers.contentType?.subType == "problem+json")
            #expect(wrongPhone.status == .notFound)
            #expect(rated.status == .created)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(rated.text.utf8)) as? [String: Any])
            #expect(json["state"] as? String == "closed" && json["can_rate"] as? Bool == false)
            #expect(json.keys.contains("due") && json["due"] is NSNull)
            #expect(try await Rating.query(on: app.db).first()?.comment == "很好")
        }
    }
}
