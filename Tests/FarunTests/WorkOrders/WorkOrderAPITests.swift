import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

@Suite struct WorkOrderAPITests {
    static func body(_ j: Jurisdiction, service: String = "LEGAL_AID", channel: String = "web", phone: String = "13900139000", extra: String = "") -> String {
        #"{"service":"\#(service)","channel":"\#(channel)","requester_name":"李四","requester_phone":"\#(phone)","matter":"工伤赔偿","region_id":\#(j.villageA.id!)\#(extra)}"#
    }

    static func post(_ app: Application, _ body: String, key: String? = nil, browser: Browser? = nil) async throws -> TestingHTTPResponse {
        var headers = browser?.headers ?? HTTPHeaders()
        if let browser { headers.add(name: CSRF.header, value: browser.csrf) }
        headers.contentType = .json
        headers.replaceOrAdd(name: .accept, value: "application/json")
        if let key { headers.add(name: Idempotency.header, value: key) }
        return try await app.testing().sendRequest(.POST, "/api/v1/work-orders", headers: headers, body: ByteBuffer(string: body))
    }

    @Test func aRetriedSubmissionWithTheSameKeyCreatesOneOrder() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            // act
            let first = try await Self.post(app, Self.body(desk.j), key: "retry-key-1")
            let again = try await Self.post(app, Self.body(desk.j), key: "retry-key-1")
            let other = try await Self.post(app, Self.body(desk.j), key: "retry-key-2")
            let misuse = try await Self.post(app, Self.body(desk.j, phone: "13700137000"), key: "retry-key-1")
            // check
            #expect(first.status == .created)
            #expect(again.status == .ok && again.headers.first(name: "Idempotent-Replayed") == "true")
            let a = try first.content.decode(WorkOrderDTO.self), b = try again.content.decode(WorkOrderDTO.self)
            #expect(a.number == b.number)
            #expect(other.status == .created)
            #expect(misuse.status == .conflict && misuse.headers.contentType?.description.contains("problem+json") == true)
            #expect(try await WorkOrder.query(on: app.db).count() == 2)
        }
    }

    @Test func concurrentRetriesWithOneKeyStillCreateOneOrder() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let body = Self.body(desk.j)
            // act: eight copies of the same request at once
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<8 { group.addTask { try await Self.post(app, body, key: "flaky-network").status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // check
            #expect(statuses.filter { $0 == .created }.count == 1)
            #expect(statuses.allSatisfy { $0 == .created || $0 == .ok })
            #expect(try await WorkOrder.query(on: app.db).count() == 1)
        }
    }

    @Test func badIntakeAnswersProblemJSONNamingEachField() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            // act
            let response = try await Self.post(app, Self.body(desk.j, service: "NOPE", channel: "window", phone: "abc"))
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.headers.contentType?.description.contains("application/problem+json") == true)
            let fields = response.text.matches(of: /"field":"([a-z_]+)"/).map { String($0.1) }
            #expect(Set(fields) == ["service", "channel", "requester_phone"])
            #expect(try await WorkOrder.query(on: app.db).count() == 0)
        }
    }

    @Test func staffActThroughTheAPIAndAStaleVersionIsAConflict() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let created = try await Self.post(app, Self.body(desk.j, channel: "window"), browser: clerk)
            let order = try created.content.decode(WorkOrderDTO.self)
            // act
            let accepted = try await apiRequest(app, .POST, "/api/v1/work-orders/\(order.id)/actions", browser: clerk,
                                                json: #"{"action":"accept","version":\#(order.version)}"#)
            let stale = try await apiRequest(app, .POST, "/api/v1/work-orders/\(order.id)/actions", browser: clerk,
                                             json: #"{"action":"refuse","version":\#(order.version),"reason":"重复"}"#)
            let events = try await apiRequest(app, .GET, "/api/v1/work-orders/\(order.id)/events", browser: clerk)
            // check
            #expect(created.status == .created && order.actions.contains("accept"))
            #expect(accepted.status == .ok)
            #expect(try accepted.content.decode(WorkOrderDTO.self).state == "assigned")
            #expect(stale.status == .conflict && stale.text.contains("刷新"))
            #expect(events.text.contains(#""action":"submit""#) && events.text.contains(#""action":"accept""#))
        }
    }

    @Test func anotherTownsStaffCannotSeeOrTouchTheOrder() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            let outsider = try await Browser.signedIn(app, try await makeStaff(app, "clerk.b", [(.windowClerk, desk.j.townB), (.judicialOfficeStaff, desk.j.townB)]))
            // act
            let show = try await apiRequest(app, .GET, "/api/v1/work-orders/\(order.id!)", browser: outsider)
            let change = try await apiRequest(app, .POST, "/api/v1/work-orders/\(order.id!)/actions", browser: outsider, json: #"{"action":"accept","version":1}"#)
            let list = try await apiRequest(app, .GET, "/api/v1/work-orders", browser: outsider)
            // check
            #expect(show.status == .notFound && change.status == .notFound)
            #expect(list.status == .ok && !list.text.contains(order.number))
            #expect(try await WorkOrder.find(order.id, on: app.db)!.state == .submitted)
        }
    }

    @Test func attachmentsMustBeSmallAllowedFilesAndDownloadOnlyForThoseWhoMaySeeTheOrder() async throws {
        try await withApp { app in
            // setup
            let desk = try await WorkOrderDesk.make(app)
            let order = try await submitOrder(app, intake(desk.j), by: desk.clerk)
            let clerk = try await Browser.signedIn(app, desk.clerk)
            let outsider = try await Browser.signedIn(app, try await makeStaff(app, "clerk.b", [(.windowClerk, desk.j.townB)]))
            func upload(_ name: String, _ bytes: [UInt8], as browser: Browser) async throws -> TestingHTTPResponse {
                let boundary = "farun-test-boundary"
                var body = ByteBuffer()
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                body.writeBytes(bytes)
                body.writeString("\r\n--\(boundary)--\r\n")
                var headers = browser.headers
                headers.add(name: CSRF.header, value: browser.csrf)
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                headers.replaceOrAdd(name: .accept, value: "application/json")
                return try await app.testing().sendRequest(.POST, "/api/v1/work-orders/\(order.id!)/attachments", headers: headers, body: body)
            }
            // act
            let pdf = try await upload("../../合同.pdf", Array("%PDF-1.4 test".utf8), as: clerk)
            let exe = try await upload("evil.pdf", [0x4D, 0x5A, 0x90, 0x00], as: clerk)
            let big = try await upload("big.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 11 * 1024 * 1024), as: clerk)
            let sneaky = try await upload("x.pdf", Array("%PDF-1.4".utf8), as: outsider)
            let stored = try #require(try await Attachment.query(on: app.db).first())
            let download = try await clerk.get(app, "/api/v1/work-orders/\(order.id!)/attachments/\(stored.id!)")
            let outsiderDownload = try await outsider.get(app, "/api/v1/work-orders/\(order.id!)/attachments/\(stored.id!)")
            // check
            #expect(pdf.status == .created)
            #expect(stored.fileName == "合同.pdf" && stored.contentType == "application/pdf")
            #expect(exe.status == .unprocessableEntity && big.status == .unprocessableEntity)
            #expect(sneaky.status == .notFound)
            #expect(try await Attachment.query(on: app.db).count() == 1)
            #expect(download.status == .ok && download.body.string == "%PDF-1.4 test")
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(outsiderDownload.status == .notFound)
        }
    }
}
