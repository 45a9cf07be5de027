import Foundation
import Logging
import Synchronization
import Testing
@testable import Farun

@Suite struct JSONLogHandlerTests {
    @Test func eachLineIsAJSONObjectWithTheRequestID() throws {
        // setup
        let lines = Mutex<[String]>([])
        var logger = Logger(label: "farun.test") { JSONLogHandler(label: $0, write: { line in lines.withLock { $0.append(line) } }) }
        logger[metadataKey: "request-id"] = "abc-123"
        // act
        logger.info("区划已更名", metadata: ["region_id": "5"])
        logger.debug("not at info level")
        // check
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(written[0].utf8)) as? [String: String])
        #expect(object["request_id"] == "abc-123")
        #expect(object["message"] == "区划已更名")
        #expect(object["region_id"] == "5")
        #expect(object["level"] == "info")
    }
}
