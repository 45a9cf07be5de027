import Vapor

/// The one error middleware: problem+json for the API, an error page for browsers. Server errors are
/// logged as critical with the request id; their text never reaches the user.
struct FarunErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, request: request)
        }
    }

    static func response(for error: any Error, request: Request) -> Response {
        let l = request.l10n
        let status: HTTPResponseStatus
        let message: String
        var problems: [FieldProblem] = []
        switch error {
        case let app as AppError:
            status = app.status
            message = app.message(l)
            problems = app.fieldProblems
        case let abort as any AbortError:
            status = abort.status
            message = status == .notFound ? l(.errorPageNotFound)
                : status.code < 500 ? l(.errorBadRequestGeneric) : l(.errorServer)
        case is DecodingError:
            status = .badRequest
            message = l(.errorBadRequestGeneric)
        default:
            status = .internalServerError
            message = l(.errorServer)
        }
        if status.code >= 500, status != .serviceUnavailable {
            request.logger.critical("unhandled error: \(String(reflecting: error))", metadata: ["request-id": .string(request.id)])
        } else {
            request.logger.info("request refused: \(status.code)")
        }
        if request.wantsProblemJSON {
            return ProblemResponse(status: status, detail: message, problems: problems, l10n: l, requestID: request.id)
                .response()
        }
        if status == .unauthorized {
            // Browsers are sent to the right sign-in page and come back afterwards.
            let target = request.url.path.hasPrefix("/account") ? SiteURL.citizenSignIn : SiteURL.staffSignIn
            let next = request.method == .GET ? request.url.string : "/"
            return request.redirect(to: target.path + "?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        let page = ErrorPage.View(model: .init(status: Int(status.code), message: message, requestID: request.id), context: request.pageContext)
        let response = Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: .init(string: page.render()))
        return response
    }
}

/// RFC 9457 problem details.
struct ProblemResponse: Sendable {
    let status: HTTPResponseStatus
    let detail: String
    let problems: [FieldProblem]
    let l10n: L10n
    let requestID: String

    struct Body: Encodable {
        struct Item: Encodable { let field: String; let message: String }
        let type: String
        let title: String
        let status: Int
        let detail: String
        let request_id: String
        let errors: [Item]?
    }

    func response() -> Response {
        let body = Body(
            type: "about:blank", title: status.reasonPhrase, status: Int(status.code), detail: detail, request_id: requestID,
            errors: problems.isEmpty ? nil : problems.map { .init(field: $0.field, message: l10n.format($0.message, $0.args)) })
        let data = (try? JSONEncoder().encode(body)) ?? Data()
        return Response(status: status, headers: ["Content-Type": "application/problem+json; charset=utf-8"], body: .init(data: data))
    }
}

extension Request {
    /// API routes and clients that ask for JSON get problem+json.
    var wantsProblemJSON: Bool {
        url.path.hasPrefix("/api/") || url.path == "/openapi.json"
            || (headers.first(name: .accept)?.contains("application/json") ?? false)
    }
}
