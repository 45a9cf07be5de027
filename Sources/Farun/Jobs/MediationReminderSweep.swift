import Fluent
import FarunCore
import Foundation
import SQLKit
import Vapor

/// 司法确认提醒: when the judicial-confirmation window of an effective agreement turns "closing soon"
/// (`MediationPeriods.confirmationReminder`, 人民调解法第三十三条), each party with a phone gets one SMS through the outbox.
/// The lease keeps the sweep to one instance at a time; the reminder row's unique key (case, kind, party), inserted on
/// the same transaction as the message, keeps it to one message per party even if two instances ran it at once.
enum MediationReminderSweep {
    static let leaseName = "mediation-reminder-sweep"
    static let topic = "mediation.confirmation_window"
    static let kind = "confirmation_window"

    /// What the SMS gateway receives. Like work-order notices the number stays encrypted until the deliverer posts it.
    struct Payload: Codable, Sendable, Equatable {
        let work_order_number: String
        let case_id: Int
        let party_position: Int
        let recipient_encrypted: String
        let recipient_masked: String
        /// The last day to apply (YYYY-MM-DD).
        let due: String
        let text_zh: String
        let text_en: String
    }

    /// Queues the reminders due on `context.today`; returns how many messages this run queued.
    static func run(context: ActionContext, on db: any Database) async throws -> Int {
        let today = context.today
        // Windows still open (ISO dates compare as text); the calendar decides which are closing soon.
        let agreements = try await MediationAgreementRow.query(on: db).filter(\.$effectiveOn != nil)
            .filter(\.$confirmationDue >= today.description).sort(\.$id).limit(1000).all()
        var queued = 0
        for agreement in agreements {
            guard let effective = agreement.effectiveOn.flatMap(LocalDate.init) else { continue }
            let reminder = MediationPeriods.confirmationReminder(agreementEffective: effective, today: today, calendar: context.calendar)
            guard reminder.status == .closingSoon else { continue }
            let caseID = agreement.$mediationCase.id
            // Nothing to remind of once the parties have applied.
            if try await MediationConfirmationRow.query(on: db).filter(\.$mediationCase.$id == caseID).count() > 0 { continue }
            guard let record = try await MediationCase.find(caseID, on: db), record.stage == .agreed,
                  let order = try await WorkOrder.find(record.$workOrder.id, on: db) else { continue }
            let parties = try await MediationPartyRow.query(on: db).filter(\.$mediationCase.$id == caseID).sort(\.$position).all()
            let due = reminder.deadline.dueDate.description
            for party in parties where !party.phoneHash.isEmpty {
                let sent = try await db.writeTransaction { tx -> Bool in
                    guard try await claim(caseID: caseID, position: party.position, at: context.now, on: tx) else { return false }
                    let args = [order.number, due]
                    try await Outbox.enqueue(topic: topic, payload: Payload(
                        work_order_number: order.number, case_id: caseID, party_position: party.position,
                        recipient_encrypted: party.phoneEncrypted, recipient_masked: party.phoneMasked, due: due,
                        text_zh: L10n(.zhHans).format(.mediationReminderSMS, args), text_en: L10n(.en).format(.mediationReminderSMS, args)),
                        at: context.now, on: tx)
                    return true
                }
                if sent { queued += 1 }
            }
        }
        return queued
    }

    /// Inserts the reminder row; false when another run already did. `ON CONFLICT DO NOTHING` leaves the transaction
    /// usable on PostgreSQL, and a concurrent insert of the same key waits for the other transaction and then does nothing.
    static func claim(caseID: Int, position: Int, at now: Date, on tx: any Database) async throws -> Bool {
        let row = try await tx.sql.raw("""
            INSERT INTO mediation_reminders (case_id, kind, party_position, queued_at)
            VALUES (\(bind: caseID), \(bind: kind), \(bind: position), \(bind: now))
            ON CONFLICT (case_id, kind, party_position) DO NOTHING RETURNING id
            """).first()
        return row != nil
    }

    static func start(app: Application, every interval: Duration) -> Task<Void, Never> {
        LeasedJob.start(leaseName, app: app, every: interval, ttl: Double(interval.components.seconds) * 3 + 30) { _ in
            let queued = try await run(context: try await .system(app), on: app.db)
            if queued > 0 { app.logger.info("mediation reminder sweep: \(queued) judicial-confirmation reminders queued") }
        }
    }
}
