import Plot
import Vapor

/// A rendered page as a Vapor response.
struct PageResponse: AsyncResponseEncodable {
    let html: HTML
    var status: HTTPResponseStatus = .ok

    func encodeResponse(for request: Request) async throws -> Response {
        Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: .init(string: html.render()))
    }
}

extension Request {
    /// A string form field, trimmed; nil when absent.
    func formValue(_ name: String) -> String? {
        (try? content.get(String.self, at: name))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Multi-valued form field (checkbox groups named "name[]").
    func formValues(_ name: String) -> [String] {
        (try? content.get([String].self, at: name)) ?? []
    }

    func queryValue(_ name: String) -> String? {
        guard let v = query[String.self, at: name]?.trimmingCharacters(in: .whitespacesAndNewlines), !v.isEmpty else { return nil }
        return v
    }

    func idParameter(_ name: String = "id") throws -> Int {
        guard let id = parameters.get(name, as: Int.self), id > 0 else { throw AppError.notFound(.thingPage) }
        return id
    }
}
