import Fluent
import FarunCore
import Foundation

/// Builds the front-desk page models from the database; the controllers stay thin and these stay testable.
enum WorkOrderPageModels {
    // MARK: intake

    /// The catalog as the intake form shows it: active services with their materials and limits.
    static func services(_ l: L10n, on db: any Database) async throws -> [WorkOrderIntakePage.ServiceInfo] {
        try await CatalogEntry.query(on: db).filter(\.$retiredAt == nil).sort(\.$sortOrder).sort(\.$code).all().map { entry in
            let s = entry.serviceType
            return .init(
                code: s.code, name: entry.name(l.language),
                channels: WorkOrderChannel.allCases.filter(s.channels.contains).map(\.rawValue),
                materials: s.materials.map { .init(item: $0.item, basis: $0.basis, required: $0.isRequired) },
                limits: limits(s, l), free: s.isFree)
        }
    }

    static func limits(_ s: ServiceType, _ l: L10n) -> [String] {
        var lines: [String] = []
        if let a = s.acceptanceLimit { lines.append(l(.intakeAcceptanceLimit, limitText(a, l), a.citation)) }
        if let h = s.handlingLimit { lines.append(l(.intakeHandlingLimit, limitText(h, l), h.citation)) }
        lines += s.otherLimits.map { $0.citation.isEmpty ? $0.text : "\($0.text)（\($0.citation)）" }
        return lines
    }

    /// "7日（自然日）", "15个工作日", "7 days (calendar)".
    static func limitText(_ limit: TimeLimit, _ l: L10n) -> String {
        let unit = l.name("dayunit", limit.unit)
        return l.language == .zhHans ? "\(limit.count)\(unit)" : "\(limit.count) \(unit)"
    }

    /// The channels a clerk registers through, and which one a person's role starts with.
    static let deskChannels: [WorkOrderChannel] = [.window, .hotline]

    static func defaultValues(for staff: StaffPrincipal) -> WorkOrderIntakePage.Values {
        var values = WorkOrderIntakePage.Values()
        let roles = staff.roles
        values.channel = (roles.contains(.hotlineOperator) && !roles.contains(.windowClerk) ? WorkOrderChannel.hotline : .window).rawValue
        if let grant = staff.grantInfos.first(where: { $0.role.permissions.contains(.intakeWorkOrders) }) { values.regionID = String(grant.regionID) }
        return values
    }

    static func intake(_ values: WorkOrderIntakePage.Values, problems: [FieldProblem], staff: StaffPrincipal, l: L10n,
                       on db: any Database) async throws -> WorkOrderIntakePage.Model {
        let scopes = staff.scopes(for: .intakeWorkOrders)
        let regions = try await RegionQueries.choices(scopes: scopes, on: db)
        let labels = try await RegionQueries.labels(for: regions, on: db)
        let (points, _) = try await ServicePointQueries.search(.init(), scopes: scopes, page: PageRequest(page: 1, per: 1000, maxPer: 1000), on: db)
        return .init(
            values: values, services: try await services(l, on: db), channels: deskChannels,
            regions: regions.compactMap { r in r.id.map { .init(value: String($0), label: labels[$0] ?? r.name) } },
            points: points.compactMap { p in p.id.map { .init(value: String($0), label: p.name) } }, problems: problems)
    }

    // MARK: receipt

    static func receipt(_ order: WorkOrder, bureauName: String, trackAddress: String, l: L10n, on db: any Database) async throws -> WorkOrderReceiptPage.Model {
        let entry = try await CatalogEntry.query(on: db).filter(\.$code == order.serviceCode).first()
        let region = try await Region.find(order.$region.id, on: db)
        let regionLabel = try await region.asyncMap { try await RegionQueries.labels(for: [$0], on: db)[order.$region.id] ?? $0.name } ?? ""
        let point = try await order.$servicePoint.id.asyncMap { try await ServicePoint.find($0, on: db) } ?? nil
        let clerk = try await order.$createdBy.id.asyncMap { try await StaffUser.find($0, on: db) } ?? nil
        let service = entry?.serviceType
        return .init(
            orderID: try order.requireID(), bureauName: bureauName, number: order.number, submittedAt: order.submittedAt,
            serviceName: entry?.name(l.language) ?? order.serviceCode, channel: order.channel, state: order.state,
            requesterName: order.requesterName, phoneMasked: order.requesterPhoneMasked, residentIDMasked: order.residentIDMasked,
            region: regionLabel, servicePoint: point?.name, matter: order.matter, greenChannel: order.greenChannel,
            materials: service?.materials.map { .init(item: $0.item, basis: $0.basis, required: $0.isRequired) } ?? [],
            missingMaterials: order.missingMaterialList,
            acceptanceDue: order.acceptanceDue.map { .init(date: $0, provisional: order.acceptanceDueProvisional) },
            handlingDue: order.handlingDue.map { .init(date: $0, provisional: order.handlingDueProvisional) },
            handlingLimit: service?.handlingLimit.map { limitText($0, l) },
            trackAddress: trackAddress, clerkName: clerk?.displayName ?? "")
    }

    // MARK: names

    static func unitNames(_ ids: [Int], on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let units = try await HandlingUnit.query(on: db).filter(\.$id ~~ Array(Set(ids))).all()
        return Dictionary(units.compactMap { u in u.id.map { ($0, u.name) } }, uniquingKeysWith: { a, _ in a })
    }

    static func staffNames(_ ids: [Int], on db: any Database) async throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let users = try await StaffUser.query(on: db).filter(\.$id ~~ Array(Set(ids))).all()
        return Dictionary(users.compactMap { u in u.id.map { ($0, u.displayName) } }, uniquingKeysWith: { a, _ in a })
    }
}
