import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct SignInTests {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func correctPasswordStartsAnHttpOnlySessionStoredAsAHash() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            // act
            let response = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "clerk.a"), ("password", testPassword)])
            // check
            #expect(response.status == .seeOther)
            #expect(response.location == "/staff")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("farun_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.lowercased().contains("samesite=lax"))
            let token = try #require(Browser.sessionCookie(from: response))
            #expect(try await BrowserSession.find(token, on: app.db) == nil, "the raw token must not be the stored id")
            #expect(try await BrowserSession.find(Tokens.sha256(token), on: app.db) != nil)
            let home = try await Browser(sessionToken: token, csrf: "x").get(app, "/staff")
            #expect(home.status == .ok)
            #expect(try await auditCount(app, action: "staff.sign_in") == 1)
        }
    }

    @Test func wrongPasswordIsRefusedWithoutRevealingWhichPartWasWrong() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            // act
            let wrongPassword = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "clerk.a"), ("password", "nope")])
            let unknownUser = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "nobody"), ("password", "nope")])
            // check
            #expect(wrongPassword.status == .unauthorized)
            #expect(unknownUser.status == .unauthorized)
            #expect(wrongPassword.text.contains("用户名或密码不正确"))
            #expect(Browser.sessionCookie(from: wrongPassword) == nil)
            #expect(try await StaffUser.query(on: app.db).filter(\.$username == "clerk.a").first()?.failedSignIns == 1)
        }
    }

    @Test func repeatedFailuresLockTheAccountUntilTheLockoutEnds() async throws {
        for engine in TestEngine.available {
            var clock = FixedClock(Self.start)
            try await withApp(on: engine, clock: clock) { app in
                // setup
                let j = try await Jurisdiction.make(on: app.db)
                try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
                // act: five wrong passwords, then the right one
                for _ in 0..<5 {
                    _ = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "clerk.a"), ("password", "wrong-password")])
                }
                let whileLocked = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "clerk.a"), ("password", testPassword)])
                clock.advance(by: 16 * 60)
                app.clock = clock
                let afterLockout = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "clerk.a"), ("password", testPassword)])
                // check
                #expect(whileLocked.status == .locked)
                #expect(whileLocked.text.contains("已锁定"))
                #expect(Browser.sessionCookie(from: whileLocked) == nil)
                #expect(afterLockout.status == .seeOther)
                #expect(try await auditCount(app, action: "staff.locked") == 1)
            }
        }
    }

    @Test func aForgedOrMissingCsrfTokenChangesNothing() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)])
            let browser = try await Browser.signedIn(app, admin)
            // act
            let forged = try await browser.post(app, "/admin/regions/\(j.townA.id!)", [("name", "伪造")], forged: true)
            let missing = try await browser.post(app, "/admin/regions/\(j.townA.id!)", [("name", "伪造")], csrf: false)
            let anonymousForged = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "admin"), ("password", testPassword)], forged: true)
            // check
            #expect(forged.status == .forbidden)
            #expect(missing.status == .forbidden)
            #expect(anonymousForged.status == .forbidden)
            #expect(forged.text.contains("表单已过期"))
            #expect(try await Region.find(j.townA.id, on: app.db)?.name == "岳阳镇")
        }
    }

    @Test func oneTimePasswordMustBeChangedBeforeAnythingElse() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let user = try await makeStaff(app, "admin", [(.bureauAdmin, j.county)], password: "OneTime-Pass-7", mustChange: true)
            let browser = try await Browser.signedIn(app, user)
            // act
            let regions = try await browser.get(app, "/admin/regions")
            let api = try await apiRequest(app, .GET, "/api/v1/regions", browser: browser)
            let weak = try await browser.post(app, "/staff/password", [("current_password", "OneTime-Pass-7"), ("new_password", "short"), ("confirm_password", "short")])
            let mismatch = try await browser.post(app, "/staff/password", [("current_password", "OneTime-Pass-7"), ("new_password", "Better-Pass-2026"), ("confirm_password", "Other-Pass-2026")])
            let wrongCurrent = try await browser.post(app, "/staff/password", [("current_password", "guess"), ("new_password", "Better-Pass-2026"), ("confirm_password", "Better-Pass-2026")])
            let stillForced = try await StaffUser.find(user.id, on: app.db)?.mustChangePassword
            let changed = try await browser.post(app, "/staff/password", [("current_password", "OneTime-Pass-7"), ("new_password", "Better-Pass-2026"), ("confirm_password", "Better-Pass-2026")])
            let regionsAfter = try await browser.get(app, "/admin/regions")
            // check
            #expect(regions.status == .seeOther)
            #expect(regions.location == "/staff/password")
            #expect(api.status == .forbidden)
            #expect(weak.status == .unprocessableEntity)
            #expect(weak.text.contains("密码至少需要 10 位"))
            #expect(mismatch.text.contains("两次输入的新密码不一致"))
            #expect(wrongCurrent.text.contains("当前密码不正确"))
            #expect(stillForced == true)
            #expect(changed.status == .seeOther)
            #expect(regionsAfter.status == .ok)
            let saved = try #require(try await StaffUser.find(user.id, on: app.db))
            #expect(saved.mustChangePassword == false)
            #expect(try await app.verifyPassword("Better-Pass-2026", hash: saved.passwordHash))
        }
    }

    @Test func changingThePasswordEndsTheOtherSessions() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let user = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            let here = try await Browser.signedIn(app, user)
            let elsewhere = try await Browser.signedIn(app, user)
            // act
            let changed = try await here.post(app, "/staff/password", [("current_password", testPassword), ("new_password", "Newer-Pass-2026"), ("confirm_password", "Newer-Pass-2026")])
            // check
            #expect(changed.status == .seeOther)
            #expect(try await here.get(app, "/staff").status == .ok)
            #expect(try await elsewhere.get(app, "/staff").status == .seeOther)
        }
    }

    @Test func signOutEverywhereEndsEverySessionOfThePerson() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let user = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            let other = try await makeStaff(app, "clerk.b", [(.windowClerk, j.townB)])
            let phone = try await Browser.signedIn(app, user)
            let desk = try await Browser.signedIn(app, user)
            let colleague = try await Browser.signedIn(app, other)
            // act
            let response = try await desk.post(app, "/staff/sign-out-everywhere", [])
            // check
            #expect(response.status == .seeOther)
            #expect(try await phone.get(app, "/staff").status == .seeOther)
            #expect(try await desk.get(app, "/staff").status == .seeOther)
            #expect(try await colleague.get(app, "/staff").status == .ok)
            #expect(try await BrowserSession.query(on: app.db).filter(\.$staffUser.$id == user.requireID()).count() == 0)
        }
    }

    @Test func anExpiredSessionSendsTheBrowserBackToSignIn() async throws {
        for engine in TestEngine.available {
            var clock = FixedClock(Self.start)
            try await withApp(on: engine, clock: clock) { app in
                // setup
                let j = try await Jurisdiction.make(on: app.db)
                let user = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
                let browser = try await Browser.signedIn(app, user)
                // act
                clock.advance(by: 2 * 3600)
                app.clock = clock
                let response = try await browser.get(app, "/staff")
                // check
                #expect(response.status == .seeOther)
                #expect(response.location?.hasPrefix("/staff/sign-in") == true)
                #expect(try await BrowserSession.query(on: app.db).count() == 0)
            }
        }
    }

    @Test func aDisabledAccountCannotSignInOrKeepItsSession() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let user = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            let browser = try await Browser.signedIn(app, user)
            user.disabledAt = Date()
            try await user.save(on: app.db)
            // act
            let page = try await browser.get(app, "/staff")
            let signIn = try await Browser.anonymous.post(app, "/staff/sign-in", [("username", "clerk.a"), ("password", testPassword)])
            // check
            #expect(page.status == .seeOther)
            #expect(signIn.status == .unauthorized)
        }
    }

    @Test func signInOnlyFollowsLocalNextAddresses() {
        #expect(SignIn.safeNext("/admin/regions?q=1", fallback: .staffHome) == "/admin/regions?q=1")
        #expect(SignIn.safeNext("https://evil.example", fallback: .staffHome) == "/staff")
        #expect(SignIn.safeNext("//evil.example", fallback: .staffHome) == "/staff")
        #expect(SignIn.safeNext("/\\evil.example", fallback: .staffHome) == "/staff")
        #expect(SignIn.safeNext(nil, fallback: .staffHome) == "/staff")
    }
}
