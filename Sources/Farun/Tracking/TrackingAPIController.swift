import Fluent
import FarunCore
import Vapor

/// Tracking and rating for apps and mini-programs: number and phone in every call, the same limits and the
/// same uniform 404 as the pages.
enum TrackingAPIController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.POST, .api(.track), access: .everyone,
                  doc: .init(summary: "Track an order by its number and the requester's phone (rate-limited; a wrong phone and an unknown number both answer 404)",
                             tag: "tracking", requestSchema: "TrackRequest", responseSchema: "Track"), use: track)
        routes.on(.POST, .api(.trackRating), access: .everyone,
                  doc: .init(summary: "Rate a resolved order (once): closes it; 不满意 opens a call-back for the unit head",
                             tag: "tracking", requestSchema: "TrackRatingRequest", responseSchema: "Track", successStatus: 201), use: rate)
    }

    private static func find(_ number: String, _ phone: String, req: Request) async throws -> WorkOrder {
        try await TrackingLookup.countAttempt(number: number, on: req)
        guard let order = try await TrackingLookup.find(number: number, phone: phone, secrets: req.secrets, on: req.db) else {
            throw AppError.notFound(.workOrderEntity)
        }
        return order
    }

    @Sendable static func track(req: Request) async throws -> TrackDTO {
        let body = try req.content.decode(TrackRequestDTO.self)
        let order = try await find(body.number, body.phone, req: req)
        return TrackDTO(try await TrackingModel.build(order, l: req.l10n, on: req.db))
    }

    @Sendable static func rate(req: Request) async throws -> Response {
        let body = try req.content.decode(TrackRatingRequestDTO.self)
        let order = try await find(body.number, body.phone, req: req)
        guard let score = RatingScore(rawValue: body.score) else { throw AppError.validation([.init(field: "score", message: .trackScoreRequired)]) }
        let context = try await ActionContext.from(req, doer: .requester(req))
        let closed = try await CitizenActions.rate(try order.requireID(), score: score, comment: body.comment ?? "", context: context, on: req.db)
        return try await TrackDTO(try await TrackingModel.build(closed, l: req.l10n, on: req.db)).encodeResponse(status: .created, for: req)
    }
}
