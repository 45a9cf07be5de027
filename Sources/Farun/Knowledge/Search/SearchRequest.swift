import FarunCore
import Foundation
import Vapor

/// The question as the search API and the robot accept it: checked once, so bad input gets a clear 400.
enum SearchRequest {
    /// Longer texts are descriptions, not questions; the engine would gain nothing and the page would be slow.
    static let maximumQuestionLength = 500
    static let maximumLimit = 50

    /// The trimmed question, or the field problem.
    static func question(_ raw: String?, field: String = "q") -> Result<String, AppError> {
        let text = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .failure(.validation([.init(field: field, message: .searchQuestionRequired)])) }
        if text.count > maximumQuestionLength {
            return .failure(.validation([.init(field: field, message: .searchQuestionTooLong, args: ["\(maximumQuestionLength)"])]))
        }
        return .success(text)
    }

    /// `GET /api/v1/search?q=…&k=10&kind=article,faq&law=劳动合同法&department=社会法&include_superseded=true`.
    static func query(_ req: Request) throws -> SearchQuery {
        var problems: [FieldProblem] = []
        var text = ""
        switch question(req.queryValue("q")) {
        case .success(let q): text = q
        case .failure(let error): problems += error.fieldProblems
        }
        var limit = 10
        if let k = req.queryValue("k"), !k.isEmpty {
            if let value = Int(k), (1...maximumLimit).contains(value) { limit = value } else {
                problems.append(.init(field: "k", message: .searchLimitInvalid, args: ["\(maximumLimit)"]))
            }
        }
        var kinds: Set<SearchDocument.Kind>?
        if let raw = req.queryValue("kind"), !raw.isEmpty {
            let parsed = raw.split(separator: ",").map { SearchDocument.Kind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            if parsed.contains(where: { $0 == nil }) {
                problems.append(.init(field: "kind", message: .searchKindInvalid))
            } else {
                kinds = Set(parsed.compactMap { $0 })
            }
        }
        let superseded = req.queryValue("include_superseded") ?? req.queryValue("includeSuperseded") ?? ""
        if !["", "true", "false", "1", "0"].contains(superseded) {
            problems.append(.init(field: "include_superseded", message: .searchFlagInvalid))
        }
        // A 400 naming the first problem: API clients read `detail`.
        if let problem = problems.first { throw AppError.badRequest(problem.message, problem.args) }
        return SearchQuery(text: text, limit: limit, kinds: kinds, lawName: nonEmpty(req.queryValue("law")),
                           department: nonEmpty(req.queryValue("department")),
                           includeSuperseded: superseded == "true" || superseded == "1")
    }

    private static func nonEmpty(_ s: String?) -> String? {
        let t = s?.trimmingCharacters(in: .whitespaces) ?? ""
        return t.isEmpty ? nil : String(t.prefix(200))
    }
}
