import Fluent
import FarunCore
import Foundation
import Vapor

/// What a work-order command needs besides the database: the time, who acts, the keys, the settings and the
/// deadline calendar. Built from a request, or by a background job with `Doer.system`.
struct ActionContext: Sendable {
    let now: Date
    let doer: Doer
    let secrets: Secrets
    let settings: Settings
    let calendar: WorkCalendar

    static func from(_ request: Request, doer: Doer? = nil) async throws -> ActionContext {
        ActionContext(
            now: request.now, doer: doer ?? Doer(request), secrets: request.secrets, settings: request.application.settings,
            calendar: try await CalendarStore.current(on: request.db))
    }

    static func system(_ app: Application) async throws -> ActionContext {
        ActionContext(
            now: app.clock.now(), doer: .system, secrets: app.secrets, settings: app.settings,
            calendar: try await CalendarStore.current(on: app.db))
    }

    var today: LocalDate { LocalDate.inChina(now) }
}

/// Writes an order's timeline, the audit trail, citizen notices and outbox messages, always on the
/// transaction that makes the change.
enum WorkOrderJournal {
    static func append(
        _ order: WorkOrder, action: String, from: WorkOrderState?, note: String, detail: [String: String] = [:],
        context: ActionContext, on db: any Database
    ) async throws {
        let event = WorkOrderEvent()
        event.$workOrder.id = try order.requireID()
        event.at = context.now
        event.actorKind = context.doer.kind
        event.actorID = context.doer.id
        event.actorName = context.doer.name
        event.action = action
        event.fromState = from
        event.toState = order.state
        event.channel = context.doer.kind == "staff" || context.doer.kind == "token" ? order.channel.rawValue : context.doer.kind
        event.note = note
        event.detail = CatalogJSON.encode(detail)
        try await event.create(on: db)
        var auditDetail = detail
        auditDetail["number"] = order.number
        if let from { auditDetail["from"] = from.rawValue }
        auditDetail["to"] = order.state.rawValue
        try await Audit.record("work_order.\(action)", target: "work_order", id: order.id, regionPath: order.path,
                               detail: auditDetail, doer: context.doer, at: context.now, on: db)
    }

    /// What the gateway receives: the recipient's number stays encrypted until the deliverer posts it.
    struct NoticePayload: Codable, Sendable {
        let number: String
        let recipientEncrypted: String
        let textZh: String
        let textEn: String

        enum CodingKeys: String, CodingKey {
            case number
            case recipientEncrypted = "recipient_encrypted"
            case textZh = "text_zh"
            case textEn = "text_en"
        }
    }

    /// A message for the requester: on the tracking page, and to the SMS/WeChat gateway through the outbox.
    static func notify(_ order: WorkOrder, topic: String, key: L, args: [String], context: ActionContext, on db: any Database) async throws {
        let notice = CitizenNotice()
        notice.$workOrder.id = try order.requireID()
        notice.kind = "work_order.\(topic)"
        notice.textZh = L10n(.zhHans).format(key, args)
        notice.textEn = L10n(.en).format(key, args)
        notice.createdAt = context.now
        try await notice.create(on: db)
        try await Outbox.enqueue(
            topic: notice.kind,
            payload: NoticePayload(number: order.number, recipientEncrypted: order.requesterPhoneEncrypted, textZh: notice.textZh, textEn: notice.textEn),
            at: context.now, on: db)
    }
}
