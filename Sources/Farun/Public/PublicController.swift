import Fluent
import FarunCore
import Vapor

/// Pages anyone can open: home, service-point finder, professionals directory, language switch, assets.
enum PublicController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .home, access: .everyone, use: home)
        routes.on(.GET, .language, access: .everyone, use: language)
        routes.on(.GET, .asset("*"), access: .everyone, use: asset)
        routes.on(.GET, .servicePoints, access: .everyone, use: servicePoints)
        routes.on(.GET, .servicePoint(.routeParameter), access: .everyone, use: servicePoint)
        routes.on(.GET, .professionals, access: .everyone, use: professionals)
        routes.on(.GET, .professional(.routeParameter), access: .everyone, use: professional)
    }

    @Sendable static func home(req: Request) async throws -> PageResponse {
        let points = try await ServicePoint.query(on: req.db).filter(\.$closedAt == nil).count()
        let pros = try await ProfessionalProfile.query(on: req.db).filter(\.$isPublic == true).count()
        return PageResponse(html: HomePage.View(model: .init(servicePointCount: points, professionalCount: pros), context: req.pageContext).document())
    }

    @Sendable static func language(req: Request) async throws -> Response {
        let chosen = req.queryValue("to").flatMap(Language.init(rawValue:)) ?? .zhHans
        let response = req.redirect(to: SignIn.safeNext(req.queryValue("back"), fallback: .home))
        response.cookies[LanguageController.cookie] = req.application.cookie(chosen.rawValue, maxAge: 365 * 24 * 3600)
        return response
    }

    @Sendable static func asset(req: Request) async throws -> Response {
        let name = req.parameters.getCatchall().joined(separator: "/")
        guard let asset = Assets.named(name) else { throw AppError.notFound(.thingPage) }
        var headers = HTTPHeaders()
        headers.contentType = asset.contentType
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: asset.body))
    }

    /// Top regions to filter by: the root and its direct children (towns).
    static func regionFilterOptions(on db: any Database) async throws -> [Forms.Option] {
        guard let root = try await RegionQueries.root(on: db), let rootID = root.id else { return [] }
        let towns = try await Region.query(on: db).filter(\.$parent.$id == rootID).filter(\.$retiredAt == nil).sort(\.$code).sort(\.$name).all()
        return [Forms.Option(value: String(rootID), label: root.name)] + towns.compactMap { t in t.id.map { .init(value: String($0), label: "— " + t.name) } }
    }

    @Sendable static func servicePoints(req: Request) async throws -> PageResponse {
        var filter = ServicePointQueries.Filter(text: req.queryValue("q").map { String($0.prefix(60)) },
                                                kind: req.queryValue("kind").flatMap(ServicePointKind.init(rawValue:)))
        let regionID = req.queryValue("region").flatMap(Int.init)
        if let regionID, let region = try await Region.find(regionID, on: req.db) { filter.within = region.regionPath }
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 20)
        let (rows, info) = try await ServicePointQueries.search(filter, scopes: nil, page: page, on: req.db)
        let labels = try await RegionQueries.labels(for: rows.map(\.region), on: req.db)
        let model = ServicePointFinderPage.Model(
            points: rows.compactMap { p in p.id.map { ServicePointFinderPage.Card(id: $0, name: p.name, kind: p.kind, region: labels[p.$region.id] ?? p.region.name, address: p.address, openingHours: p.openingHours, capacity: p.capacity, phone: p.phone, notice: p.notice) } },
            page: info, query: filter.text ?? "", kind: filter.kind, regionID: regionID,
            regions: try await regionFilterOptions(on: req.db))
        return PageResponse(html: ServicePointFinderPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func servicePoint(req: Request) async throws -> PageResponse {
        let point = try await ServicePointQueries.find(try req.idParameter(), on: req.db)
        guard point.closedAt == nil else { throw AppError.notFound(.thingServicePoint) }
        let label = try await RegionQueries.labels(for: [point.region], on: req.db)[point.$region.id] ?? point.region.name
        let card = ServicePointFinderPage.Card(id: try point.requireID(), name: point.name, kind: point.kind, region: label, address: point.address,
                                               openingHours: point.openingHours, capacity: point.capacity, phone: point.phone, notice: point.notice)
        return PageResponse(html: ServicePointDetailPage.View(model: card, context: req.pageContext).document())
    }

    @Sendable static func professionals(req: Request) async throws -> PageResponse {
        let filter = ProfessionalQueries.Filter(
            text: req.queryValue("q").map { String($0.prefix(40)) }, specialty: req.queryValue("specialty").flatMap(LegalField.init(rawValue:)),
            profession: req.queryValue("profession").flatMap(StaffRole.init(rawValue:)).flatMap { $0.isLegalProfessional ? $0 : nil },
            regionID: req.queryValue("region").flatMap(Int.init))
        let page = PageRequest(page: req.queryValue("page").flatMap(Int.init), per: 20)
        let (rows, info) = try await ProfessionalQueries.search(filter, page: page, on: req.db)
        let model = ProfessionalDirectoryPage.Model(
            cards: try await ProfessionalQueries.cards(rows, on: req.db), page: info, filter: filter,
            regions: try await regionFilterOptions(on: req.db))
        return PageResponse(html: ProfessionalDirectoryPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func professional(req: Request) async throws -> PageResponse {
        let card = try await ProfessionalQueries.publicCard(try req.idParameter(), on: req.db)
        return PageResponse(html: ProfessionalProfilePage.View(model: card, context: req.pageContext).document())
    }
}

enum LanguageController {
    static let cookie = "farun_lang"
}
