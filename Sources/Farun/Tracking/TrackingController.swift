import Fluent
import FarunCore
import Vapor

/// Citizens: submission on a phone or kiosk, tracking by number and phone, rating. This file holds the
/// tracking pages; the other controllers of the feature register from here.
enum TrackingController {
    static func register(_ routes: any RoutesBuilder) {
        ApplyController.register(routes)
        KioskController.register(routes)
        TrackingAPIController.register(routes)
        SatisfactionController.register(routes)
        routes.on(.GET, .track, access: .everyone, use: form)
        routes.on(.POST, .track, access: .everyone, use: lookUp)
        routes.on(.GET, .trackOrder, access: .everyone, use: order)
        routes.on(.POST, .trackWithdraw, access: .everyone, use: withdraw)
        routes.on(.POST, .trackRate, access: .everyone, use: rate)
    }

    private static func formPage(_ req: Request, number: String, notice: TrackFormPage.Notice?, status: HTTPResponseStatus = .ok) -> Response {
        let html = TrackFormPage.View(model: .init(number: String(number.prefix(40)), notice: notice), context: req.pageContext).document()
        let response = Response(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: .init(string: html.render()))
        if status == .tooManyRequests { response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(TrackingLookup.window))) }
        return response
    }

    @Sendable static func form(req: Request) async throws -> Response {
        formPage(req, number: req.queryValue("number") ?? "", notice: req.queryValue("expired") == "1" ? .expired : nil)
    }

    /// Number and phone → a ticket cookie and the order page; any mismatch gets the one same answer.
    @Sendable static func lookUp(req: Request) async throws -> Response {
        let number = req.formValue("number") ?? ""
        do {
            try await TrackingLookup.countAttempt(number: number, on: req)
        } catch AppError.tooManyRequests {
            return formPage(req, number: number, notice: .tooManyAttempts(minutes: Int(TrackingLookup.window / 60)), status: .tooManyRequests)
        }
        guard let order = try await TrackingLookup.find(number: number, phone: req.formValue("phone") ?? "", secrets: req.secrets, on: req.db) else {
            return formPage(req, number: number, notice: .noMatch, status: .notFound)
        }
        let response = req.seeOther(.trackOrder)
        response.cookies[TrackingTicket.cookie] = TrackingTicket(orderID: try order.requireID(), phoneHash: order.requesterPhoneHash, now: req.now)
            .cookie(req.application, secrets: req.secrets)
        return response
    }

    /// Without a valid ticket: back to the form, saying so when a ticket was there but is no longer valid.
    private static func backToForm(_ req: Request) -> Response {
        let expired = req.cookies[TrackingTicket.cookie] != nil
        return req.redirect(to: SiteURL.track.path(query: [("expired", expired ? "1" : nil)]), redirectType: .normal)
    }

    @Sendable static func order(req: Request) async throws -> Response {
        guard let order = try await TrackingLookup.ticketed(req) else { return backToForm(req) }
        var model = try await TrackingModel.build(order, l: req.l10n, on: req.db)
        model.done = req.queryValue("done").flatMap(TrackOrderPage.Done.init(rawValue:))
        return try await PageResponse(html: TrackOrderPage.View(model: model, context: req.pageContext).document()).encodeResponse(for: req)
    }

    /// First the confirmation step, then (with confirm=yes) the withdrawal itself.
    @Sendable static func withdraw(req: Request) async throws -> Response {
        guard let order = try await TrackingLookup.ticketed(req) else { return backToForm(req) }
        let version = req.formValue("version").flatMap(Int.init) ?? order.version
        guard req.formValue("confirm") == "yes" else {
            let page = TrackWithdrawPage.View(model: .init(number: order.number, version: version), context: req.pageContext).document()
            return try await PageResponse(html: page).encodeResponse(for: req)
        }
        let context = try await ActionContext.from(req, doer: .requester(req))
        _ = try await CitizenActions.withdraw(try order.requireID(), version: version, context: context, on: req.db)
        return req.redirect(to: SiteURL.trackOrder.path(query: [("done", TrackOrderPage.Done.withdrawn.rawValue)]), redirectType: .normal)
    }

    @Sendable static func rate(req: Request) async throws -> Response {
        guard let order = try await TrackingLookup.ticketed(req) else { return backToForm(req) }
        let scoreText = req.formValue("score") ?? ""
        let comment = req.formValue("comment") ?? ""
        do {
            guard let score = RatingScore(rawValue: scoreText) else { throw AppError.validation([.init(field: "score", message: .trackScoreRequired)]) }
            let context = try await ActionContext.from(req, doer: .requester(req))
            _ = try await CitizenActions.rate(try order.requireID(), score: score, comment: comment, context: context, on: req.db)
        } catch let error as AppError where !error.fieldProblems.isEmpty {
            var model = try await TrackingModel.build(order, l: req.l10n, on: req.db)
            model.score = scoreText
            model.comment = comment
            model.problems = error.fieldProblems
            return try await PageResponse(html: TrackOrderPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
        return req.redirect(to: SiteURL.trackOrder.path(query: [("done", TrackOrderPage.Done.rated.rawValue)]), redirectType: .normal)
    }
}
