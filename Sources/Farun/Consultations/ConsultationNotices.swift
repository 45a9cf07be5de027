import Fluent
import FarunCore
import Foundation

/// Tells the asker that a lawyer answered (新解答提醒): an outbox message `consultation.answered` per answer, written
/// on the answer's transaction, so it exists exactly when the answer does. Like work-order notices
/// (`WorkOrderJournal.NoticePayload`), the number stays encrypted until the deliverer posts it; everything else is
/// what a screen may show: the public link (a path; the gateway puts its host in front) and masked data.
enum ConsultationNotices {
    static let answeredTopic = "consultation.answered"

    struct AnsweredPayload: Codable, Sendable, Equatable {
        let consultation_id: UUID
        /// The citizen's page of the question, /consult/{uuid}.
        let url: String
        /// The asker's mobile as stored (encrypted): the anonymous asker's, or the citizen account's.
        let recipient_encrypted: String
        /// The masked number, for the gateway's logs.
        let recipient_masked: String
        /// first_answer (a lawyer's first answer) or reply (to a follow-up).
        let kind: String
        let answered_at: Date
        let text_zh: String
        let text_en: String
    }

    /// Queues the message for an answer by `lawyer` at `at`; `isReply` when the lawyer already had a thread.
    static func answered(_ record: ConsultationRecord, isReply: Bool, at: Date, secrets: Secrets, on db: any Database) async throws {
        guard let recipient = try await recipient(of: record, secrets: secrets, on: db) else { return }
        let id = try record.requireID()
        let url = SiteURL.consultation(id.uuidString).path
        let key: L = isReply ? .consultNoticeReply : .consultNoticeAnswered
        let payload = AnsweredPayload(consultation_id: id, url: url, recipient_encrypted: recipient.encrypted, recipient_masked: recipient.masked,
                                      kind: isReply ? "reply" : "first_answer", answered_at: at,
                                      text_zh: L10n(.zhHans).format(key, [url]), text_en: L10n(.en).format(key, [url]))
        try await Outbox.enqueue(topic: answeredTopic, payload: payload, at: at, on: db)
    }

    /// The encrypted and masked number to text; nil when the asker left none (a citizen account always has one).
    private static func recipient(of record: ConsultationRecord, secrets: Secrets, on db: any Database) async throws -> (encrypted: String, masked: String)? {
        if let encrypted = record.askerPhoneEncrypted, !encrypted.isEmpty { return (encrypted, record.askerPhoneMasked) }
        guard let citizenID = record.$citizen.id, let citizen = try await Citizen.find(citizenID, on: db) else { return nil }
        return (citizen.phoneCipher, (try? secrets.decrypt(citizen.phoneCipher)).map(PhoneNumber.mask) ?? "")
    }
}
