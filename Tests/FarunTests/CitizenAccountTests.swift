import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct CitizenAccountTests {
    @Test func signingUpStoresThePhoneEncryptedAndShowsItMasked() async throws {
        try await withApp { app in
            // act
            let response = try await Browser.anonymous.post(app, "/account/sign-up", [
                ("phone", "+86 138 0013 8000"), ("display_name", "张先生"), ("password", "Citizen-Pass-1"), ("confirm_password", "Citizen-Pass-1")])
            let token = try #require(Browser.sessionCookie(from: response))
            let home = try await Browser(sessionToken: token, csrf: "x").get(app, "/account")
            // check
            #expect(response.status == .seeOther)
            let citizen = try #require(try await Citizen.query(on: app.db).first())
            #expect(!citizen.phoneCipher.contains("13800138000"))
            #expect(citizen.phoneHash == app.secrets.lookupHash("13800138000"))
            #expect(try app.secrets.decrypt(citizen.phoneCipher) == "13800138000")
            #expect(home.text.contains("138****8000"))
            #expect(!home.text.contains("13800138000"))
        }
    }

    @Test func badSignUpsAreExplainedAndCreateNothing() async throws {
        try await withApp { app in
            // setup
            _ = try await Browser.anonymous.post(app, "/account/sign-up", [("phone", "13800138000"), ("password", "Citizen-Pass-1"), ("confirm_password", "Citizen-Pass-1")])
            // act
            let badPhone = try await Browser.anonymous.post(app, "/account/sign-up", [("phone", "12345"), ("password", "Citizen-Pass-1"), ("confirm_password", "Citizen-Pass-1")])
            let taken = try await Browser.anonymous.post(app, "/account/sign-up", [("phone", "138-0013-8000"), ("password", "Citizen-Pass-1"), ("confirm_password", "Citizen-Pass-1")])
            let weak = try await Browser.anonymous.post(app, "/account/sign-up", [("phone", "13900139000"), ("password", "12345678"), ("confirm_password", "12345678")])
            // check
            #expect(badPhone.status == .unprocessableEntity)
            #expect(badPhone.text.contains("有效的11位手机号码"))
            #expect(taken.text.contains("该手机号已注册"))
            #expect(weak.status == .unprocessableEntity)
            #expect(try await Citizen.query(on: app.db).count() == 1)
        }
    }

    @Test func citizensSignInWithPhoneAndAreLockedOutAfterRepeatedFailures() async throws {
        try await withApp { app in
            // setup
            _ = try await Browser.anonymous.post(app, "/account/sign-up", [("phone", "13800138000"), ("password", "Citizen-Pass-1"), ("confirm_password", "Citizen-Pass-1")])
            // act
            let ok = try await Browser.anonymous.post(app, "/account/sign-in", [("phone", "13800138000"), ("password", "Citizen-Pass-1")])
            for _ in 0..<5 { _ = try await Browser.anonymous.post(app, "/account/sign-in", [("phone", "13800138000"), ("password", "wrong")]) }
            let locked = try await Browser.anonymous.post(app, "/account/sign-in", [("phone", "13800138000"), ("password", "Citizen-Pass-1")])
            // check
            #expect(ok.status == .seeOther)
            #expect(ok.location == "/account")
            #expect(locked.status == .locked)
        }
    }

    @Test func staffSessionsDoNotOpenCitizenPages() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let clerk = try await makeStaff(app, "clerk.a", [(.windowClerk, j.townA)])
            // act
            let response = try await Browser.signedIn(app, clerk).get(app, "/account")
            // check
            #expect(response.status == .seeOther)
            #expect(response.location?.hasPrefix("/account/sign-in") == true)
        }
    }
}
