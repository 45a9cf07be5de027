import Fluent
import FarunCore
import Vapor

/// 满意度统计 for the bureau: ratings in the viewer's regions, by unit and by service, with call-backs.
enum SatisfactionController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .satisfaction, access: .staff(.viewStatistics), use: page)
    }

    @Sendable static func page(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.viewStatistics)
        let today = LocalDate.inChina(req.now)
        var problems: [FieldProblem] = []
        func day(_ name: String, default value: LocalDate) -> LocalDate {
            guard let text = req.queryValue(name) else { return value }
            guard let parsed = LocalDate(text) else { problems.append(.init(field: name, message: .deadlineDateInvalid)); return value }
            return parsed
        }
        var from = day("from", default: today.adding(days: -29))
        var to = day("to", default: today)
        if from > to {
            problems.append(.init(field: "from", message: .satisfactionRangeInvalid))
            (from, to) = (to, from)
        }
        let items = try await SatisfactionQueries.items(scopes: staff.scopes(for: .viewStatistics), from: from, to: to, on: req.db)
        let report = SatisfactionQueries.aggregate(items)
        let l = req.l10n
        let unitIDs = report.byUnit.keys.compactMap { $0 }
        let units = unitIDs.isEmpty ? [:] : Dictionary(try await HandlingUnit.query(on: req.db).filter(\.$id ~~ unitIDs).all().map { ($0.id ?? 0, $0.name) },
                                                       uniquingKeysWith: { a, _ in a })
        let services = try await WorkOrderQueries.serviceNames(on: req.db)
        func row(_ label: String, _ group: SatisfactionQueries.Group) -> SatisfactionPage.Row {
            .init(label: label, tally: group.tally, openCallbacks: group.openCallbacks, doneCallbacks: group.doneCallbacks)
        }
        func ordered(_ rows: [SatisfactionPage.Row]) -> [SatisfactionPage.Row] {
            rows.sorted { ($0.tally.total, $1.label) > ($1.tally.total, $0.label) }
        }
        let model = SatisfactionPage.Model(
            from: from.description, to: to.description,
            byUnit: ordered(report.byUnit.map { id, group in row(id.flatMap { units[$0] } ?? l(.satisfactionNoUnit), group) }),
            byService: ordered(report.byService.map { code, group in row(services[code]?.name(req.language) ?? code, group) }),
            total: row(l(.satisfactionTotal), report.total), problems: problems)
        return PageResponse(html: SatisfactionPage.View(model: model, context: req.pageContext).document())
    }
}
