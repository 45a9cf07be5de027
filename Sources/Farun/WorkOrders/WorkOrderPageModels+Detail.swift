import Fluent
import FarunCore
import Foundation

extension WorkOrderPageModels {
    /// Steps offered on the page: withdrawing and closing belong to the citizen and the system.
    static func staffSteps(_ order: WorkOrder, roles: WorkOrderCommands.Roles) -> [WorkOrderAction] {
        WorkOrderAPIController.availableActions(order, roles: roles).filter { $0 != .withdraw && $0 != .close }
    }

    /// The order page. `fullPhone` is set only when the assignee asked to see it (the caller audits that).
    static func detail(_ order: WorkOrder, roles: WorkOrderCommands.Roles, staff: StaffPrincipal, fullPhone: String?, settings: Settings,
                       l: L10n, on db: any Database) async throws -> WorkOrderPage.Model {
        let id = try order.requireID()
        let entry = try await CatalogEntry.query(on: db).filter(\.$code == order.serviceCode).first()
        let region = try await Region.find(order.$region.id, on: db)
        let regionLabel = try await region.asyncMap { try await RegionQueries.labels(for: [$0], on: db)[order.$region.id] ?? $0.name } ?? ""
        let point = try await order.$servicePoint.id.asyncMap { try await ServicePoint.find($0, on: db) } ?? nil
        let units = try await unitNames(order.$unit.id.map { [$0] } ?? [], on: db)
        let people = try await staffNames(order.$assignee.id.map { [$0] } ?? [], on: db)
        let linked = try await links(of: order, staff: staff, on: db)
        let attachments = try await Attachment.query(on: db).filter(\.$workOrder.$id == id).sort(\.$id).all()
        let events = try await WorkOrderQueries.timeline(of: id, on: db)
        // loaded once: it decides the guard note, the case link and which generic steps are offered
        let legalAid = try await LegalAidOrderGuard.application(of: order, on: db)
        var model = WorkOrderPage.Model(
            id: id, number: order.number, version: order.version, state: order.state, serviceName: entry?.name(l.language) ?? order.serviceCode,
            channel: order.channel, priority: order.priority, greenChannel: order.greenChannel, greenChannelNote: order.greenChannelNote,
            requesterName: order.requesterName, phone: fullPhone ?? order.requesterPhoneMasked, phoneRevealed: fullPhone != nil,
            canRevealPhone: roles.assignee && fullPhone == nil, residentIDMasked: order.residentIDMasked, matter: order.matter,
            region: regionLabel, servicePoint: point?.name, unit: order.$unit.id.flatMap { units[$0] }, assignee: order.$assignee.id.flatMap { people[$0] },
            submittedAt: order.submittedAt, acceptedOn: order.acceptedOn,
            acceptanceDue: order.acceptanceDue.map { .init(date: $0, provisional: order.acceptanceDueProvisional) },
            handlingDue: order.handlingDue.map { .init(date: $0, provisional: order.handlingDueProvisional) },
            flag: order.deadlineFlag, missingMaterials: order.missingMaterialList, outcome: order.outcome,
            parent: linked.parent, follows: linked.follows, children: linked.children, followUps: linked.followUps,
            attachments: attachments.compactMap { a in a.id.map { .init(id: $0, fileName: a.fileName, size: a.size, uploadedBy: a.uploadedBy, at: a.createdAt) } },
            canUpload: roles.frontDesk || roles.handlingUnit || roles.assignee, maxAttachmentMegabytes: settings.attachmentMaxMegabytes,
            timeline: events.map { .init(at: $0.at, actor: actorName($0, l), action: $0.action, from: $0.fromState, to: $0.toState, note: $0.note) },
            steps: try await steps(order, roles: roles, legalAid: legalAid, l: l, on: db), error: nil, attempt: nil, uploadProblem: nil, done: nil,
            legalAid: try legalAid.map(LegalAidOrderGuard.link(to:)))
        // the case page answers 404 to everyone but its officers and provider, so only they get the link
        if let legalAid, LegalAidAccess.isOfficer(staff, legalAid) || legalAid.$provider.id == staff.id { model.legalAidCaseID = legalAid.id }
        return model
    }

    static func actorName(_ event: WorkOrderEvent, _ l: L10n) -> String {
        if event.actorKind == "system" { return l(.orderActorSystem) }
        if event.actorName.isEmpty { return l(.orderActorRequester) }
        return event.actorName
    }

    static func steps(_ order: WorkOrder, roles: WorkOrderCommands.Roles, legalAid: LegalAidApplication?, l: L10n,
                      on db: any Database) async throws -> [WorkOrderPage.Step] {
        var steps: [WorkOrderPage.Step] = []
        for action in LegalAidOrderGuard.filter(staffSteps(order, roles: roles), carrying: legalAid) {
            var step = WorkOrderPage.Step(action: action)
            if action == .assign, let unitID = order.$unit.id { step.assignees = try await assignees(unitID: unitID, l: l, on: db) }
            if action == .transfer || action == .accept { step.targets = try await targets(excluding: order.$unit.id, on: db) }
            steps.append(step)
        }
        return steps
    }

    /// Members of the unit, with their open orders against their capacity, e.g. "王援助（在办 2/5）".
    static func assignees(unitID: Int, l: L10n, on db: any Database) async throws -> [Forms.Option] {
        let members = try await WorkOrderQueue.members(of: unitID, on: db)
        let names = try await staffNames(members.map(\.staffID), on: db)
        return members.map { .init(value: String($0.staffID), label: l(.orderAssigneeLoad, names[$0.staffID] ?? "#\($0.staffID)", $0.openOrders, $0.capacity)) }
    }

    /// Every active unit but the current one, named with its region: transfers may cross regions.
    static func targets(excluding current: Int?, on db: any Database) async throws -> [Forms.Option] {
        let units = try await HandlingUnit.query(on: db).filter(\.$retiredAt == nil).sort(\.$regionPath).sort(\.$name).all().filter { $0.id != current }
        let regions = try await Region.query(on: db).filter(\.$id ~~ Array(Set(units.map { $0.$region.id }))).all()
        let labels = try await RegionQueries.labels(for: regions, on: db)
        return units.compactMap { u in u.id.map { .init(value: String($0), label: "\(u.name) · \(labels[u.$region.id] ?? "")") } }
    }

    struct Links {
        var parent: WorkOrderPage.Link?
        var follows: WorkOrderPage.Link?
        var children: [WorkOrderPage.Link] = []
        var followUps: [WorkOrderPage.Link] = []
    }

    /// Linked orders the viewer may open; others are left out rather than shown as dead links.
    static func links(of order: WorkOrder, staff: StaffPrincipal, on db: any Database) async throws -> Links {
        let id = try order.requireID()
        func visible(_ orders: [WorkOrder]) async throws -> [WorkOrderPage.Link] {
            var out: [WorkOrderPage.Link] = []
            for o in orders {
                let roles = try await WorkOrderCommands.roles(of: staff, for: o, on: db)
                if WorkOrderCommands.mayView(staff, o, roles: roles), let oid = o.id { out.append(.init(id: oid, number: o.number, state: o.state)) }
            }
            return out
        }
        var links = Links()
        if let parentID = order.$parent.id, let parent = try await WorkOrder.find(parentID, on: db) { links.parent = try await visible([parent]).first }
        if let followsID = order.$follows.id, let earlier = try await WorkOrder.find(followsID, on: db) { links.follows = try await visible([earlier]).first }
        links.children = try await visible(try await WorkOrderQueries.children(of: id, on: db))
        links.followUps = try await visible(try await WorkOrder.query(on: db).filter(\.$follows.$id == id).sort(\.$id).all())
        return links
    }
}
