import Fluent
import FarunCore
import Foundation
import Vapor

/// The officer records what the applicant supplied after a one-step application (the reply to the one-time
/// notice): the confirmed category, the name, the ID number, the opponent, the statement and the signed integrity
/// pledge (第四十一条). Each item given leaves the missing list; a grant waits until the list is empty.
extension LegalAidHandoff {
    struct Details: Content, Sendable {
        var version: Int?
        var category: String?
        var applicant_name: String?
        var applicant_resident_id: String?
        var opponent_name: String?
        var economic_statement: String?
        /// The applicant's own name, as they signed the pledge.
        var pledge_signature: String?
    }

    static func complete(_ id: Int, _ details: Details, context: ActionContext, on db: any Database) async throws -> LegalAidApplication {
        try await db.writeTransaction { tx in
            guard let a = try await LegalAidApplication.find(id, on: tx), let order = try await WorkOrder.find(a.$workOrder.id, on: tx) else {
                throw AppError.notFound(.legalAidEntity)
            }
            guard a.version == details.version else { throw AppError.conflict(.errorStaleOrder) }
            guard a.state == .received || a.state == .materialsIncomplete else { throw AppError.conflict(.laHandoffNotOpen) }
            func given(_ value: String?) -> String? {
                let text = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            var missing = a.missingFieldList
            var problems: [FieldProblem] = []
            var recorded: [String] = []
            if let raw = given(details.category) {
                if let category = LegalAidCategory(rawValue: raw) {
                    a.category = category
                    a.serviceForm = .default(for: category)
                    missing.removeAll { $0 == .category }
                    recorded.append("category")
                } else { problems.append(.init(field: "category", message: .legalAidCategoryRequired)) }
            }
            if let name = given(details.applicant_name) {
                if name.count > IntakeInput.maximumNameLength {
                    problems.append(.init(field: "applicant_name", message: .validationTooLong, args: [String(IntakeInput.maximumNameLength)]))
                } else {
                    order.requesterName = name
                    missing.removeAll { $0 == .applicantName }
                    recorded.append("applicant_name")
                }
            }
            if let raw = given(details.applicant_resident_id) {
                if let number = try? ResidentID.normalize(raw) {
                    order.residentIDEncrypted = try context.secrets.encrypt(number)
                    order.residentIDHash = context.secrets.lookupHash(number)
                    order.residentIDMasked = ResidentID.mask(number)
                    missing.removeAll { $0 == .applicantResidentID }
                    recorded.append("applicant_resident_id")
                } else { problems.append(.init(field: "applicant_resident_id", message: .validationResidentID)) }
            }
            if let opponent = given(details.opponent_name) {
                if opponent.count > 100 { problems.append(.init(field: "opponent_name", message: .validationTooLong, args: ["100"])) } else {
                    a.opponentName = opponent
                    missing.removeAll { $0 == .opponentName }
                    recorded.append("opponent_name")
                }
            }
            if let statement = given(details.economic_statement) {
                if statement.count > LegalAidApplicationInput.maximumStatementLength {
                    problems.append(.init(field: "economic_statement", message: .validationTooLong, args: [String(LegalAidApplicationInput.maximumStatementLength)]))
                } else {
                    a.economicStatement = statement
                    missing.removeAll { $0 == .economicStatement }
                    recorded.append("economic_statement")
                }
            }
            if let signature = given(details.pledge_signature) {
                // 第四十一条: the applicant's own pledge; the signature is their name.
                if signature != order.requesterName || missing.contains(.applicantName) {
                    problems.append(.init(field: "pledge_signature", message: .legalAidPledgeRequired))
                } else {
                    a.pledgeSignedBy = signature
                    a.pledgeSignedAt = context.now
                    missing.removeAll { $0 == .pledge }
                    recorded.append("pledge")
                }
            }
            guard problems.isEmpty else { throw AppError.validation(problems) }
            // The screening follows the (confirmed) category: a statement is only owed where the pledge applies.
            let screening = LegalAidScreening.assess(category: a.category, circumstances: a.circumstances,
                                                     urgency: .init(daysToLimitation: a.daysToLimitation, needsPreservation: a.needsPreservation))
            a.economicReview = LegalAidStore.code(of: screening.economicReview)
            a.priorities = screening.priorities.map(\.rawValue).joined(separator: ",")
            if !screening.economicReview.needsPledge { missing.removeAll { $0 == .economicStatement } }
            a.missingFields = LegalAidMissingField.format(missing)
            a.version += 1
            a.updatedAt = context.now
            try await a.save(on: tx)
            try await order.save(on: tx)
            try await Audit.record("legal_aid.complete", target: "legal_aid_application", id: id, regionPath: a.path,
                                   detail: ["number": a.number, "recorded": recorded.joined(separator: ","), "missing": a.missingFields],
                                   doer: context.doer, at: context.now, on: tx)
            return a
        }
    }
}

extension LegalAidPagesController {
    static func registerHandoff(_ routes: any RoutesBuilder) {
        routes.on(.POST, .staffLegalAidDetails(.routeParameter), access: .staff(.reviewLegalAid), use: details)
        routes.on(.POST, .api(.legalAidDetails(.routeParameter)), access: .staff(.reviewLegalAid),
                  doc: .init(summary: "Record what the applicant supplied after a one-step application (category confirmed, name, ID number, opposing party, economic statement, signed integrity pledge — 第四十一条); each item given leaves missing_fields. A grant is refused (409) while missing_fields is not empty. 404 outside the officer's regions, 409 when stale or no longer under review.",
                             tag: "legal-aid", requestSchema: "LegalAidDetails", responseSchema: "LegalAidApplication"),
                  use: detailsAPI)
    }

    @Sendable static func details(req: Request) async throws -> Response {
        let (application, staff) = try await LegalAidAccess.visible(req, officerOnly: true)
        let form = try req.content.decode(LegalAidHandoff.Details.self)
        return try await attempt(req, application, staff: staff) {
            _ = try await LegalAidHandoff.complete(try application.requireID(), form, context: try await ActionContext.from(req), on: req.db)
        }
    }

    @Sendable static func detailsAPI(req: Request) async throws -> LegalAidApplicationDTO {
        let (application, staff) = try await LegalAidAccess.visible(req, officerOnly: true)
        let body = try req.content.decode(LegalAidHandoff.Details.self)
        let done = try await LegalAidHandoff.complete(try application.requireID(), body, context: try await ActionContext.from(req), on: req.db)
        return try await LegalAidAPIController.dto(done, for: staff, on: req.db)
    }
}
