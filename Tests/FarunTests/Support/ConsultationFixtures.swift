import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// A jurisdiction with `lawyers` lawyers granted at the county, and helpers to ask and answer at chosen instants.
struct ConsultationDesk {
    let j: Jurisdiction
    let lawyers: [StaffUser]

    /// 2026-11-26 10:00 China time, a Thursday.
    static let start = Date(timeIntervalSince1970: 1_795_658_400)

    static func make(_ app: Application, lawyers count: Int = 4) async throws -> ConsultationDesk {
        let j = try await Jurisdiction.make(on: app.db)
        var lawyers: [StaffUser] = []
        for i in 0..<count { lawyers.append(try await makeStaff(app, "lawyer.\(i)", [(.lawyer, j.county)])) }
        return ConsultationDesk(j: j, lawyers: lawyers)
    }

    func lawyer(_ index: Int) -> ConsultationLawyer {
        ConsultationLawyer(key: String(lawyers[index].id!), grants: [Grant(role: .lawyer, regionPath: j.county.regionPath)])
    }

    static func context(_ app: Application, at date: Date = start) -> ConsultationContext {
        ConsultationContext(now: date, doer: .system, secrets: app.secrets)
    }

    func ask(_ app: Application, _ text: String = "公司拖欠工资三个月，我该怎么办？", phone: String = "13800138000",
             at date: Date = start, on db: (any Database)? = nil) async throws -> UUID {
        let question = ConsultationStore.Question(text: text, field: nil, regionID: j.townA.id!, asker: .phone(phone))
        return try await ConsultationStore.ask(question, context: Self.context(app, at: date), on: db ?? app.db).requireID()
    }

    @discardableResult
    func answer(_ app: Application, _ id: UUID, by index: Int, text: String = "可以向劳动监察大队投诉，或申请劳动仲裁。",
                at date: Date = start.addingTimeInterval(60), on db: (any Database)? = nil) async throws -> Consultation {
        try await ConsultationStore.apply(.answer(lawyer(index), at: date), to: id, message: .init(text: text, articles: ["劳动合同法 第三十条"]),
                                          context: Self.context(app, at: date), on: db ?? app.db)
    }

    @discardableResult
    func followUp(_ app: Application, _ id: UUID, to index: Int, text: String = "仲裁需要准备什么材料？",
                  at date: Date = start.addingTimeInterval(120)) async throws -> Consultation {
        try await ConsultationStore.apply(.followUp(lawyer: String(lawyers[index].id!), at: date), to: id, message: .init(text: text),
                                          context: Self.context(app, at: date), on: app.db)
    }
}
