import Fluent
import FarunCore
import Vapor

/// 在线申请 on a phone or computer: the services that may be started online, the form, the confirmation.
enum ApplyController {
    static let channels: Set<WorkOrderChannel> = [.web, .mobileWeb]

    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .apply, access: .everyone, use: index)
        routes.on(.GET, .applyService(.routeParameter), access: .everyone, use: form)
        routes.on(.POST, .applyService(.routeParameter), access: .everyone, body: .collect(maxSize: "64mb"), use: submit)
    }

    @Sendable static func index(req: Request) async throws -> PageResponse {
        let services = try await CitizenChoices.services(for: channels, on: req.db).compactMap { ApplyIndexPage.service($0, req.language) }
        return PageResponse(html: ApplyIndexPage.View(model: .init(services: services), context: req.pageContext).document())
    }

    private static func page(_ req: Request, _ entry: CatalogEntry, values: CitizenIntakeValues, problems: [FieldProblem],
                             status: HTTPResponseStatus = .ok) async throws -> PageResponse {
        guard let service = ApplyIndexPage.service(entry, req.language) else { throw AppError.notFound(.catalogEntity) }
        let model = ApplyFormPage.Model(service: service, values: values, problems: problems,
                                        regions: try await CitizenChoices.regionGroups(on: req.db),
                                        attachmentMegabytes: req.application.settings.attachmentMaxMegabytes)
        return PageResponse(html: ApplyFormPage.View(model: model, context: req.pageContext).document(), status: status)
    }

    @Sendable static func form(req: Request) async throws -> PageResponse {
        let entry = try await CitizenChoices.service(try req.idParameter(), for: channels, on: req.db)
        return try await page(req, entry, values: .fresh(), problems: [])
    }

    @Sendable static func submit(req: Request) async throws -> PageResponse {
        let entry = try await CitizenChoices.service(try req.idParameter(), for: channels, on: req.db)
        var values = CitizenIntakeValues.read(req)
        let groups = try await CitizenChoices.regionGroups(on: req.db)
        let channel = WorkOrderChannel.forBrowser(userAgent: req.headers.first(name: .userAgent))
        let place = CitizenIntake.Place(regionID: Int(values.regionID), servicePointID: nil, allowedRegionIDs: CitizenChoices.regionIDs(groups))
        switch try await CitizenIntake.submit(values, service: entry, channel: channel, place: place, upload: CitizenUpload.read(req), req: req) {
        case .invalid(let problems):
            // A missing or broken token gets a fresh one: the person only has to send the form again.
            if !Idempotency.isValid(values.token) { values.token = Tokens.random() }
            return try await page(req, entry, values: values, problems: problems, status: .unprocessableEntity)
        case .submitted(let order):
            let model = ApplyDonePage.Model.from(order, service: entry, language: req.language)
            return PageResponse(html: ApplyDonePage.View(model: model, context: req.pageContext).document())
        }
    }
}
