import FarunCore

/// 法律援助督办: late and at-risk legal aid matters in the caller's regions, earliest due first, each with a 督办 form.
enum LegalAidSupervisionPage {
    struct Filter: Sendable {
        var region: String?
        var kind: String?
        var overdueOnly: Bool

        var query: [(String, String?)] { [("region_id", region), ("kind", kind), ("overdue_only", overdueOnly ? "1" : nil)] }
    }

    struct Model: Sendable {
        var filter: Filter
        var regions: [Forms.Option]
        var rows: [LegalAidSupervisionRowDTO]
        var page: PageInfo
        var done: Bool
        var problems: [FieldProblem]

        static var mock: Model {
            let calendar = WorkCalendar(entries: [], coveredYears: [2026])
            let day = { (iso: String) in LocalDate(iso)! }
            func row(_ id: Int, _ number: String, _ matter: LegalAidSupervision.Matter, provider: String = "") -> LegalAidSupervisionRowDTO {
                let finding = LegalAidSupervision.findings(matter, today: day("2026-11-20"), calendar: calendar)[0]
                return LegalAidSupervisionRowDTO(.init(applicationID: id, number: number, state: matter.state, regionID: 2, regionName: "岳阳镇",
                                                       providerName: provider, finding: finding))
            }
            return Model(
                filter: Filter(region: nil, kind: nil, overdueOnly: false), regions: [.init(value: "2", label: "岳阳镇")],
                rows: [
                    row(3, "141025100-20261102-0001", .init(state: .received, receivedOn: day("2026-11-02"))),
                    row(8, "141025100-20260901-0004", .init(state: .handling, receivedOn: day("2026-09-01"), assignedOn: day("2026-09-05"),
                                                            lastRecordedOn: day("2026-11-01"), hearings: [day("2026-11-10")]), provider: "李律师"),
                    row(5, "141025100-20261105-0002", .init(state: .granted, receivedOn: day("2026-11-05"), grantedOn: day("2026-11-12"))),
                ],
                page: PageInfo(request: PageRequest(page: 1, per: 30), total: 3), done: false, problems: [])
        }
    }
}
