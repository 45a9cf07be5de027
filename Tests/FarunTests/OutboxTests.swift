import FarunCore
import Fluent
import Foundation
import Synchronization
import Testing
import Vapor
@testable import Farun

/// A gateway that records what it got and answers as told.
final class FakeWebhook: WebhookClient, Sendable {
    let received = Mutex<[(topic: String, body: String)]>([])
    let status = Mutex<UInt>(200)
    let unreachable = Mutex(false)

    func post(_ body: String, topic: String, messageID: Int) async throws -> UInt {
        if unreachable.withLock({ $0 }) { throw URLError(.cannotConnectToHost) }
        received.withLock { $0.append((topic, body)) }
        return status.withLock { $0 }
    }
}

@Suite struct OutboxTests {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    struct Payload: Codable { let number: String }

    @Test func aRolledBackChangeLeavesNoMessageAndACommittedOneIsDeliveredOnce() async throws {
        try await withApp { app in
            // setup
            let hook = FakeWebhook()
            struct Boom: Error {}
            try? await app.db.transaction { db in
                try await Outbox.enqueue(topic: "test.rolled_back", payload: Payload(number: "X"), at: Self.start, on: db)
                throw Boom()
            }
            try await app.db.transaction { db in
                try await Outbox.enqueue(topic: "test.committed", payload: Payload(number: "141025100-20261125-0001"), at: Self.start, on: db)
            }
            // act
            let first = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start, on: app.db)
            let second = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start.addingTimeInterval(3600), on: app.db)
            // check
            #expect(first == .init(sent: 1, failed: 0))
            #expect(second == .init(sent: 0, failed: 0))
            let received = hook.received.withLock { $0 }
            #expect(received.map(\.topic) == ["test.committed"])
            #expect(received.first?.body.contains("141025100-20261125-0001") == true)
        }
    }

    @Test func failuresAreRetriedWithBackOffAndParkedWhenAttemptsRunOut() async throws {
        try await withApp { app in
            // setup
            let hook = FakeWebhook()
            hook.status.withLock { $0 = 503 }
            let policy = RetryPolicy(baseSeconds: 30, capSeconds: 3600, maxAttempts: 3)
            try await Outbox.enqueue(topic: "test.flaky", payload: Payload(number: "1"), at: Self.start, on: app.db)
            // act
            let r1 = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start, policy: policy, on: app.db)
            let tooEarly = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start.addingTimeInterval(10), policy: policy, on: app.db)
            let r2 = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start.addingTimeInterval(31), policy: policy, on: app.db)
            let afterSecond = try #require(try await OutboxMessage.query(on: app.db).first())
            let r3 = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start.addingTimeInterval(31 + 61), policy: policy, on: app.db)
            // check
            #expect(r1.failed == 1)
            #expect(tooEarly == .init(sent: 0, failed: 0))
            #expect(r2.failed == 1)
            #expect(afterSecond.attempts == 2)
            #expect(afterSecond.nextAttemptAt.timeIntervalSince(Self.start.addingTimeInterval(31)) == 60)
            #expect(afterSecond.lastError.contains("503"))
            #expect(r3.failed == 1)
            let parked = try #require(try await OutboxMessage.query(on: app.db).first())
            #expect(parked.parkedAt != nil)
            #expect(parked.sentAt == nil)
        }
    }

    @Test func aMessageClaimedByADeliveryThatDiedIsDeliveredLater() async throws {
        try await withApp { app in
            // setup: a deliverer claims the message, then the server dies before posting
            let hook = FakeWebhook()
            try await Outbox.enqueue(topic: "test.crash", payload: Payload(number: "1"), at: Self.start, on: app.db)
            let claimed = try await Outbox.claim(limit: 10, now: Self.start, claimFor: 300, on: app.db)
            // act
            let whileClaimed = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start.addingTimeInterval(60), on: app.db)
            let afterClaim = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start.addingTimeInterval(301), on: app.db)
            // check
            #expect(claimed.count == 1)
            #expect(whileClaimed == .init(sent: 0, failed: 0))
            #expect(afterClaim == .init(sent: 1, failed: 0))
        }
    }

    @Test func concurrentClaimsNeverTakeTheSameMessage() async throws {
        try await withApp { app in
            // setup
            for i in 0..<30 { try await Outbox.enqueue(topic: "test.many", payload: Payload(number: String(i)), at: Self.start, on: app.db) }
            // act
            let batches = try await withThrowingTaskGroup(of: [Int].self) { group in
                for _ in 0..<6 { group.addTask { try await Outbox.claim(limit: 10, now: Self.start, claimFor: 300, on: app.db).map(\.id) } }
                var all: [[Int]] = []
                for try await batch in group { all.append(batch) }
                return all
            }
            // check
            let ids = batches.flatMap { $0 }
            #expect(ids.count == 30)
            #expect(Set(ids).count == 30)
        }
    }

    @Test func onlyOneInstanceHoldsAJobLeaseUntilItExpires() async throws {
        try await withApp { app in
            // act
            let a = try await JobLeases.acquire("outbox-deliverer", holder: "instance-a", ttl: 30, now: Self.start, on: app.db)
            let b = try await JobLeases.acquire("outbox-deliverer", holder: "instance-b", ttl: 30, now: Self.start.addingTimeInterval(10), on: app.db)
            let aRenews = try await JobLeases.acquire("outbox-deliverer", holder: "instance-a", ttl: 30, now: Self.start.addingTimeInterval(20), on: app.db)
            let bWhileRenewed = try await JobLeases.acquire("outbox-deliverer", holder: "instance-b", ttl: 30, now: Self.start.addingTimeInterval(45), on: app.db)
            let bAfterExpiry = try await JobLeases.acquire("outbox-deliverer", holder: "instance-b", ttl: 30, now: Self.start.addingTimeInterval(51), on: app.db)
            // check
            #expect(a)
            #expect(!b)
            #expect(aRenews)
            #expect(!bWhileRenewed)
            #expect(bAfterExpiry)
        }
    }

    @Test func anUnreachableGatewayCountsAsAFailure() async throws {
        try await withApp(on: .sqlite) { app in
            // setup
            let hook = FakeWebhook()
            hook.unreachable.withLock { $0 = true }
            try await Outbox.enqueue(topic: "test.down", payload: Payload(number: "1"), at: Self.start, on: app.db)
            // act
            let result = try await OutboxDeliverer.deliverDue(client: hook, now: Self.start, on: app.db)
            // check
            #expect(result == .init(sent: 0, failed: 1))
            #expect(try await OutboxMessage.query(on: app.db).first()?.attempts == 1)
        }
    }
}
