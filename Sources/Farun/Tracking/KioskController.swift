import Fluent
import FarunCore
import Vapor

/// 自助终端: a service point's kiosk. The point must be open; its region and the point itself go on every order.
enum KioskController {
    static let channels: Set<WorkOrderChannel> = [.kiosk]

    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .kiosk(.routeParameter), access: .everyone, use: home)
        routes.on(.GET, .kioskService(.routeParameter, service: .routeParameter), access: .everyone, use: form)
        routes.on(.POST, .kioskService(.routeParameter, service: .routeParameter), access: .everyone, use: submit)
    }

    @Sendable static func home(req: Request) async throws -> PageResponse {
        let point = try await CitizenChoices.kioskPoint(try req.idParameter(), on: req.db)
        let services = try await CitizenChoices.services(for: channels, on: req.db).compactMap { entry in
            entry.id.map { KioskHomePage.Service(id: $0, name: entry.name(req.language)) }
        }
        let model = KioskHomePage.Model(pointID: try point.requireID(), pointName: point.name, services: services)
        return PageResponse(html: KioskHomePage.View(model: model, context: req.pageContext).document())
    }

    private static func load(_ req: Request) async throws -> (ServicePoint, CatalogEntry, ApplyIndexPage.Service) {
        let point = try await CitizenChoices.kioskPoint(try req.idParameter(), on: req.db)
        let entry = try await CitizenChoices.service(try req.idParameter("service"), for: channels, on: req.db)
        guard let service = ApplyIndexPage.service(entry, req.language) else { throw AppError.notFound(.catalogEntity) }
        return (point, entry, service)
    }

    @Sendable static func form(req: Request) async throws -> PageResponse {
        let (point, _, service) = try await load(req)
        let model = KioskFormPage.Model(pointID: try point.requireID(), pointName: point.name, service: service, values: .fresh(), problems: [])
        return PageResponse(html: KioskFormPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func submit(req: Request) async throws -> PageResponse {
        let (point, entry, service) = try await load(req)
        let pointID = try point.requireID()
        var values = CitizenIntakeValues.read(req)
        values.regionID = String(point.$region.id)
        let place = CitizenIntake.Place(regionID: point.$region.id, servicePointID: pointID, allowedRegionIDs: nil)
        switch try await CitizenIntake.submit(values, service: entry, channel: .kiosk, place: place, upload: nil, req: req) {
        case .invalid(let problems):
            if !Idempotency.isValid(values.token) { values.token = Tokens.random() }
            let model = KioskFormPage.Model(pointID: pointID, pointName: point.name, service: service, values: values, problems: problems)
            return PageResponse(html: KioskFormPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
        case .submitted(let order):
            let model = KioskDonePage.Model(pointID: pointID, pointName: point.name,
                                            receipt: .from(order, service: entry, language: req.language))
            return PageResponse(html: KioskDonePage.View(model: model, context: req.pageContext).document())
        }
    }
}
