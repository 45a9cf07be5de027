import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct WorkOrderNotificationTests {
    @Test func theCitizensMessageIsWrittenWithTheOrderAndSurvivesADeliveryCrash() async throws {
        try await withApp(clock: FixedClock(Date(timeIntervalSince1970: 1_790_000_000))) { app in
            // setup: an order is accepted; its notices are in the outbox with the phone encrypted
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j, phone: "13812345678", acceptNow: true), by: desk.clerk)
            let stored = try await OutboxMessage.query(on: app.db).sort(\.$id).all()
            // act: a deliverer claims both messages and dies before posting or marking them (the process is
            // gone: nothing else happens); another instance's deliverer runs while the claim holds, then after it
            let now = app.clock.now()
            let claimedByTheDead = try await Outbox.claim(limit: 50, now: now, claimFor: 300, on: app.db)
            let hook = FakeWebhook()
            let whileClaimed = try await OutboxDeliverer.deliverDue(client: hook, now: now.addingTimeInterval(60), secrets: app.secrets, on: app.db)
            let later = try await OutboxDeliverer.deliverDue(client: hook, now: now.addingTimeInterval(301), secrets: app.secrets, on: app.db)
            let again = try await OutboxDeliverer.deliverDue(client: hook, now: now.addingTimeInterval(3600), secrets: app.secrets, on: app.db)
            // check
            #expect(stored.map(\.topic) == ["work_order.submitted", "work_order.accepted"])
            #expect(stored.allSatisfy { !$0.payload.contains("13812345678") && $0.payload.contains("recipient_encrypted") })
            #expect(claimedByTheDead.count == 2)
            #expect(whileClaimed.sent == 0)
            #expect(later.sent == 2, "nothing is lost when a deliverer dies holding messages")
            #expect(again.sent == 0, "and nothing is sent twice once delivered")
            let bodies = hook.received.withLock { $0.map(\.body) }
            #expect(bodies.allSatisfy { $0.contains(#""recipient":"13812345678""#) && !$0.contains("recipient_encrypted") })
            #expect(bodies.contains { $0.contains(order.number) })
            let notices = try await CitizenNotice.query(on: app.db).filter(\.$workOrder.$id == order.id!).count()
            #expect(notices == 2)
        }
    }
}
