import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// Helpers for the consultation follow-on: a consultation taken to "closed, consented, best answer marked".
extension ConsultationDesk {
    /// Asks, lets `lawyer` answer (with `answer`), marks it best, consents and closes; returns the id.
    func closedWithBestAnswer(_ app: Application, question: String = "公司拖欠工资三个月，我的电话13912345678，怎么办？",
                              answer: String = "张先生可以向劳动监察大队投诉，或申请劳动仲裁。", by lawyer: Int = 0,
                              consent: Bool = true, regionID: Int? = nil) async throws -> UUID {
        let context = Self.context(app)
        let asked = ConsultationStore.Question(text: question, field: nil, regionID: regionID ?? j.townA.id!, asker: .phone("13800138000"))
        let id = try await ConsultationStore.ask(asked, context: context, on: app.db).requireID()
        try await self.answer(app, id, by: lawyer, text: answer)
        let key = String(lawyers[lawyer].id!)
        try await ConsultationStore.apply(.markBest(lawyer: key), to: id, context: context, on: app.db)
        if consent { try await ConsultationStore.apply(.consentToPublication(true), to: id, context: context, on: app.db) }
        try await ConsultationStore.apply(.closeByCitizen(at: Self.start.addingTimeInterval(600)), to: id,
                                          context: Self.context(app, at: Self.start.addingTimeInterval(600)), on: app.db)
        return id
    }

    /// The outbox messages of `topic`, oldest first.
    static func outbox(_ app: Application, topic: String) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$topic == topic).sort(\.$id).all()
    }
}
