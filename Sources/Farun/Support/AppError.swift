import Vapor

/// A problem with one form or JSON field, shown next to that field.
struct FieldProblem: Sendable, Equatable {
    let field: String
    let message: L
    var args: [String] = []
}

/// Every error Farun raises on purpose. Messages are localisation keys: users never see internal text.
enum AppError: Error, Sendable {
    case notFound(L)
    case badRequest(L, [String] = [])
    case validation([FieldProblem])
    case unauthenticated
    case forbidden
    case conflict(L, [String] = [])
    case csrfRejected
    case accountLocked(minutes: Int)
    case tooManyRequests

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .validation: .unprocessableEntity
        case .unauthenticated: .unauthorized
        case .forbidden, .csrfRejected: .forbidden
        case .conflict: .conflict
        case .accountLocked: .locked
        case .tooManyRequests: .tooManyRequests
        }
    }

    func message(_ l: L10n) -> String {
        switch self {
        case .notFound(let what): l(.errorNotFound, l(what))
        case .badRequest(let key, let args): l.format(key, args)
        case .validation: l(.errorValidation)
        case .unauthenticated: l(.errorUnauthenticated)
        case .forbidden: l(.errorForbidden)
        case .conflict(let key, let args): l.format(key, args)
        case .csrfRejected: l(.errorCsrf)
        case .accountLocked(let minutes): l(.errorLocked, minutes)
        case .tooManyRequests: l(.errorTooManyRequests)
        }
    }

    var fieldProblems: [FieldProblem] {
        if case .validation(let problems) = self { return problems }
        return []
    }
}
