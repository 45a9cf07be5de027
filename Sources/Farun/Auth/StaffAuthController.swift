import Fluent
import FarunCore
import Vapor

/// Staff sign-in, sign-out (here or everywhere) and password change.
enum StaffAuthController {
    static func register(_ routes: any RoutesBuilder) {
        routes.on(.GET, .staffSignIn, access: .everyone, use: showSignIn)
        routes.on(.POST, .staffSignIn, access: .everyone, use: signIn)
        routes.on(.POST, .staffSignOut, access: .staff(.useStaffArea), use: signOut)
        routes.on(.POST, .staffSignOutEverywhere, access: .staff(.useStaffArea), use: signOutEverywhere)
        routes.on(.GET, .staffPassword, access: .staff(.useStaffArea), use: showPassword)
        routes.on(.POST, .staffPassword, access: .staff(.useStaffArea), use: changePassword)
    }

    @Sendable static func showSignIn(req: Request) async throws -> Response {
        if req.staff != nil { return req.redirect(to: SiteURL.staffHome.path) }
        let model = StaffSignInPage.Model(username: "", next: req.queryValue("next"), error: nil)
        return try await PageResponse(html: StaffSignInPage.View(model: model, context: req.pageContext).document()).encodeResponse(for: req)
    }

    @Sendable static func signIn(req: Request) async throws -> Response {
        try await RateLimiter.signInAttempt(on: req)
        let username = req.formValue("username") ?? ""
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        let next = req.formValue("next")
        let (outcome, user) = try await SignIn.staff(username: username, password: password, on: req)
        let l = req.l10n
        switch outcome {
        case .success:
            guard let user else { throw AppError.unauthenticated }
            let target = user.mustChangePassword ? SiteURL.staffPassword.path : SignIn.safeNext(next, fallback: .staffHome)
            let response = req.redirect(to: target)
            try await SignIn.startSession(staffID: try user.requireID(), on: req, response: response)
            try await Audit.record("staff.sign_in", target: "staff_user", id: user.id, regionPath: nil,
                                   detail: ["username": user.username], by: req, on: req.db)
            return response
        case .invalid, .locked:
            let model = StaffSignInPage.Model(username: username, next: next, error: outcome.message(l))
            return try await PageResponse(html: StaffSignInPage.View(model: model, context: req.pageContext).document(),
                                          status: outcome == .invalid ? .unauthorized : .locked).encodeResponse(for: req)
        }
    }

    @Sendable static func signOut(req: Request) async throws -> Response {
        let response = req.seeOther(.staffSignIn)
        try await Audit.record("staff.sign_out", target: "staff_user", id: req.staff?.id, regionPath: nil, by: req, on: req.db)
        try await SignIn.endSession(on: req, response: response)
        return response
    }

    @Sendable static func signOutEverywhere(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let response = req.seeOther(.staffSignIn)
        try await BrowserSession.query(on: req.db).filter(\.$staffUser.$id == staff.id).delete()
        try await Audit.record("staff.sign_out_everywhere", target: "staff_user", id: staff.id, regionPath: nil, by: req, on: req.db)
        try await SignIn.endSession(on: req, response: response)
        return response
    }

    @Sendable static func showPassword(req: Request) async throws -> PageResponse {
        let staff = try req.requireStaff(.useStaffArea)
        let model = PasswordPage.Model(forced: staff.mustChangePassword, problems: [])
        return PageResponse(html: PasswordPage.View(model: model, context: req.pageContext).document())
    }

    @Sendable static func changePassword(req: Request) async throws -> Response {
        let staff = try req.requireStaff(.useStaffArea)
        let current = (try? req.content.get(String.self, at: "current_password")) ?? ""
        let new = (try? req.content.get(String.self, at: "new_password")) ?? ""
        let confirm = (try? req.content.get(String.self, at: "confirm_password")) ?? ""
        guard let user = try await StaffUser.find(staff.id, on: req.db) else { throw AppError.unauthenticated }
        var problems: [FieldProblem] = []
        if try await !req.application.verifyPassword(current, hash: user.passwordHash) {
            problems.append(.init(field: "current_password", message: .passwordCurrentWrong))
        }
        problems += PasswordRules.problems(new: new, confirm: confirm, username: user.username)
        if problems.isEmpty && new == current {
            problems.append(.init(field: "new_password", message: .passwordMustDiffer))
        }
        guard problems.isEmpty else {
            let model = PasswordPage.Model(forced: staff.mustChangePassword, problems: problems)
            return try await PageResponse(html: PasswordPage.View(model: model, context: req.pageContext).document(), status: .unprocessableEntity)
                .encodeResponse(for: req)
        }
        let hash = try await req.application.hashPassword(new)
        try await req.db.transaction { db in
            user.passwordHash = hash
            user.mustChangePassword = false
            user.passwordChangedAt = req.now
            try await user.save(on: db)
            // Other sessions of this person end: a changed password locks out whoever knew the old one.
            try await BrowserSession.query(on: db).filter(\.$staffUser.$id == staff.id)
                .filter(\.$id != (req.browserSession?.id ?? "")).delete()
            try await Audit.record("staff.password_changed", target: "staff_user", id: staff.id, regionPath: nil, by: req, on: db)
        }
        return req.redirect(to: SiteURL.staffHome.path(query: [("done", "password")]))
    }
}

enum PasswordRules {
    static func problems(new: String, confirm: String, username: String) -> [FieldProblem] {
        var problems = PasswordPolicy.problems(password: new, username: username).map {
            FieldProblem(field: "new_password", message: L.passwordProblem($0), args: [String(PasswordPolicy.minimumLength), String(PasswordPolicy.maximumLength)])
        }
        if new != confirm { problems.append(.init(field: "confirm_password", message: .passwordConfirmMismatch)) }
        return problems
    }
}
