import Fluent
import FarunCore
import Foundation
import SQLKit

/// Every change to a mediation case: the domain decides, the case's version refuses stale edits, the work order
/// underneath moves through `WorkOrderCommands`, and the timeline and audit trail are written in the same transaction.
enum MediationStore {
    /// A case with its order and parties, as one staff member may see it.
    struct Loaded: Sendable {
        let record: MediationCase
        let order: WorkOrder
        let parties: [MediationPartyRow]
        let roles: WorkOrderCommands.Roles
    }

    /// The case if `staff` may see it (region scope, unit membership or assignment); otherwise not found.
    static func load(_ caseID: Int, for staff: StaffPrincipal, on db: any Database) async throws -> Loaded {
        guard let record = try await MediationCase.find(caseID, on: db),
              let order = try await WorkOrder.find(record.$workOrder.id, on: db) else { throw AppError.notFound(.mediationEntity) }
        let roles = try await WorkOrderCommands.roles(of: staff, for: order, on: db)
        guard WorkOrderCommands.mayView(staff, order, roles: roles) else { throw AppError.notFound(.mediationEntity) }
        let parties = try await MediationPartyRow.query(on: db).filter(\.$mediationCase.$id == caseID).sort(\.$position).all()
        return Loaded(record: record, order: order, parties: parties, roles: roles)
    }

    /// Claims the case's version: a concurrent writer blocks (PostgreSQL) or fails the check.
    static func claimVersion(_ record: MediationCase, version: Int, context: ActionContext, on tx: any Database) async throws {
        guard record.version == version else { throw AppError.conflict(.mediationStale) }
        let bumped = try await tx.sql.raw("""
            UPDATE mediation_cases SET version = version + 1, updated_at = \(bind: context.now)
            WHERE id = \(bind: record.requireID()) AND version = \(bind: version) RETURNING id
            """).all()
        guard !bumped.isEmpty else { throw AppError.conflict(.mediationStale) }
        record.version = version + 1
        record.updatedAt = context.now
    }

    static func decideStage(_ result: Result<MediationStage, MediationProblem>) throws -> MediationStage {
        switch result {
        case .success(let stage): return stage
        case .failure(let problem): throw MediationErrors.appError([problem])
        }
    }

    /// Timeline entry on the order and audit event, with the case's particulars.
    static func journal(_ loaded: (record: MediationCase, order: WorkOrder), action: String, note: String = "", detail: [String: String] = [:],
                        context: ActionContext, on tx: any Database) async throws {
        var detail = detail
        detail["case"] = String(try loaded.record.requireID())
        detail["stage"] = loaded.record.stage.rawValue
        try await WorkOrderJournal.append(loaded.order, action: "mediation.\(action)", from: loaded.order.state, note: note, detail: detail,
                                          context: context, on: tx)
    }

    // MARK: Assignment and conflicts of interest

    /// The mediator's declaration about the parties when taking a dispute: "none", or a relation to one party.
    struct Declaration: Sendable, Equatable {
        var relation: ConflictRelation?
        var partyPosition: Int?
    }

    /// The head assigns (`mediatorID` another member) or a mediator claims (`mediatorID` themself). The declaration is
    /// recorded either way; a conflict (declared now, declared before, or detected) is recorded and refused.
    static func assign(_ caseID: Int, version: Int, mediatorID: Int, declaration: Declaration, by staff: StaffPrincipal,
                       context: ActionContext, on db: any Database) async throws -> MediationCase {
        let loaded = try await load(caseID, for: staff, on: db)
        guard let mediator = try await StaffUser.find(mediatorID, on: db) else {
            throw AppError.validation([.init(field: "mediator_id", message: .mediationMediatorRequired)])
        }
        let earlier = try await MediationConflictRow.query(on: db).filter(\.$mediationCase.$id == caseID)
            .filter(\.$staff.$id == mediatorID).filter(\.$relation != "none").all()
        var declarations = earlier.compactMap { row in
            ConflictRelation(rawValue: row.relation).map { ConflictOfInterest.Declaration(partyIndex: row.partyPosition ?? -1, relation: $0) }
        }
        if let relation = declaration.relation {
            guard let position = declaration.partyPosition, loaded.parties.indices.contains(position) else {
                throw AppError.validation([.init(field: "party_position", message: .mediationDeclarationRequired)])
            }
            declarations.append(.init(partyIndex: position, relation: relation))
        }
        let findings = ConflictOfInterest.findings(
            mediator: .init(name: mediator.displayName, phoneHash: nil, residentIDHash: nil),
            parties: loaded.parties.map { .init(name: $0.name, phoneHash: $0.phoneHash, residentIDHash: $0.residentIDHash) },
            declarations: declarations)
        let action: MediationAction = mediatorID == staff.id ? .claim : .assign
        if !findings.isEmpty {
            // Recorded in its own transaction, so the refusal leaves its trace (record and check).
            try await db.writeTransaction { tx in
                if let relation = declaration.relation {
                    try await recordDeclaration(caseID: caseID, staffID: mediatorID, relation: relation.rawValue,
                                                position: declaration.partyPosition, detected: false, context: context, on: tx)
                }
                try await Audit.record("mediation.conflict_refused", target: "mediation_case", id: caseID, regionPath: loaded.record.path,
                                       detail: ["mediator": String(mediatorID), "relations": findings.map(\.relation.rawValue).joined(separator: ",")],
                                       doer: context.doer, at: context.now, on: tx)
            }
            _ = try decideStage(MediationLifecycle.apply(action, in: loaded.record.stage, conflict: true))
        }
        let stage = try decideStage(MediationLifecycle.apply(action, in: loaded.record.stage, conflict: false))
        guard loaded.order.$unit.id != nil else { throw AppError.conflict(.mediationNeedsMediator) }
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            let order: WorkOrder
            if loaded.record.stage == .accepted, loaded.order.state == .assigned, loaded.order.$assignee.id == mediatorID {
                // The unit's rotation (round robin, least load) already gave the order to this mediator when it was
                // accepted; taking the case is their declaration, as a claim is.
                order = loaded.order
            } else {
                order = try await WorkOrderCommands.perform(
                    .init(action: .assign, version: loaded.order.version, assigneeID: mediatorID), on: loaded.order.requireID(),
                    as: loaded.roles, context: context, inTransaction: tx)
            }
            try await recordDeclaration(caseID: caseID, staffID: mediatorID, relation: "none", position: nil, detected: false, context: context, on: tx)
            loaded.record.stage = stage
            if loaded.record.committeeName.isEmpty, let unitID = order.$unit.id, let unit = try await HandlingUnit.find(unitID, on: tx) {
                loaded.record.committeeName = unit.name
            }
            try await loaded.record.save(on: tx)
            try await journal((loaded.record, order), action: action.rawValue, detail: ["mediator": String(mediatorID)], context: context, on: tx)
            return loaded.record
        }
    }

    private static func recordDeclaration(caseID: Int, staffID: Int, relation: String, position: Int?, detected: Bool,
                                          context: ActionContext, on tx: any Database) async throws {
        let row = MediationConflictRow()
        row.$mediationCase.id = caseID
        row.$staff.id = staffID
        row.partyPosition = position
        row.relation = relation
        row.detected = detected
        row.$recordedBy.id = context.doer.kind == "staff" ? context.doer.id : nil
        row.recordedAt = context.now
        try await row.create(on: tx)
    }

    /// Whether the case's current mediator has a recorded conflict.
    private static func mediatorConflicted(_ loaded: Loaded, on db: any Database) async throws -> Bool {
        guard let mediatorID = loaded.order.$assignee.id else { return false }
        return try await MediationConflictRow.query(on: db).filter(\.$mediationCase.$id == loaded.record.requireID())
            .filter(\.$staff.$id == mediatorID).filter(\.$relation != "none").count() > 0
    }

    /// Whether the case's current mediator recorded a declaration (none, or a relation) for this case.
    private static func mediatorDeclared(_ loaded: Loaded, on db: any Database) async throws -> Bool {
        guard let mediatorID = loaded.order.$assignee.id else { return false }
        return try await MediationConflictRow.query(on: db).filter(\.$mediationCase.$id == loaded.record.requireID())
            .filter(\.$staff.$id == mediatorID).count() > 0
    }

    static func requireMediator(_ loaded: Loaded) throws {
        guard loaded.order.$assignee.id != nil else { throw AppError.conflict(.mediationNeedsMediator) }
        guard loaded.roles.assignee else { throw AppError.forbidden }
    }

    // MARK: Consent and sessions

    /// Records a party's answer to mediation (人民调解法第三条、第十七条), e.g. the respondent of an online application.
    static func recordConsent(_ caseID: Int, version: Int, position: Int, consent: MediationConsent, by staff: StaffPrincipal,
                              context: ActionContext, on db: any Database) async throws -> MediationCase {
        let loaded = try await load(caseID, for: staff, on: db)
        guard loaded.roles.assignee || loaded.roles.handlingUnit else { throw AppError.forbidden }
        guard !loaded.record.stage.isFinal else {
            throw AppError.conflict(.mediationNotAllowed, [loaded.record.stage.rawValue, MediationAction.recordSession.rawValue])
        }
        guard let party = loaded.parties.first(where: { $0.position == position }) else {
            throw AppError.validation([.init(field: "party_position", message: .mediationSignatureUnknownParty)])
        }
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            party.consent = consent
            try await party.save(on: tx)
            try await loaded.record.save(on: tx)
            try await journal((loaded.record, loaded.order), action: "consent", detail: ["party": String(position), "consent": consent.rawValue],
                              context: context, on: tx)
            return loaded.record
        }
    }

    /// Records a session held by the mediator; the first one starts the work order (办理中).
    static func recordSession(_ caseID: Int, version: Int, _ session: MediationSessionRecord, by staff: StaffPrincipal,
                              context: ActionContext, on db: any Database) async throws -> MediationCase {
        let loaded = try await load(caseID, for: staff, on: db)
        try requireMediator(loaded)
        // A mediator the unit's rotation assigned has not declared yet: as on the claim path, no session before it.
        if try await !mediatorDeclared(loaded, on: db) { throw AppError.conflict(.mediationDeclareFirst) }
        let problems = session.problems(now: context.now)
        if !problems.isEmpty { throw AppError.validation(problems.map(MediationErrors.sessionProblem)) }
        let stage = try decideStage(MediationLifecycle.apply(.recordSession, in: loaded.record.stage, conflict: try await mediatorConflicted(loaded, on: db),
                                                        parties: loaded.parties.map(\.domain)))
        return try await db.writeTransaction { tx in
            try await claimVersion(loaded.record, version: version, context: context, on: tx)
            var order = loaded.order
            if order.state == .assigned {
                order = try await WorkOrderCommands.perform(.init(action: .start, version: order.version), on: order.requireID(),
                                                            as: loaded.roles, context: context, inTransaction: tx)
            }
            let row = MediationSessionRow()
            row.$mediationCase.id = caseID
            row.mode = session.mode
            row.heldAt = session.at
            row.place = session.place.trimmingCharacters(in: .whitespacesAndNewlines)
            row.link = session.link.trimmingCharacters(in: .whitespacesAndNewlines)
            row.participants = session.participants.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
            row.notes = session.notes.trimmingCharacters(in: .whitespacesAndNewlines)
            row.$recordedBy.id = staff.id
            row.recordedAt = context.now
            try await row.create(on: tx)
            loaded.record.stage = stage
            try await loaded.record.save(on: tx)
            try await journal((loaded.record, order), action: "session", detail: ["mode": session.mode.rawValue], context: context, on: tx)
            return loaded.record
        }
    }
}
