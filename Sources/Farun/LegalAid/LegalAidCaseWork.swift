import Fluent
import FarunCore
import Foundation
import Vapor

/// The parts of a legal aid matter outside the main lifecycle: the officer's checklist and conflict check, the
/// provider's notes and hearing dates, and objections to the bureau (第四十九条).
enum LegalAidCaseWork {
    /// Records the materials the officer ticked and that the conflict check was seen (required before a decision).
    static func review(_ id: Int, materials: [String], conflictChecked: Bool, version: Int, context: ActionContext, on db: any Database) async throws -> LegalAidApplication {
        try await db.writeTransaction { tx in
            guard let application = try await LegalAidApplication.find(id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
            guard application.version == version else { throw AppError.conflict(.errorStaleOrder) }
            application.materialsChecked = materials.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                .joined(separator: "\n")
            if conflictChecked { application.conflictCheckedAt = context.now }
            application.version += 1
            application.updatedAt = context.now
            try await application.save(on: tx)
            try await Audit.record("legal_aid.review", target: "legal_aid_application", id: id, regionPath: application.path,
                                   detail: ["number": application.number, "conflict_checked": conflictChecked ? "true" : "false"],
                                   doer: context.doer, at: context.now, on: tx)
            return application
        }
    }

    /// A progress note or a hearing date, by the assigned provider while the case is assigned or handled.
    static func addNote(_ id: Int, kind: LegalAidCaseNote.Kind, on date: LocalDate, text: String, by staff: StaffPrincipal,
                        context: ActionContext, on db: any Database) async throws -> LegalAidCaseNote {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw AppError.validation([.init(field: "text", message: .legalAidNoteRequired)]) }
        guard body.count <= 4000 else { throw AppError.validation([.init(field: "text", message: .validationTooLong, args: ["4000"])]) }
        return try await db.writeTransaction { tx in
            guard let application = try await LegalAidApplication.find(id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
            guard application.$provider.id == staff.id else { throw AppError.forbidden }
            guard application.state == .assigned || application.state == .handling else {
                throw AppError.conflict(.legalAidNotAllowed, [application.state.rawValue, "note"])
            }
            let note = LegalAidCaseNote()
            note.$application.id = id
            note.kind = kind
            note.onDate = date.description
            note.text = body
            note.$author.id = staff.id
            note.authorName = staff.displayName
            note.createdAt = context.now
            try await note.create(on: tx)
            try await Audit.record("legal_aid.note", target: "legal_aid_application", id: id, regionPath: application.path,
                                   detail: ["number": application.number, "kind": kind.rawValue, "on": date.description],
                                   doer: context.doer, at: context.now, on: tx)
            return note
        }
    }

    /// An objection to a refusal or termination: received today, due in 5 days (第四十九条). One open at a time.
    static func fileObjection(_ id: Int, grounds: String, context: ActionContext, on db: any Database) async throws -> LegalAidObjection {
        let text = grounds.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw AppError.validation([.init(field: "grounds", message: .legalAidGroundsRequired)]) }
        guard text.count <= 4000 else { throw AppError.validation([.init(field: "grounds", message: .validationTooLong, args: ["4000"])]) }
        return try await db.writeTransaction { tx in
            guard let application = try await LegalAidApplication.find(id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
            guard application.state.isObjectionable else { throw AppError.conflict(.legalAidNotObjectionable) }
            let open = try await LegalAidObjection.query(on: tx).filter(\.$application.$id == id).filter(\.$decision == nil).count()
            guard open == 0 else { throw AppError.conflict(.legalAidObjectionOpen) }
            let due = LegalAidDeadlines.objectionDue(receivedOn: context.today, policy: LegalAidStore.policy(context.settings), calendar: context.calendar)
            let objection = LegalAidObjection()
            objection.$application.id = id
            objection.against = application.state
            objection.grounds = text
            objection.receivedOn = context.today.description
            objection.dueOn = due.dueDate.description
            objection.dueProvisional = due.isProvisional
            objection.decisionReasons = ""
            objection.extensionReason = ""
            objection.createdAt = context.now
            try await objection.create(on: tx)
            try await Audit.record("legal_aid.objection", target: "legal_aid_application", id: id, regionPath: application.path,
                                   detail: ["number": application.number, "due": objection.dueOn], doer: context.doer, at: context.now, on: tx)
            return objection
        }
    }

    /// The bureau's decision on an objection: uphold (the applicant may then seek reconsideration or sue) or order
    /// a correction, which reopens the review. Late decisions need an extension reason.
    static func decideObjection(_ objectionID: Int, decision: LegalAidObjection.Decision, reasons: String, extensionReason: String,
                                by staff: StaffPrincipal, context: ActionContext, on db: any Database) async throws -> LegalAidObjection {
        let why = reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw AppError.validation([.init(field: "reasons", message: .legalAidReasonsRequired)]) }
        return try await db.writeTransaction { tx in
            guard let objection = try await LegalAidObjection.find(objectionID, on: tx),
                  let application = try await LegalAidApplication.find(objection.$application.id, on: tx) else { throw AppError.notFound(.legalAidEntity) }
            guard objection.decision == nil else { throw AppError.conflict(.legalAidObjectionDecided) }
            let due = Deadline(dueDate: LocalDate(objection.dueOn) ?? context.today, isProvisional: objection.dueProvisional, pausedDays: 0, openPause: false)
            if case .failure(let late) = LegalAidDeadlines.timeliness(of: context.today, due: due, extensionReason: extensionReason) {
                throw AppError.validation([.init(field: "extension_reason", message: .legalAidLateWithoutReason, args: [late.due.description])])
            }
            objection.decision = decision
            objection.decisionReasons = why
            objection.extensionReason = extensionReason.trimmingCharacters(in: .whitespacesAndNewlines)
            objection.decidedOn = context.today.description
            objection.$decidedBy.id = staff.id
            try await objection.save(on: tx)
            if decision == .correctionOrdered {
                _ = try await LegalAidStore.perform(.init(action: .reopen, version: application.version, reasons: why), on: application.requireID(),
                                                    as: .system, context: context, inTransaction: tx, allowReopen: true)
            }
            try await Audit.record("legal_aid.objection_decided", target: "legal_aid_application", id: application.id, regionPath: application.path,
                                   detail: ["number": application.number, "decision": decision.rawValue], doer: context.doer, at: context.now, on: tx)
            return objection
        }
    }
}
