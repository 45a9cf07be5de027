import Fluent
import FarunCore
import Foundation
import Vapor

/// The periodic consultation sweep: closes questions after 7 days without activity and raises the 10-minute
/// first-answer alert (超时未答提醒) — an outbox message to the duty supervisor and a widened offer on the live
/// feed. The lease keeps it to one instance at a time; the alert row's unique key keeps each alert to one even
/// if two instances ran it at once.
enum ConsultationSweep {
    static let leaseName = "consultation-sweep"
    static let alertTopic = "consultation.first_answer_overdue"

    struct Result: Sendable, Equatable {
        var closed: [UUID] = []
        var alerted: [UUID] = []
    }

    /// What the duty supervisor's gateway receives: whom to tell (`supervisor_ids`: staff on supervisor duty for
    /// the nearest region up the tree, or — `supervisors_on_duty` false — everyone holding supervise_work_orders
    /// over the region). The workbench link is built by the receiver from the id.
    struct AlertPayload: Codable, Sendable {
        let consultation_id: UUID
        let region_path: String
        let asked_at: Date
        let overdue_seconds: Int
        let supervisor_ids: [Int]
        let supervisors_on_duty: Bool
    }

    static func run(context: ConsultationContext, on db: any Database) async throws -> Result {
        var result = Result()
        result.closed = try await ConsultationStore.closeInactive(context: context, on: db)
        // Each alert is claimed (its row inserted) before the message: a second instance gets nothing back.
        for alert in try await ConsultationStore.alertsDue(now: context.now, policy: context.policy, on: db) {
            let supervisors = try await DutySupervisors.for(alert.regionPath, now: context.now, on: db)
            try await Outbox.enqueue(topic: alertTopic,
                                     payload: AlertPayload(consultation_id: alert.consultationID, region_path: alert.regionPath.description,
                                                           asked_at: alert.askedAt, overdue_seconds: Int(alert.overdueBy),
                                                           supervisor_ids: supervisors.staffIDs, supervisors_on_duty: supervisors.onDuty),
                                     at: context.now, on: db)
            await ConsultationFeed.announce(.init(id: alert.consultationID, kind: .widened), feed: context.feed, on: db)
            result.alerted.append(alert.consultationID)
        }
        return result
    }

    static func context(_ app: Application, at now: Date) -> ConsultationContext {
        ConsultationContext(now: now, doer: .system, secrets: app.secrets, policy: app.settings.consultationPolicy, feed: app.consultationFeed)
    }

    /// Runs every `interval` on the instance that holds the lease, until the application shuts down.
    static func start(app: Application, every interval: Duration) -> Task<Void, Never> {
        LeasedJob.start(leaseName, app: app, every: interval, ttl: Double(interval.components.seconds) * 3 + 30) { now in
            let result = try await run(context: context(app, at: now), on: app.db)
            if !result.closed.isEmpty || !result.alerted.isEmpty {
                app.logger.info("consultation sweep: \(result.closed.count) closed, \(result.alerted.count) first-answer alerts")
            }
        }
    }
}
