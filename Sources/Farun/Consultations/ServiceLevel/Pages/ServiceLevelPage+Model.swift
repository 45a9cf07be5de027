import FarunCore
import Foundation

/// 快解答服务时效 — per China day and region: answered within 10 minutes, median first answer, share with at least
/// N lawyers, median follow-up response, and each lawyer's figures, for a period and region in the viewer's scope.
enum ServiceLevelPage {
    struct Model: Sendable {
        var from: String
        var to: String
        var regionID: String
        var levels: String
        var requiredLawyers: String
        var regions: [Forms.Option]
        var problems: [FieldProblem]
        /// Nil when the query was refused.
        var report: ServiceLevelQueries.Report?

        /// The CSV link with the same query.
        var csvPath: String {
            SiteURL.consultationServiceLevelCSV.path(query: [("from", from), ("to", to), ("region_id", regionID), ("levels", levels),
                                                             ("n", requiredLawyers)])
        }

        static var mock: Model {
            // Two days in 古县's two towns: hand-made consultations with known times.
            let county = Region(), town = Region()
            county.id = 1; county.name = "古县"; county.path = "/1/"
            town.id = 2; town.name = "岳阳镇"; town.path = "/1/2/"
            let period = ChinaPeriod(day: LocalDate(year: 2026, month: 11, day: 26)!)
            let query = ServiceLevelQueries.Query(period: period, region: county, levels: 1, requiredLawyers: 3)
            // Built through the lifecycle, like real ones: answered after 4 min, a follow-up replied to after 15 min.
            let asked = Date(timeIntervalSince1970: 1_795_658_400)
            let lawyer = ConsultationLawyer(key: "11", grants: [Grant(role: .lawyer, regionPath: county.regionPath)])
            var answered = Consultation(id: UUID(uuidString: "8F2B6C1E-4D0A-4E57-9C1B-2A7D3E5F6A10")!, askedAt: asked, regionPath: town.regionPath,
                                        field: .known(.labour))
            for event in [ConsultationEvent.answer(lawyer, at: asked.addingTimeInterval(240)), .followUp(lawyer: "11", at: asked.addingTimeInterval(600)),
                          .answer(lawyer, at: asked.addingTimeInterval(1500)), .rate(lawyer: "11", score: 5)] {
                answered = (try? ConsultationLifecycle.apply(event, to: answered)) ?? answered
            }
            let waiting = Consultation(id: UUID(uuidString: "1C0D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F")!, askedAt: asked.addingTimeInterval(60),
                                       regionPath: town.regionPath, field: .other)
            let figures = ServiceLevel.figures([answered, waiting], day: period.from, region: town.regionPath, now: asked.addingTimeInterval(3600))
            let report = ServiceLevelQueries.Report(query: query, rows: [figures], days: [figures], total: figures,
                                                    regionNames: ["/1/2/": "岳阳镇"], lawyerNames: ["11": "王明"])
            return Model(from: "2026-11-26", to: "2026-11-26", regionID: "1", levels: "1", requiredLawyers: "3",
                         regions: [.init(value: "1", label: "古县"), .init(value: "2", label: "古县 / 岳阳镇")], problems: [], report: report)
        }
    }
}
