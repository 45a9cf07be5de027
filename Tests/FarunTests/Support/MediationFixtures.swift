import FarunCore
import Fluent
import Foundation
import Vapor
@testable import Farun

/// Town A's mediation committee (claim queue, two mediators), a village mediation point and a law room, a window
/// clerk in town A and the county head; PEOPLES_MEDIATION routed to the committee.
struct MediationDesk {
    let j: Jurisdiction
    let clerk: StaffUser
    let head: StaffUser
    let mediator1: StaffUser
    let mediator2: StaffUser
    let committee: HandlingUnit
    let point: ServicePoint
    let lawRoom: ServicePoint

    /// 2026-09-01 10:00 in China: an agreement signed today may apply for judicial confirmation until 2026-10-08
    /// (day 30 is 2026-10-01, in the National Day holiday).
    static let now = Date(timeIntervalSince1970: 1_788_228_000)

    static func make(_ app: Application) async throws -> MediationDesk {
        let j = try await Jurisdiction.make(on: app.db)
        let clerk = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
        let head = try await makeStaff(app, "head", [(.judicialOfficeStaff, j.county)])
        let m1 = try await makeStaff(app, "mediator.1", [(.mediator, j.townA)], name: "赵调解")
        let m2 = try await makeStaff(app, "mediator.2", [(.mediator, j.townA)], name: "钱调解")
        let committee = try await makeUnit(app, "岳阳镇人民调解委员会", in: j.townA, strategy: .claim, head: head, members: [(m1, 5), (m2, 5)])
        try await makeRule(app, service: "PEOPLES_MEDIATION", in: j.townA, unit: committee)
        let point = try await makeServicePoint(app, name: "偏涧村人民调解室", in: j.villageA, kind: .mediationPoint)
        let lawRoom = try await makeServicePoint(app, name: "偏涧村法律服务室", in: j.villageA, kind: .lawRoom)
        return MediationDesk(j: j, clerk: clerk, head: head, mediator1: m1, mediator2: m2, committee: committee, point: point, lawRoom: lawRoom)
    }

    /// A neighbour dispute at the village point, both parties agreeing.
    func input(type: String = "neighbour", amount: String? = "2000", channel: String = "window",
               respondentConsent: String = "agrees", acceptNow: Bool? = true) -> DisputeIntakeInput {
        DisputeIntakeInput(
            channel: channel, regionID: j.villageA.id, servicePointID: point.id, disputeType: type, urgency: "normal", amount: amount,
            summary: "楼上卫生间漏水，楼下墙面受损，协商无果。",
            parties: [
                .init(role: "applicant", name: "李桂兰", phone: "13835700004", residentID: "11010519491231002X", address: "偏涧村3组12号", consent: "agrees"),
                .init(role: "respondent", name: "王强", phone: "13912345678", residentID: nil, address: "偏涧村3组14号", consent: respondentConsent),
            ],
            acceptNow: acceptNow)
    }

    func context(_ app: Application, _ user: StaffUser?) async throws -> ActionContext {
        let doer = user.map { Doer(kind: "staff", id: $0.id, name: $0.displayName, requestID: "", ip: "") } ?? .system
        return ActionContext(now: app.clock.now(), doer: doer, secrets: app.secrets, settings: app.settings,
                             calendar: try await CalendarStore.current(on: app.db))
    }

    /// Registers through the one intake path, as the clerk (or a citizen online when `by` is nil).
    func register(_ app: Application, _ input: DisputeIntakeInput, by user: StaffUser?) async throws -> MediationCase {
        let submitter: Submitter = if let user { .staff(try await principal(app, user)) } else { .citizen(citizenID: nil) }
        let draft = try await MediationIntake.validate(input, submitter: submitter, on: app.db).get()
        return try await MediationIntake.submit(draft, submitter: submitter, context: try await context(app, user), on: app.db).1
    }

    func fresh(_ app: Application, _ record: MediationCase) async throws -> MediationCase {
        try await MediationCase.find(record.id, on: app.db)!
    }

    @discardableResult
    func claim(_ app: Application, _ record: MediationCase, by user: StaffUser) async throws -> MediationCase {
        let current = try await fresh(app, record)
        return try await MediationStore.assign(current.requireID(), version: current.version, mediatorID: user.requireID(), declaration: .init(),
                                               by: try await principal(app, user), context: try await context(app, user), on: app.db)
    }

    @discardableResult
    func session(_ app: Application, _ record: MediationCase, by user: StaffUser) async throws -> MediationCase {
        let current = try await fresh(app, record)
        let session = MediationSessionRecord(mode: .inPerson, at: app.clock.now().addingTimeInterval(-3600), place: "偏涧村人民调解室",
                                             participants: ["李桂兰", "王强"], notes: "双方陈述事实，同意协商维修。")
        return try await MediationStore.recordSession(current.requireID(), version: current.version, session, by: try await principal(app, user),
                                                      context: try await context(app, user), on: app.db)
    }

    static let completeAgreement = MediationStore.AgreementInput(
        form: .written, committeeName: "岳阳镇人民调解委员会", facts: "楼上卫生间漏水致楼下墙面受损", issues: "维修责任与赔偿数额",
        responsibilities: "王强承担维修责任", terms: "王强赔偿李桂兰2000元并负责维修", performanceManner: "现金一次性支付",
        performanceDeadline: LocalDate("2026-09-30"))

    @discardableResult
    func draft(_ app: Application, _ record: MediationCase, by user: StaffUser, _ input: MediationStore.AgreementInput = completeAgreement) async throws -> MediationCase {
        let current = try await fresh(app, record)
        return try await MediationStore.draftAgreement(current.requireID(), version: current.version, input, by: try await principal(app, user),
                                                       context: try await context(app, user), on: app.db)
    }

    @discardableResult
    func sign(_ app: Application, _ record: MediationCase, by user: StaffUser, _ kind: SignatoryKind, party: Int? = nil,
              method: SignatureMethod = .handwritten) async throws -> MediationCase {
        let current = try await fresh(app, record)
        let signature = AgreementSignature(kind: kind, partyIndex: party, method: method, on: LocalDate.inChina(app.clock.now()))
        return try await MediationStore.sign(current.requireID(), version: current.version, signature, by: try await principal(app, user),
                                             context: try await context(app, user), on: app.db)
    }

    /// Claims, holds a session, drafts and collects every signature: the agreement takes effect today.
    func agree(_ app: Application, _ record: MediationCase, by user: StaffUser) async throws -> MediationCase {
        try await claim(app, record, by: user)
        try await session(app, record, by: user)
        try await draft(app, record, by: user)
        try await sign(app, record, by: user, .party, party: 0)
        try await sign(app, record, by: user, .party, party: 1, method: .fingerprint)
        try await sign(app, record, by: user, .mediator)
        return try await sign(app, record, by: user, .committeeSeal, method: .seal)
    }
}
