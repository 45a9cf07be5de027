import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// Applications at each step supervision watches. Dates: received 2026-11-02 unless told.
enum LegalAidSupervisionFixtures {
    /// Received, reviewed and granted on `grantOn`.
    static func granted(_ app: Application, _ d: LegalAidDesk, name: String, region: Region? = nil, grantOn: String = "2026-11-03") async throws -> LegalAidApplication {
        var input = legalAidInput(d.j, name: name, phone: phone(for: name))
        if let region { input.region_id = region.id }
        let application = try await legalAidApply(app, input, by: d.clerk)
        try await legalAidReviewed(app, application, by: d.officer, on: grantOn)
        return try await legalAidAct(app, application, .grant, by: d.officer, on: grantOn)
    }

    /// Granted 11-03, assigned to the county lawyer 11-04, handled from 11-05.
    static func handling(_ app: Application, _ d: LegalAidDesk, name: String) async throws -> LegalAidApplication {
        let application = try await granted(app, d, name: name)
        try await legalAidAct(app, application, .assign, by: d.officer, on: "2026-11-04") { $0.providerID = d.lawyer.id }
        return try await legalAidAct(app, application, .startHandling, by: d.lawyer, on: "2026-11-05", provider: true)
    }

    /// Handled, then closed by the lawyer on 11-20 with the closing report (第五十条).
    static func closed(_ app: Application, _ d: LegalAidDesk, name: String) async throws -> LegalAidApplication {
        let application = try await handling(app, d, name: name)
        return try await legalAidAct(app, application, .close, by: d.lawyer, on: "2026-11-20", provider: true) {
            $0.outcome = .won
            $0.closingReport = "裁决支持全部请求"
        }
    }

    /// A different valid mobile number per applicant, so the conflict check does not tie them together.
    static func phone(for name: String) -> String {
        let digits = String(format: "%08d", name.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 100_000_000 })
        return "139" + digits
    }
}
