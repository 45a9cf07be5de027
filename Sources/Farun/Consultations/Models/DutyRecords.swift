import Fluent
import FarunCore
import Foundation

/// A roster slot (值班安排). Exactly one of `weekday` (ISO, 1 = Monday) and `onDate` (YYYY-MM-DD) is set.
final class DutySlotRecord: Model, @unchecked Sendable {
    static let schema = "duty_slots"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Who and when (China time, minutes after midnight)
    @Parent(key: "person_id") var person: StaffUser
    @OptionalField(key: "weekday") var weekday: Int?
    @OptionalField(key: "on_date") var onDate: String?
    @Field(key: "start_minute") var startMinute: Int
    @Field(key: "end_minute") var endMinute: Int

    // What they cover
    @Parent(key: "region_id") var region: Region
    @Field(key: "region_path") var regionPath: String
    /// Comma-separated `LegalField` raw values; empty = every field.
    @Field(key: "fields") var fields: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    /// Lawyer duty (answers) or supervisor duty (值班督导, told about overdue questions).
    @Field(key: "kind") var kind: DutyKind

    /// A new slot is lawyer duty unless set otherwise (Fluent would otherwise write NULL).
    init() {
        kind = .lawyer
    }

    /// The domain slot; nil when the stored day or times are unreadable (skipped, never guessed).
    var domain: DutySlot? {
        let day: DutyDay? = if let weekday, (1...7).contains(weekday) { .weekly(weekday: weekday) }
            else { onDate.flatMap(LocalDate.init).map(DutyDay.date) }
        guard let day, startMinute >= 0, endMinute >= 0,
              let start = DutyTime(hour: startMinute / 60, minute: startMinute % 60),
              let end = DutyTime(hour: endMinute / 60, minute: endMinute % 60),
              let path = RegionPath(regionPath) else { return nil }
        return DutySlot(person: String($person.id), day: day, start: start, end: end, regionPath: path, fields: DutyFields.parse(fields))
    }
}

/// What a roster slot is for. Raw values are stored; never rename them.
enum DutyKind: String, Codable, Sendable, CaseIterable {
    /// 律师值班: offered questions by the roster.
    case lawyer
    /// 值班督导: told when a question in the region waits too long for its first answer.
    case supervisor
}

/// A lawyer's own availability (自主上线).
final class DutyAvailabilityRecord: Model, @unchecked Sendable {
    static let schema = "duty_availability"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Who and when
    @Parent(key: "person_id") var person: StaffUser
    @Field(key: "available_from") var from: Date
    @Field(key: "available_until") var until: Date

    // What they cover
    @Parent(key: "region_id") var region: Region
    @Field(key: "region_path") var regionPath: String
    @Field(key: "fields") var fields: String

    init() {}

    var domain: DutyAvailability? {
        guard let path = RegionPath(regionPath) else { return nil }
        return DutyAvailability(person: String($person.id), from: from, until: until, regionPath: path, fields: DutyFields.parse(fields))
    }
}

/// The stored form of a set of legal fields: sorted raw values, comma-separated.
enum DutyFields {
    static func parse(_ stored: String) -> Set<LegalField> {
        Set(stored.split(separator: ",").compactMap { LegalField(rawValue: String($0)) })
    }

    static func format(_ fields: Set<LegalField>) -> String {
        fields.map(\.rawValue).sorted().joined(separator: ",")
    }
}

/// What a consultation alert is about. Raw values are stored; never rename them.
enum ConsultationAlertKind: String, Codable, Sendable {
    /// No first answer within the limit (10 minutes): the duty supervisor is told, distribution widens.
    case firstAnswerOverdue = "first_answer_overdue"
}

/// An alert sent once (unique per consultation and kind, across instances).
final class ConsultationAlert: Model, @unchecked Sendable {
    static let schema = "consultation_alerts"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "consultation_id") var consultation: ConsultationRecord
    @Field(key: "kind") var kind: ConsultationAlertKind
    @Field(key: "at") var at: Date

    init() {}
}
