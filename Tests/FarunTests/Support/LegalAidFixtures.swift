import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// The work-order desk plus a legal aid lawyer in the county, one in town B only, and the bureau.
struct LegalAidDesk {
    let desk: WorkOrderDesk
    let lawyer: StaffUser
    let townBLawyer: StaffUser
    let bureau: StaffUser
    var j: Jurisdiction { desk.j }
    var officer: StaffUser { desk.officer1 }
    var clerk: StaffUser { desk.clerk }

    static func make(_ app: Application) async throws -> LegalAidDesk {
        let desk = try await WorkOrderDesk.make(app)
        let lawyer = try await makeStaff(app, "lawyer.li", [(.lawyer, desk.j.county)], name: "李律师")
        let townB = try await makeStaff(app, "lawyer.b", [(.lawyer, desk.j.townB)], name: "北平律师")
        let bureau = try await makeStaff(app, "bureau", [(.bureauAdmin, desk.j.county)], name: "司法局")
        return LegalAidDesk(desk: desk, lawyer: lawyer, townBLawyer: townB, bureau: bureau)
    }
}

/// A migrant worker's wage claim in town A, at the window (override what a test is about).
func legalAidInput(_ j: Jurisdiction, category: String = "wages", circumstances: [String] = ["migrant_worker"],
                   name: String = "张三", phone: String = "13800138000", opponent: String = "王老板",
                   opponentPhone: String? = "13900139000", channel: String = "window") -> LegalAidApplicationInput {
    LegalAidApplicationInput(
        channel: channel, applicant_name: name, applicant_phone: phone, applicant_resident_id: "11010519491231002X",
        region_id: j.townA.id, service_point_id: nil, category: category, service_form: nil, matter: "老板拖欠工资三个月",
        circumstances: circumstances, days_to_limitation: nil, needs_preservation: false, economic_statement: "无固定收入",
        opponent_name: opponent, opponent_phone: opponentPhone, opponent_resident_id: nil, pledge_accepted: true, pledge_signature: name)
}

/// 10:00 in China on `iso` (a date the test counts from).
func chinaMorning(_ iso: String) -> Date {
    let formatter = ISO8601DateFormatter()
    return formatter.date(from: iso + "T10:00:00+08:00")!
}

func legalAidContext(_ app: Application, _ user: StaffUser?, on iso: String) async throws -> ActionContext {
    let doer = user.map { Doer(kind: "staff", id: $0.id, name: $0.displayName, requestID: "", ip: "") } ?? .system
    return ActionContext(now: chinaMorning(iso), doer: doer, secrets: app.secrets, settings: app.settings,
                         calendar: try await CalendarStore.current(on: app.db))
}

func legalAidApply(_ app: Application, _ input: LegalAidApplicationInput, by user: StaffUser?, on iso: String = "2026-11-02") async throws -> LegalAidApplication {
    let submitter: Submitter = if let user { .staff(try await principal(app, user)) } else { .citizen(citizenID: nil) }
    return try await LegalAidIntake.apply(input, submitter: submitter, context: try await legalAidContext(app, user, on: iso), on: app.db)
}

/// Performs a legal aid command as an officer (or the provider when `provider` is set, the system when no user).
@discardableResult
func legalAidAct(_ app: Application, _ application: LegalAidApplication, _ action: LegalAidAction, by user: StaffUser?, on iso: String,
                 provider: Bool = false, _ configure: (inout LegalAidStore.Command) -> Void = { _ in }) async throws -> LegalAidApplication {
    let current = try await LegalAidApplication.find(application.id, on: app.db)!
    var command = LegalAidStore.Command(action: action, version: current.version)
    configure(&command)
    let actor: LegalAidStore.Actor
    if let user {
        let staff = try await principal(app, user)
        actor = provider ? .provider(staff) : .officer(staff)
    } else {
        actor = .system
    }
    return try await LegalAidStore.perform(command, on: try current.requireID(), as: actor, context: try await legalAidContext(app, user, on: iso), on: app.db)
}

/// Marks the conflict check as seen, as the review page does before a decision.
func legalAidReviewed(_ app: Application, _ application: LegalAidApplication, by user: StaffUser, on iso: String) async throws {
    let current = try await LegalAidApplication.find(application.id, on: app.db)!
    _ = try await LegalAidCaseWork.review(try current.requireID(), materials: ["身份证明"], conflictChecked: true, version: current.version,
                                          context: try await legalAidContext(app, user, on: iso), on: app.db)
}
