import Fluent
import FarunCore
import Foundation
import Vapor

/// 视为撤回 (法律援助法 第四十三条第二款): applications whose supplement notice went unanswered past its reply date
/// are treated as withdrawn, through the same store step an officer could take. One instance at a time (lease).
enum LegalAidSweep {
    static let leaseName = "legal-aid-sweep"

    /// Lapses every application whose open round's reply date is before today; returns how many.
    static func run(context: ActionContext, on db: any Database) async throws -> Int {
        let today = context.today.description
        // ISO dates compare as text.
        let rounds = try await LegalAidSupplement.query(on: db).filter(\.$suppliedOn == nil).filter(\.$lapsedOn == nil)
            .filter(\.$replyDue < today).limit(500).all()
        var lapsed = 0
        for round in rounds {
            guard let application = try await LegalAidApplication.find(round.$application.id, on: db),
                  application.state == .materialsIncomplete else { continue }
            do {
                _ = try await LegalAidStore.perform(.init(action: .lapse, version: application.version), on: try application.requireID(),
                                                    as: .system, context: context, on: db)
                lapsed += 1
            } catch let error as AppError {
                // Someone changed it meanwhile (supplied at the window): the next pass sees the new state.
                if case .conflict = error { continue }
                throw error
            }
        }
        return lapsed
    }

    static func start(app: Application, every interval: Duration) -> Task<Void, Never> {
        LeasedJob.start(leaseName, app: app, every: interval, ttl: Double(interval.components.seconds) * 3 + 30) { _ in
            let lapsed = try await run(context: try await .system(app), on: app.db)
            if lapsed > 0 { app.logger.info("legal aid sweep: \(lapsed) applications treated as withdrawn") }
        }
    }
}
