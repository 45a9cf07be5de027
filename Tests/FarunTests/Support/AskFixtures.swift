import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// The search index and the robot in tests: the statute fixture imported, the index built at once (instead of in
/// the background), and cases/FAQ published through the entries API as staff would.
enum AskFixtures {
    /// Imports the statute fixture (the app's clock should be `LawFixtures.today`) and builds the index now.
    static func importAndIndex(_ app: Application) async throws {
        try await LawFixtures.importFixture(on: app)
        try await app.knowledgeIndex.refresh(app)
    }

    /// A knowledge manager of 古县 (a fresh jurisdiction).
    static func manager(_ app: Application) async throws -> Browser {
        let j = try await Jurisdiction.make(on: app.db)
        return try await Browser.signedIn(app, try await makeStaff(app, "knowledge.\(UUID().uuidString.prefix(6).lowercased())", [(.bureauAdmin, j.county)]))
    }

    /// Writes and publishes an FAQ (or case) through `app`'s API; returns its id.
    @discardableResult
    static func publish(_ app: Application, as browser: Browser, kind: String = "faq", title: String, summary: String,
                        body: String = "", articles: [String] = []) async throws -> Int {
        struct Write: Encodable {
            let kind, title, summary, body, legal_field, source: String
            let articles: [String]
        }
        let json = String(decoding: try JSONEncoder().encode(Write(kind: kind, title: title, summary: summary, body: body.isEmpty ? summary : body,
                                                                  legal_field: "labour", source: "古县司法局", articles: articles)), as: UTF8.self)
        let created = try await apiRequest(app, .POST, "/api/v1/knowledge/entries", browser: browser, json: json)
        try #require(created.status == .created, "create: \(created.status) \(created.text)")
        let entry = try JSONDecoder().decode(EntryRef.self, from: Data(created.text.utf8))
        let published = try await apiRequest(app, .POST, "/api/v1/knowledge/entries/\(entry.id)/publish", browser: browser,
                                             json: "{\"version\": \(entry.version)}")
        try #require(published.status == .ok, "publish: \(published.status) \(published.text)")
        return entry.id
    }

    struct EntryRef: Decodable {
        let id: Int
        let version: Int
    }

    /// `GET /api/v1/search` decoded.
    static func search(_ app: Application, _ query: String) async throws -> (HTTPStatus, SearchBody?) {
        let response = try await apiRequest(app, .GET, "/api/v1/search?" + query)
        return (response.status, try? JSONDecoder().decode(SearchBody.self, from: Data(response.text.utf8)))
    }

    struct SearchBody: Decodable {
        struct Result: Decodable {
            let kind: String
            let score: Double
            let url: String
            let snippet: Snippet
            let lawName: String?
            let articleNumber: Int?
            let articleLabel: String?
            let lawId: Int?
            let articleId: Int?
            let standing: String?
            let id: Int?
            let title: String?
        }

        struct Snippet: Decodable {
            struct Part: Decodable {
                let text: String
                let match: Bool
            }

            let text: String
            let parts: [Part]
        }

        let query: String
        let results: [Result]
    }

    /// `q=…` with the value percent-encoded.
    static func q(_ text: String) -> String {
        "q=" + formEncode(text)
    }

    /// Waits until `condition` holds, checking every 50 ms, for at most `seconds`: true when it held in time.
    static func eventually(within seconds: Double, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }
}
