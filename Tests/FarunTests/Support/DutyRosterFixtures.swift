import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// Roster helpers over a `ConsultationDesk`: slots of either kind written straight to the store, questions in any
/// region, and the first-answer alerts' payloads.
extension ConsultationDesk {
    /// Thursday (ISO 4), the weekday of `ConsultationDesk.start`.
    static let weekday = 4

    @discardableResult
    static func slot(_ app: Application, _ person: StaffUser, kind: DutyKind = .lawyer, day: DutyDay = .weekly(weekday: weekday),
                     from: Int = 8, to: Int = 20, in region: Region, fields: Set<LegalField> = []) async throws -> DutySlotRecord {
        try await DutyRosterStore.addSlot(person: try person.requireID(), kind: kind, day: day, start: DutyTime(hour: from)!, end: DutyTime(hour: to)!,
                                          regionID: try region.requireID(), fields: fields, context: context(app), on: app.db)
    }

    func ask(_ app: Application, in region: Region, at date: Date) async throws -> UUID {
        let question = ConsultationStore.Question(text: "公司拖欠工资三个月，我该怎么办？", field: nil, regionID: region.id!, asker: .phone("13800138000"))
        return try await ConsultationStore.ask(question, context: Self.context(app, at: date), on: app.db).requireID()
    }
}

/// The parts of a first-answer alert the gateway uses to pick whom to tell.
struct AlertRecipients: Decodable, Equatable {
    let consultation_id: UUID
    let supervisor_ids: [Int]
    let supervisors_on_duty: Bool

    static func all(_ app: Application) async throws -> [AlertRecipients] {
        try await OutboxMessage.query(on: app.db).filter(\.$topic == ConsultationSweep.alertTopic).sort(\.$id).all()
            .map { try JSONDecoder().decode(AlertRecipients.self, from: Data($0.payload.utf8)) }
    }
}
