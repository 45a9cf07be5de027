import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// Tracking by number and phone: no enumeration, rate limits, and a signed ticket that opens one order only.
@Suite struct TrackingLookupTests {
    @Test func aWrongPhoneAndAnUnknownNumberGetTheIdenticalAnswer() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            let unknown = "141025100000-20200101-0099"
            var browser = CitizenBrowser()
            // act
            let wrongPhone = try await browser.track(app, number: order.number, phone: "13900139000")
            let unknownNumber = try await browser.track(app, number: unknown, phone: "13800138000")
            let apiWrongPhone = try await browser.api(app, SiteURL.api(.track).path, json: #"{"number":"\#(order.number)","phone":"13900139000"}"#)
            let apiUnknown = try await browser.api(app, SiteURL.api(.track).path, json: #"{"number":"\#(unknown)","phone":"13800138000"}"#)
            // check: apart from the number echoed into the form, the pages are byte for byte the same
            #expect(wrongPhone.status == .notFound && unknownNumber.status == .notFound)
            #expect(wrongPhone.text.replacingOccurrences(of: order.number, with: "#") == unknownNumber.text.replacingOccurrences(of: unknown, with: "#"))
            #expect(wrongPhone.text.contains(L10n(.zhHans)(.trackNoMatch)))
            #expect(!wrongPhone.text.contains("13900139000"))
            #expect(browser.ticket == nil)
            #expect(apiWrongPhone.status == .notFound && apiUnknown.status == .notFound)
            struct Problem: Decodable, Equatable { let status: Int; let title: String; let detail: String }
            #expect(try JSONDecoder().decode(Problem.self, from: Data(apiWrongPhone.text.utf8)) == JSONDecoder().decode(Problem.self, from: Data(apiUnknown.text.utf8)))
        }
    }

    @Test func lookUpsAreLimitedPerNumberAndPerAddressUntilTheWindowPasses() async throws {
        var clock = FixedClock(Date(timeIntervalSince1970: 1_790_000_000))
        for engine in TestEngine.available {
            try await withApp(on: engine, clock: clock) { app in
                // setup
                let desk = try await WorkOrderDesk.make(app)
                let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
                let other = try await submitOrder(app, intake(desk.j, phone: "13700137000"), by: desk.clerk)
                var browser = CitizenBrowser()
                // act: guessing one number's phone
                var guesses: [HTTPResponseStatus] = []
                for i in 0..<TrackingLookup.attemptsPerNumber { guesses.append(try await browser.track(app, number: order.number, phone: "1390013900\(i)").status) }
                let blocked = try await browser.track(app, number: order.number, phone: "13800138000")
                let otherNumber = try await browser.track(app, number: other.number, phone: "13700137000")
                clock.advance(by: TrackingLookup.window + 1)
                app.clock = clock
                let afterWindow = try await browser.track(app, number: order.number, phone: "13800138000")
                // act: many numbers from one address
                var sweep: [HTTPResponseStatus] = []
                for i in 1..<TrackingLookup.attemptsPerAddress { sweep.append(try await browser.track(app, number: "141025100000-20260101-\(1000 + i)", phone: "13800138000").status) }
                let sweepBlocked = try await browser.track(app, number: "141025100000-20260101-0999", phone: "13800138000")
                // check
                #expect(guesses.allSatisfy { $0 == .notFound })
                #expect(blocked.status == .tooManyRequests)
                #expect(blocked.headers.first(name: .retryAfter) == "600")
                #expect(blocked.text.contains(L10n(.zhHans)(.trackTooMany, 10)))
                #expect(otherNumber.status == .seeOther)
                #expect(afterWindow.status == .seeOther)
                #expect(sweep.allSatisfy { $0 == .notFound })
                #expect(sweepBlocked.status == .tooManyRequests)
            }
        }
    }

    @Test func aMatchSetsAShortLivedHttpOnlyTicketAndOpensTheOrderPage() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            var browser = CitizenBrowser()
            // act
            let answer = try await browser.track(app, number: " \(order.number) ", phone: "138 0013 8000")
            let page = try await browser.get(app, SiteURL.trackOrder.path)
            // check
            #expect(answer.status == .seeOther)
            #expect(answer.location == SiteURL.trackOrder.path)
            let cookie = try #require(answer.headers[.setCookie].first { $0.hasPrefix(TrackingTicket.cookie + "=") })
            for part in ["HttpOnly", "SameSite=Lax", "Max-Age=1800", "Path=/track"] { #expect(cookie.contains(part), "\(part) in \(cookie)") }
            #expect(page.status == .ok)
            #expect(page.text.contains(order.number))
            #expect(page.text.contains(L10n(.zhHans)(.trackStateSubmitted)))
            #expect(page.text.contains(L10n(.zhHans)(.noticeSubmitted, order.number)))
            #expect(page.text.contains(order.acceptanceDue!))
        }
    }

    @Test func aTicketCannotBeForgedReusedForAnotherOrderOrUsedAfterItExpires() async throws {
        var clock = FixedClock(Date(timeIntervalSince1970: 1_790_000_000))
        for engine in TestEngine.available {
            try await withApp(on: engine, clock: clock) { app in
                // setup
                let desk = try await WorkOrderDesk.make(app)
                let mine = try await submitOrder(app, intake(desk.j), by: desk.clerk)
                let theirs = try await submitOrder(app, intake(desk.j, phone: "13700137000"), by: desk.clerk)
                var browser = CitizenBrowser()
                _ = try await browser.track(app, number: mine.number, phone: "13800138000")
                let ticket = try #require(browser.ticket)
                // act
                var swapped = browser
                swapped.ticket = ticket.replacingOccurrences(of: "v1.\(mine.id!).", with: "v1.\(theirs.id!).")
                var selfMade = browser
                let hash = app.secrets.lookupHash("13700137000")
                selfMade.ticket = "v1.\(theirs.id!).\(Int(clock.now().timeIntervalSince1970) + 600).\(hash).\(String(repeating: "0", count: 64))"
                let swappedPage = try await swapped.get(app, SiteURL.trackOrder.path)
                let selfMadePage = try await selfMade.get(app, SiteURL.trackOrder.path)
                let swappedWithdraw = try await swapped.post(app, SiteURL.trackWithdraw.path, [("confirm", "yes"), ("version", "1")])
                let fresh = try await browser.get(app, SiteURL.trackOrder.path)
                clock.advance(by: TrackingTicket.lifetime + 1)
                app.clock = clock
                let late = try await browser.get(app, SiteURL.trackOrder.path)
                // check
                for response in [swappedPage, selfMadePage, swappedWithdraw] {
                    #expect(response.status == .seeOther)
                    #expect(!response.text.contains(theirs.number))
                }
                #expect(try await WorkOrder.find(theirs.id, on: app.db)?.state == .submitted)
                #expect(fresh.status == .ok && fresh.text.contains(mine.number))
                #expect(late.status == .seeOther)
                #expect(late.location == SiteURL.track.path(query: [("expired", "1")]))
            }
        }
    }

    @Test func aTicketIsBoundToTheAppSecret() throws {
        // setup
        let ours = Secrets(secret: "one-secret-key-that-is-long-enough-123")
        let theirs = Secrets(secret: "another-secret-key-that-is-long-enough")
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let ticket = TrackingTicket(orderID: 7, phoneHash: ours.lookupHash("13800138000"), now: now)
        // act
        let signed = ticket.signed(with: ours)
        // check
        #expect(TrackingTicket.verify(signed, secrets: ours, now: now) == ticket)
        #expect(TrackingTicket.verify(signed, secrets: theirs, now: now) == nil)
        #expect(TrackingTicket.verify(signed, secrets: ours, now: now.addingTimeInterval(TrackingTicket.lifetime)) == nil)
        #expect(TrackingTicket.verify(signed + "0", secrets: ours, now: now) == nil)
        #expect(TrackingTicket.verify("", secrets: ours, now: now) == nil)
    }
}
