import Fluent
import FarunCore
import Foundation
import Vapor

/// Posts outbox messages to the configured webhook (an SMS or WeChat gateway).
protocol WebhookClient: Sendable {
    /// Returns the HTTP status; throws when the gateway cannot be reached.
    func post(_ body: String, topic: String, messageID: Int) async throws -> UInt
}

/// The live client: a JSON POST with the topic and a message id the gateway can use to drop duplicates.
struct HTTPWebhookClient: WebhookClient {
    let client: any Client
    let url: URI

    func post(_ body: String, topic: String, messageID: Int) async throws -> UInt {
        let response = try await client.post(url, headers: [
            "Content-Type": "application/json", "X-Farun-Topic": topic, "X-Farun-Message-Id": String(messageID),
        ]) { $0.body = ByteBuffer(string: body) }
        return response.status.code
    }
}

enum OutboxDeliverer {
    static let leaseName = "outbox-deliverer"

    struct Result: Sendable, Equatable {
        var sent = 0
        var failed = 0
    }

    /// One round: take due messages, post each, record the outcome.
    static func deliverDue(client: any WebhookClient, now: Date, policy: RetryPolicy = RetryPolicy(), secrets: Secrets? = nil, on db: any Database) async throws -> Result {
        var result = Result()
        for message in try await Outbox.claim(limit: 50, now: now, claimFor: 300, on: db) {
            do {
                let body = try revealRecipient(message.payload, secrets: secrets)
                let status = try await client.post(body, topic: message.topic, messageID: message.id)
                guard (200..<300).contains(status) else { throw DeliveryError(status: status) }
                try await Outbox.markSent(message.id, at: now, on: db)
                result.sent += 1
            } catch {
                try await Outbox.markFailed(message, error: String(describing: error), at: now, policy: policy, on: db)
                result.failed += 1
            }
        }
        return result
    }

    /// Messages keep the recipient's phone encrypted at rest (`recipient_encrypted`); it is decrypted only for
    /// the moment of posting, as `recipient`.
    static func revealRecipient(_ payload: String, secrets: Secrets?) throws -> String {
        guard let secrets, payload.contains("\"recipient_encrypted\""),
              var object = try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any],
              let sealed = object.removeValue(forKey: "recipient_encrypted") as? String
        else { return payload }
        object["recipient"] = try secrets.decrypt(sealed)
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    struct DeliveryError: Error, CustomStringConvertible {
        let status: UInt
        var description: String { "webhook answered HTTP \(status)" }
    }

    /// Runs every few seconds on the instance that holds the lease, until the application shuts down.
    static func start(app: Application, client: any WebhookClient, every interval: Duration = .seconds(5)) -> Task<Void, Never> {
        LeasedJob.start(leaseName, app: app, every: interval, ttl: 30) { now in
            let result = try await deliverDue(client: client, now: now, secrets: app.secrets, on: app.db)
            if result.failed > 0 { app.logger.warning("outbox: \(result.sent) sent, \(result.failed) failed") }
        }
    }
}
