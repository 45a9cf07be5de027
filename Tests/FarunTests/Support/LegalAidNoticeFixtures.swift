import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// A court's notice for a town A defendant who may face life imprisonment (override what a test is about).
func legalAidNoticeInput(_ j: Jurisdiction, ground: String = "life_or_death", organ: String = "court", number: String = "（2026）晋0110刑初123号",
                         receivedOn: String = "2026-11-02") -> LegalAidNoticeInput {
    LegalAidNoticeInput(organ: organ, organ_name: "古县人民法院", notice_number: number, received_on: receivedOn, ground: ground,
                        charge: "故意杀人罪", stage: "first_instance", person_name: "赵六", person_resident_id: nil,
                        contact_phone: "13700137000", region_id: j.townA.id, note: nil)
}

func legalAidNotice(_ app: Application, _ input: LegalAidNoticeInput, by user: StaffUser, on iso: String = "2026-11-02") async throws -> (LegalAidApplication, LegalAidNotice) {
    try await LegalAidNotices.register(input, by: try await principal(app, user), context: try await legalAidContext(app, user, on: iso), on: app.db)
}

/// Records when a lawyer's relevant practice began, as an officer.
func legalAidExperience(_ app: Application, _ lawyer: StaffUser, since iso: String, by officer: StaffUser) async throws {
    _ = try await LegalAidNotices.recordExperience(staffID: try lawyer.requireID(), since: LocalDate(iso)!, note: "", by: try await principal(app, officer),
                                                   regionPath: nil, context: try await legalAidContext(app, officer, on: "2026-11-02"), on: app.db)
}
