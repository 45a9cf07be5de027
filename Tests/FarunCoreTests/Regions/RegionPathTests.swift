import Foundation
import Testing
import FarunCore

@Suite struct RegionPathTests {
    @Test func idsBuildASlashDelimitedPath() {
        #expect(RegionPath(ids: [1, 5, 23]).value == "/1/5/23/")
        #expect(RegionPath(ids: []).value == "/")
        #expect(RegionPath(ids: [1, 5, 23]).description == "/1/5/23/")
    }

    @Test func parsingRoundTripsIdsAndDepth() throws {
        let path = try #require(RegionPath("/1/5/23/"))
        #expect(path.ids == [1, 5, 23])
        #expect(path.depth == 3)
        #expect(RegionPath("/")?.ids == [])
        #expect(RegionPath("/")?.depth == 0)
    }

    @Test(arguments: ["", "1/5/", "/1/5", "//", "/1//5/", "/a/", "/1/-5/", "/ 1/", "/01/",
                      "/99999999999999999999999/", "/１/"])
    func invalidPathsAreRejected(text: String) {
        #expect(RegionPath(text) == nil)
    }

    @Test func appendingAddsAChildSegment() {
        #expect(RegionPath(ids: [1, 5]).appending(23) == RegionPath(ids: [1, 5, 23]))
        #expect(RegionPath(ids: []).appending(7).value == "/7/")
    }

    @Test func containsItselfAndDescendantsOnly() {
        // setup
        let county = RegionPath(ids: [1, 5])
        // check
        #expect(county.contains(county))
        #expect(county.contains(RegionPath(ids: [1, 5, 23])))
        #expect(!county.contains(RegionPath(ids: [1])))
        #expect(!county.contains(RegionPath(ids: [1, 50])))
        #expect(!county.contains(RegionPath(ids: [1, 6, 5])))
        #expect(RegionPath(ids: []).contains(county))
    }

    @Test func likePatternMatchesTheSubtree() {
        #expect(RegionPath(ids: [1, 5]).likePattern == "/1/5/%")
    }

    @Test func codableUsesTheBareStringAndValidates() throws {
        // setup
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        // act
        let data = try encoder.encode(RegionPath(ids: [1, 5]))
        // check
        #expect(String(decoding: data, as: UTF8.self) == #""/1/5/""#)
        #expect(try JSONDecoder().decode(RegionPath.self, from: data) == RegionPath(ids: [1, 5]))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RegionPath.self, from: Data(#""/1/x/""#.utf8)) }
    }
}
