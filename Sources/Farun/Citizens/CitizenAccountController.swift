import Fluent
import FarunCore
import Vapor

/// Optional citizen accounts (phone + password). The phone is encrypted at rest and found by keyed hash.
enum CitizenAccountController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .citizenSignUp, access: .everyone, use: showSignUp)
        routes.on(.POST, .citizenSignUp, access: .everyone, use: signUp)
        routes.on(.GET, .citizenSignIn, access: .everyone, use: showSignIn)
        routes.on(.POST, .citizenSignIn, access: .everyone, use: signIn)
        routes.on(.POST, .citizenSignOut, access: .citizen, use: signOut)
        routes.on(.GET, .citizenHome, access: .citizen, use: home)
    }

    @Sendable static func showSignUp(req: Request) async throws -> PageResponse {
        PageResponse(html: CitizenSignUpPage.View(model: .init(phone: "", displayName: "", problems: []), context: req.pageContext).document())
    }

    @Sendable static func signUp(req: Request) async throws -> Response {
        try await RateLimiter.signInAttempt(on: req)
        let phoneInput = req.formValue("phone") ?? ""
        let name = req.formValue("display_name") ?? ""
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        let confirm = (try? req.content.get(String.self, at: "confirm_password")) ?? ""
        var problems: [FieldProblem] = []
        let phone = try? PhoneNumber.normalizeMobile(phoneInput)
        if phone == nil { problems.append(.init(field: "phone", message: .validationMobile)) }
        if name.count > 40 { problems.append(.init(field: "display_name", message: .validationTooLong, args: ["40"])) }
        problems += PasswordRules.problems(new: password, confirm: confirm, username: phone ?? "").map {
            FieldProblem(field: $0.field == "new_password" ? "password" : $0.field, message: $0.message, args: $0.args)
        }
        let hash = phone.map { req.secrets.lookupHash($0) }
        if let hash, try await Citizen.query(on: req.db).filter(\.$phoneHash == hash).count() > 0 {
            problems.append(.init(field: "phone", message: .citizenPhoneTaken))
        }
        guard problems.isEmpty, let phone, let hash else {
            let model = CitizenSignUpPage.Model(phone: phoneInput, displayName: name, problems: problems)
            return try await PageResponse(html: CitizenSignUpPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
        let citizen = Citizen()
        citizen.phoneCipher = try req.secrets.encrypt(phone)
        citizen.phoneHash = hash
        citizen.displayName = name
        citizen.passwordHash = try await req.application.hashPassword(password)
        citizen.failedSignIns = 0
        let response = req.seeOther(.citizenHome)
        try await req.db.transaction { db in
            try await citizen.create(on: db)
            try await Audit.record("citizen.sign_up", target: "citizen", id: citizen.id, regionPath: nil, by: req, on: db)
        }
        try await SignIn.startSession(citizenID: try citizen.requireID(), on: req, response: response)
        return response
    }

    @Sendable static func showSignIn(req: Request) async throws -> PageResponse {
        PageResponse(html: CitizenSignInPage.View(model: .init(phone: "", error: nil, next: req.queryValue("next")), context: req.pageContext).document())
    }

    @Sendable static func signIn(req: Request) async throws -> Response {
        try await RateLimiter.signInAttempt(on: req)
        let phoneInput = req.formValue("phone") ?? ""
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        let l = req.l10n
        func fail(_ message: String, _ status: HTTPResponseStatus) async throws -> Response {
            try await PageResponse(html: CitizenSignInPage.View(model: .init(phone: phoneInput, error: message, next: req.formValue("next")), context: req.pageContext).document(), status: status)
                .encodeResponse(for: req)
        }
        guard password.utf8.count <= SignIn.maximumPasswordBytes, let phone = try? PhoneNumber.normalizeMobile(phoneInput),
              let citizen = try await Citizen.query(on: req.db).filter(\.$phoneHash == req.secrets.lookupHash(phone)).first()
        else { return try await fail(l(.signInInvalid), .unauthorized) }
        let wasLocked = (citizen.lockedUntil ?? .distantPast) > req.now
        let outcome = try await SignIn.attempt(citizen, password: password, on: req)
        if !wasLocked { try await citizen.save(on: req.db) }
        guard outcome == .success else { return try await fail(outcome.message(l), outcome == .invalid ? .unauthorized : .locked) }
        let response = req.redirect(to: SignIn.safeNext(req.formValue("next"), fallback: .citizenHome))
        try await SignIn.startSession(citizenID: try citizen.requireID(), on: req, response: response)
        return response
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        let response = req.seeOther(.home)
        try await SignIn.endSession(on: req, response: response)
        return response
    }

    @Sendable static func home(req: Request) async throws -> PageResponse {
        guard let principal = req.citizen, let citizen = try await Citizen.find(principal.id, on: req.db) else { throw AppError.unauthenticated }
        let phone = (try? req.secrets.decrypt(citizen.phoneCipher)) ?? ""
        let model = CitizenHomePage.Model(displayName: citizen.displayName, maskedPhone: PhoneNumber.mask(phone))
        return PageResponse(html: CitizenHomePage.View(model: model, context: req.pageContext).document())
    }
}
