import Fluent
import FarunCore
import Foundation

/// Builds what the tracking page and the tracking API show for one order.
enum TrackingModel {
    static func build(_ order: WorkOrder, l: L10n, on db: any Database) async throws -> TrackOrderPage.Model {
        let id = try order.requireID()
        let service = try await CatalogEntry.query(on: db).filter(\.$code == order.serviceCode).first()
        let events = try await WorkOrderQueries.timeline(of: id, on: db)
        let notices = try await CitizenNotice.query(on: db).filter(\.$workOrder.$id == id)
            .sort(\.$createdAt, .descending).sort(\.$id, .descending).all()
        let rating = try await CitizenActions.rating(of: id, on: db)
        // A deadline means nothing once the order is decided or finished.
        let due = order.state.isFinal || order.state == .resolved ? nil
            : order.currentDue.map { TrackOrderPage.Due(date: $0.date.description, provisional: $0.provisional) }
        var model = TrackOrderPage.Model(
            number: order.number, serviceName: service?.name(l.language) ?? order.serviceCode, state: order.state,
            missingMaterials: order.state == .supplementRequested ? order.missingMaterialList : [],
            outcome: [.refused, .resolved, .closed].contains(order.state) ? order.outcome : "",
            due: due,
            timeline: CitizenTimeline.entries(events, l: l),
            notices: notices.map { .init(at: $0.createdAt, text: l.language == .en ? $0.textEn : $0.textZh) },
            canWithdraw: try await LegalAidOrderGuard.citizenMayWithdraw(order, on: db), canRate: CitizenActions.canRate(order, alreadyRated: rating != nil),
            version: order.version, rating: rating?.score, done: nil)
        // Legal aid: the complaint route of 法律援助法 第五十五条.
        model.complaint = try await LegalAidFollowUps.complaintOffer(for: order, rating: rating?.score, on: db)
        return model
    }
}
