import Fluent
import FarunCore
import Foundation

/// Keeps the generic work-order steps off a LEGAL_AID order that has a legal aid record: the legal aid workflow
/// (`LegalAidStore`) moves such an order, and a generic accept, assign, transfer, resolve or withdraw would move
/// it past or around the review, the assignment or the closing report. Notes, attachments and call-backs do not
/// change the order's state and stay open; the rule itself is `LegalAidWorkOrderGuard` in FarunCore.
enum LegalAidOrderGuard {
    /// The legal aid record an order carries, if any (only LEGAL_AID orders can have one).
    static func application(of order: WorkOrder, on db: any Database) async throws -> LegalAidApplication? {
        guard order.serviceCode == LegalAidStore.serviceCode else { return nil }
        return try await LegalAidApplication.query(on: db).filter(\.$workOrder.$id == order.requireID()).first()
    }

    /// Refuses a guarded step with a 409 that names the legal aid page (staff) or the agency (the requester).
    static func check(_ action: WorkOrderAction, on order: WorkOrder, citizen: Bool, on db: any Database) async throws {
        guard let application = try await application(of: order, on: db),
              !LegalAidWorkOrderGuard.allows(action, legalAidState: application.state) else { return }
        if citizen { throw AppError.conflict(.legalAidOrderGuardedCitizen, [application.number]) }
        throw AppError.conflict(.legalAidOrderGuarded, [application.number, SiteURL.staffLegalAidApplication(try application.requireID()).path])
    }

    /// The steps still offered on the order (for buttons and `available_actions`).
    static func filter(_ actions: [WorkOrderAction], of order: WorkOrder, on db: any Database) async throws -> [WorkOrderAction] {
        filter(actions, carrying: try await application(of: order, on: db))
    }

    /// The same, for a caller that already loaded the order's legal aid record (nil: none).
    static func filter(_ actions: [WorkOrderAction], carrying application: LegalAidApplication?) -> [WorkOrderAction] {
        guard let application else { return actions }
        return actions.filter { LegalAidWorkOrderGuard.allows($0, legalAidState: application.state) }
    }

    /// Whether the requester may withdraw the order from the tracking page.
    static func citizenMayWithdraw(_ order: WorkOrder, on db: any Database) async throws -> Bool {
        guard CitizenActions.canWithdraw(order) else { return false }
        return try await application(of: order, on: db) == nil
    }

    /// The link the work-order page shows instead of the refused steps.
    static func link(to application: LegalAidApplication) throws -> WorkOrderPage.LegalAidLink {
        WorkOrderPage.LegalAidLink(id: try application.requireID(), number: application.number, state: application.state)
    }
}
