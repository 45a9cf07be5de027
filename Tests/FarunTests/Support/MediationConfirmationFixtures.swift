import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// 司法确认 steps on top of `MediationDesk`.
extension MediationDesk {
    static let day: TimeInterval = 86_400

    /// The application as the parties usually bring it: to the basic court where the mediation organisation sits.
    static func application(filedOn: String, materials: Set<ConfirmationMaterial> = [.application, .agreement, .identityProof, .addresses],
                            courtName: String = "古县人民法院") -> MediationStore.ConfirmationApplication {
        .init(court: .mediationOrganisation, courtName: courtName, filedOn: LocalDate(filedOn), materials: materials, throughAgent: false)
    }

    @discardableResult
    func applyForConfirmation(_ app: Application, _ record: MediationCase, by user: StaffUser,
                              _ input: MediationStore.ConfirmationApplication) async throws -> MediationConfirmationRow {
        let current = try await fresh(app, record)
        return try await MediationStore.applyForConfirmation(current.requireID(), version: current.version, input, by: try await principal(app, user),
                                                             context: try await context(app, user), on: app.db)
    }

    @discardableResult
    func decideConfirmation(_ app: Application, _ record: MediationCase, by user: StaffUser, _ outcome: ConfirmationOutcome, on day: String,
                            referral: Referral = .none) async throws -> (MediationConfirmationRow, WorkOrder?) {
        let current = try await fresh(app, record)
        return try await MediationStore.recordConfirmationOutcome(
            current.requireID(), version: current.version, .init(outcome: outcome, decidedOn: LocalDate(day), note: "", referral: referral),
            by: try await principal(app, user), context: try await context(app, user), on: app.db)
    }

    /// A family dispute whose agreement settles a divorce (若干规定第四条 excludes it from confirmation).
    func agreeOnDivorce(_ app: Application, by user: StaffUser) async throws -> MediationCase {
        let record = try await register(app, input(type: "family"), by: clerk)
        try await claim(app, record, by: user)
        try await session(app, record, by: user)
        var agreement = Self.completeAgreement
        agreement.issues = "是否离婚及财产分割"
        agreement.terms = "双方同意离婚，房屋归李桂兰所有"
        try await draft(app, record, by: user, agreement)
        try await sign(app, record, by: user, .party, party: 0)
        try await sign(app, record, by: user, .party, party: 1)
        try await sign(app, record, by: user, .mediator)
        return try await sign(app, record, by: user, .committeeSeal, method: .seal)
    }
}

/// The message key of the 409 `body` answers with, or nil when it does not fail that way.
func conflictKey(_ body: () async throws -> Void) async -> L? {
    do { try await body() } catch AppError.conflict(let key, _) { return key } catch {}
    return nil
}
