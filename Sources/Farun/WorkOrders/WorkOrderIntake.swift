import Fluent
import FarunCore
import Foundation
import Vapor

/// What a new work order needs, from any channel: the window form, the kiosk, the phone page, the
/// switchboard and the JSON API all decode into this and call `WorkOrderIntake.submit`.
struct IntakeInput: Content, Sendable, Equatable {
    var service: String
    var channel: String
    var requesterName: String
    var requesterPhone: String
    var residentID: String?
    var matter: String
    var regionID: Int?
    var servicePointID: Int?
    var priority: String?
    var greenChannel: String?
    var greenChannelNote: String?
    /// The number of an earlier order this one follows up.
    var follows: String?
    /// The number of the parent order this one is a child of (sent to another unit).
    var parent: String?
    /// Front desk only: accept at once (受理) instead of leaving it in the front-desk queue.
    var acceptNow: Bool?

    static let maximumMatterLength = 4000
    static let maximumNameLength = 50
}

/// An intake that passed validation, with everything resolved.
struct IntakeDraft: Sendable {
    let service: ServiceType
    let channel: WorkOrderChannel
    let name: String
    let phone: String
    let residentID: String?
    let matter: String
    let region: Region
    let servicePointID: Int?
    let priority: WorkOrderPriority
    let greenChannel: GreenChannelReason?
    let greenChannelNote: String
    let followsID: Int?
    let parentID: Int?
    let acceptNow: Bool
}

/// Who is submitting, as far as intake cares.
enum Submitter: Sendable {
    /// A staff member at a window or the hotline: may register in the regions they hold `intakeWorkOrders` for.
    case staff(StaffPrincipal)
    /// A citizen on a kiosk, the website or a phone; `citizenID` when signed in.
    case citizen(citizenID: Int?)

    /// Who submits through the API: staff who may register requests, otherwise a citizen (rate-limited per address).
    static func ofAPIRequest(_ req: Request) async throws -> Submitter {
        if let staff = req.staff, staff.allows(.intakeWorkOrders) { return .staff(staff) }
        try await RateLimiter.citizenIntake(on: req)
        return .citizen(citizenID: req.citizen?.id)
    }
}

enum WorkOrderIntake {
    /// Checks the input and resolves service, region and links. Every problem is reported at once.
    static func validate(_ input: IntakeInput, submitter: Submitter, on db: any Database) async throws -> Result<IntakeDraft, AppError> {
        var problems: [FieldProblem] = []
        let code = input.service.trimmingCharacters(in: .whitespaces).uppercased()
        let entry = try await CatalogEntry.query(on: db).filter(\.$code == code).first()
        let channel = WorkOrderChannel(rawValue: input.channel.trimmingCharacters(in: .whitespaces))
        if channel == nil { problems.append(.init(field: "channel", message: .errorChannelNotAllowed, args: [code, input.channel, ""])) }
        if let entry {
            if entry.isRetired { problems.append(.init(field: "service", message: .errorServiceRetired, args: [entry.nameZh])) }
            let service = entry.serviceType
            if let channel, !service.channels.contains(channel) {
                let allowed = WorkOrderChannel.allCases.filter(service.channels.contains).map(\.rawValue).joined(separator: ", ")
                problems.append(.init(field: "channel", message: .errorChannelNotAllowed, args: [entry.nameZh, channel.rawValue, allowed]))
            }
        } else {
            problems.append(.init(field: "service", message: .errorUnknownService, args: [String(input.service.prefix(40))]))
        }
        if case .citizen = submitter, let channel, !channel.isSelfService {
            problems.append(.init(field: "channel", message: .errorChannelNotAllowed, args: [code, channel.rawValue, "kiosk, web, mobile_web, robot"]))
        }
        let name = input.requesterName.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append(.init(field: "requester_name", message: .errorNameRequired)) }
        if name.count > IntakeInput.maximumNameLength { problems.append(.init(field: "requester_name", message: .validationTooLong, args: ["\(IntakeInput.maximumNameLength)"])) }
        // A mobile or a landline: short service numbers (12348 …) cannot be a requester's.
        let phone = (try? PhoneNumber.normalizeContact(input.requesterPhone)).flatMap { $0.contains("-") || $0.count == 11 ? $0 : nil }
        if phone == nil { problems.append(.init(field: "requester_phone", message: .validationPhone)) }
        var residentID: String?
        if let raw = input.residentID?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            residentID = try? ResidentID.normalize(raw)
            if residentID == nil { problems.append(.init(field: "resident_id", message: .validationResidentID)) }
        }
        let matter = input.matter.trimmingCharacters(in: .whitespacesAndNewlines)
        if matter.isEmpty { problems.append(.init(field: "matter", message: .errorMatterRequired)) }
        if matter.count > IntakeInput.maximumMatterLength { problems.append(.init(field: "matter", message: .errorMatterTooLong, args: ["\(IntakeInput.maximumMatterLength)"])) }
        let priority = input.priority.flatMap { WorkOrderPriority(rawValue: $0) } ?? .normal
        var green: GreenChannelReason?
        let greenNote = (input.greenChannelNote ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if let raw = input.greenChannel, !raw.isEmpty {
            green = GreenChannelReason(rawValue: raw)
            if green == nil || (green == .other && greenNote.isEmpty) {
                problems.append(.init(field: "green_channel", message: .errorGreenReasonRequired))
            }
        }
        // Region: must exist, be active, and (for staff) lie inside their intake scope.
        var region: Region?
        if let id = input.regionID { region = try await Region.find(id, on: db) }
        if let r = region, r.isRetired { region = nil }
        if let r = region, case .staff(let staff) = submitter, !staff.allows(.intakeWorkOrders, in: r.regionPath) { region = nil }
        if region == nil { problems.append(.init(field: "region_id", message: .errorRegionRequired)) }
        var pointID: Int?
        if let id = input.servicePointID, let point = try await ServicePoint.find(id, on: db), point.closedAt == nil,
           let r = region, let pointRegion = try await Region.find(point.$region.id, on: db), r.regionPath.contains(pointRegion.regionPath) || pointRegion.regionPath.contains(r.regionPath) {
            pointID = point.id
        }
        let followsID = try await linkedOrderID(input.follows, field: "follows", &problems, on: db)
        let parentID = try await linkedOrderID(input.parent, field: "parent", &problems, on: db)
        var acceptNow = false
        if input.acceptNow == true, case .staff = submitter { acceptNow = true }
        guard problems.isEmpty, let entry, let channel, let phone, let region else { return .failure(.validation(problems)) }
        return .success(IntakeDraft(
            service: entry.serviceType, channel: channel, name: name, phone: phone, residentID: residentID, matter: matter,
            region: region, servicePointID: pointID, priority: priority, greenChannel: green, greenChannelNote: greenNote,
            followsID: followsID, parentID: parentID, acceptNow: acceptNow))
    }

    private static func linkedOrderID(_ text: String?, field: String, _ problems: inout [FieldProblem], on db: any Database) async throws -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let number = WorkOrderNumber(text), let order = try await WorkOrder.query(on: db).filter(\.$number == number.description).first() else {
            problems.append(.init(field: field, message: .errorOrderNumberNotFound, args: [String(text.prefix(40))]))
            return nil
        }
        return order.id
    }

    /// Creates the order in one transaction: number, deadlines, first timeline entry, audit, citizen notice and
    /// outbox message; then, when asked, accepts it at once (routing and assignment included).
    /// `also` runs inside the same transaction right after the order row exists (an idempotency key, an attachment,
    /// linking a call), so it commits or rolls back with the order.
    static func submit(_ draft: IntakeDraft, submitter: Submitter, context: ActionContext, on db: any Database,
                       also: (@Sendable (WorkOrder, any Database) async throws -> Void)? = nil) async throws -> WorkOrder {
        let today = LocalDate.inChina(context.now)
        let prefix = draft.region.code ?? context.settings.rootRegionCode
        // On PostgreSQL the number is taken in its own statement, so concurrent intakes in one region do not
        // queue on the counter row for their whole transaction. A failed intake then leaves a gap in the
        // sequence; numbers stay unique. (SQLite has one writer at a time anyway.)
        let early = db.isPostgres && !db.inTransaction ? try await WorkOrderCounterSQL.next(regionPrefix: prefix, day: today, on: db) : nil
        return try await db.writeTransaction { tx in
            let number = try await early.asyncOr { try await WorkOrderCounterSQL.next(regionPrefix: prefix, day: today, on: tx) }
            let order = WorkOrder()
            order.number = number.description
            order.serviceCode = draft.service.code
            order.channel = draft.channel
            order.state = .submitted
            order.priority = draft.priority
            order.greenChannel = draft.greenChannel
            order.greenChannelNote = draft.greenChannelNote
            order.requesterName = draft.name
            order.requesterPhoneEncrypted = try context.secrets.encrypt(draft.phone)
            order.requesterPhoneHash = context.secrets.lookupHash(draft.phone)
            order.requesterPhoneMasked = PhoneNumber.mask(draft.phone)
            order.residentIDEncrypted = try draft.residentID.map { try context.secrets.encrypt($0) }
            order.residentIDHash = draft.residentID.map { context.secrets.lookupHash($0) }
            order.residentIDMasked = draft.residentID.map(ResidentID.mask) ?? ""
            if case .citizen(let citizenID) = submitter { order.$citizen.id = citizenID }
            if case .staff(let staff) = submitter { order.$createdBy.id = staff.id }
            order.matter = draft.matter
            order.$region.id = try draft.region.requireID()
            order.regionPath = draft.region.path
            order.$servicePoint.id = draft.servicePointID
            order.$parent.id = draft.parentID
            order.$follows.id = draft.followsID
            order.missingMaterials = ""
            order.outcome = ""
            order.submittedOn = today.description
            order.acceptanceDueProvisional = false
            order.handlingDueProvisional = false
            order.deadlineFlag = .onTime
            order.submittedAt = context.now
            order.updatedAt = context.now
            order.version = 1
            WorkOrderDeadlines.refresh(order, service: draft.service, calendar: context.calendar, settings: context.settings, today: today, pauses: [])
            try await order.create(on: tx)
            let orderID = try order.requireID()
            try await also?(order, tx)
            try await WorkOrderJournal.append(
                order, action: "submit", from: nil, note: "", detail: ["channel": draft.channel.rawValue, "service": draft.service.code],
                context: context, on: tx)
            try await WorkOrderJournal.notify(order, topic: "submitted", key: .noticeSubmitted, args: [order.number], context: context, on: tx)
            if draft.acceptNow {
                _ = try await WorkOrderCommands.perform(
                    .init(action: .accept, version: order.version), on: orderID, as: WorkOrderCommands.Roles(frontDesk: true),
                    context: context, inTransaction: tx)
            }
            return try await WorkOrder.find(orderID, on: tx) ?? order
        }
    }
}
