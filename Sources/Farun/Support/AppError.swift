import FarunCore
import Vapor

/// A problem with one form or JSON field, shown next to that field.
struct FieldProblem: Sendable, Equatable {
    let field: String
    let message: L
    var args: [String] = []
}

extension FieldProblem {
    /// The same problem under the name a form gives the field (the intake says requester_name, the legal aid form
    /// applicant_name); fields not in `names` keep theirs.
    func renamed(_ names: [String: String]) -> FieldProblem {
        guard let name = names[field] else { return self }
        return FieldProblem(field: name, message: message, args: args)
    }
}

extension [FieldProblem] {
    /// The messages for one field, joined, or nil when the field is fine.
    func message(for field: String, _ l: L10n) -> String? {
        let messages = filter { $0.field == field }.map { l.format($0.message, $0.args) }
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }

    /// (field, message) pairs for the error summary at the top of a form.
    func summary(_ l: L10n) -> [(field: String, message: String)] {
        map { ($0.field, l.format($0.message, $0.args)) }
    }
}

/// Every error Farun raises on purpose. Messages are localisation keys: users never see internal text.
enum AppError: Error, Sendable {
    case notFound(L)
    /// Not found, with a message that says what exists instead ("…has no article 2000; it has 1,260 articles").
    case notFoundExplained(L, [String])
    case badRequest(L, [String] = [])
    case validation([FieldProblem])
    case unauthenticated
    case forbidden
    case conflict(L, [String] = [])
    case csrfRejected
    case accountLocked(minutes: Int)
    case tooManyRequests
    /// A part of the service that is still starting (the search index being built): try again shortly.
    case unavailable(L)
    /// A work-order action the lifecycle refuses (illegal from this state, or not this person's step).
    case lifecycle(WorkOrderLifecycle.Problem)

    var status: HTTPResponseStatus {
        switch self {
        case .notFound, .notFoundExplained: .notFound
        case .badRequest: .badRequest
        case .validation: .unprocessableEntity
        case .unauthenticated: .unauthorized
        case .forbidden, .csrfRejected: .forbidden
        case .conflict: .conflict
        case .accountLocked: .locked
        case .tooManyRequests: .tooManyRequests
        case .unavailable: .serviceUnavailable
        case .lifecycle(.notYourStep): .forbidden
        case .lifecycle: .conflict
        }
    }

    func message(_ l: L10n) -> String {
        switch self {
        case .notFound(let what): l(.errorNotFound, l(what))
        case .notFoundExplained(let key, let args): l.format(key, args)
        case .badRequest(let key, let args): l.format(key, args)
        case .validation: l(.errorValidation)
        case .unauthenticated: l(.errorUnauthenticated)
        case .forbidden: l(.errorForbidden)
        case .conflict(let key, let args): l.format(key, args)
        case .csrfRejected: l(.errorCsrf)
        case .accountLocked(let minutes): l(.errorLocked, minutes)
        case .tooManyRequests: l(.errorTooManyRequests)
        case .unavailable(let key): l(key)
        case .lifecycle(.notAllowed(let from, let action)): l(.errorTransitionNotAllowed, l.name("state", from), l.name("woaction", action))
        case .lifecycle(.notYourStep(_, let action)): l(.errorNotYourStep, l.name("woaction", action))
        case .lifecycle(.reasonRequired): l(.errorReasonRequired)
        case .lifecycle(.missingMaterialsRequired): l(.errorMissingMaterialsRequired)
        case .lifecycle(.assigneeRequired): l(.errorAssigneeRequired)
        case .lifecycle(.targetRequired): l(.errorTargetRequired)
        }
    }

    var fieldProblems: [FieldProblem] {
        if case .validation(let problems) = self { return problems }
        return []
    }
}
