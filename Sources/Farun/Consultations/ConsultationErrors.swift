import FarunCore
import Vapor

/// The store's typed refusals as the messages citizens and lawyers read (pages) or problem+json (API).
enum ConsultationErrors {
    /// A refusal as an `AppError`; anything else is passed on untouched (internal errors never show their text).
    static func appError(_ error: any Error) -> any Error {
        switch error {
        case let problem as ConsultationProblem:
            switch problem {
            // A question outside the lawyer's grant is reported as not found, like any other region's resource.
            case .outsideGrant: return AppError.notFound(.consultationEntity)
            case .closed, .alreadyClosed: return AppError.conflict(.consultationClosed)
            case .enoughLawyers: return AppError.conflict(.consultationEnoughLawyers)
            case .noSuchThread: return AppError.conflict(.consultationNoSuchThread)
            case .ratingOutOfRange: return AppError.validation([FieldProblem(field: "score", message: .consultationRatingOutOfRange)])
            default: return AppError.conflict(.consultationRefused)
            }
        case let input as ConsultationInputProblem:
            switch input {
            case .question(let problem): return AppError.validation([field("question", problem, empty: .consultationQuestionRequired, long: .consultationQuestionTooLong)])
            case .message(let problem): return AppError.validation([field("text", problem, empty: .consultationMessageRequired, long: .consultationMessageTooLong)])
            case .phone: return AppError.validation([FieldProblem(field: "phone", message: .consultationPhoneInvalid)])
            case .unknownRegion: return AppError.validation([FieldProblem(field: "region_id", message: .consultationRegionRequired)])
            case .notFound, .unknownLawyer: return AppError.notFound(.consultationEntity)
            }
        default:
            return error
        }
    }

    private static func field(_ name: String, _ problem: QuestionTextProblem, empty: L, long: L) -> FieldProblem {
        switch problem {
        case .empty: FieldProblem(field: name, message: empty)
        case .tooLong(let maximum): FieldProblem(field: name, message: long, args: [String(maximum)])
        }
    }

    /// Runs a store call, turning its refusals into `AppError`s.
    static func mapped<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch { throw appError(error) }
    }
}
