import Foundation
import Testing
import FarunCore

@Suite struct PaginationTests {
    @Test func missingValuesUseDefaults() {
        let request = PageRequest(page: nil, per: nil)
        #expect(request == PageRequest(page: 1, per: 20))
        #expect(request.offset == 0)
        #expect(PageRequest(page: nil, per: nil, defaultPer: 50).per == 50)
    }

    @Test(arguments: [
        (0, 20, 1, 20), (-3, 20, 1, 20), (2, 0, 2, 1), (2, -5, 2, 1), (3, 500, 3, 100), (4, 100, 4, 100),
    ])
    func outOfRangeValuesAreClamped(page: Int, per: Int, expectedPage: Int, expectedPer: Int) {
        let request = PageRequest(page: page, per: per)
        #expect(request.page == expectedPage)
        #expect(request.per == expectedPer)
    }

    @Test func maxPerIsConfigurable() {
        #expect(PageRequest(page: 1, per: 80, maxPer: 50).per == 50)
    }

    @Test func offsetSkipsEarlierPagesAndSaturates() {
        #expect(PageRequest(page: 3, per: 25).offset == 50)
        #expect(PageRequest(page: .max, per: 100).offset == .max)
    }

    @Test(arguments: [(0, 1), (1, 1), (20, 1), (21, 2), (95, 5), (100, 5)])
    func pageCountRoundsUpAndIsAtLeastOne(total: Int, pages: Int) {
        #expect(PageInfo(request: PageRequest(page: 1, per: 20), total: total).pageCount == pages)
    }

    @Test func nextAndPreviousDependOnThePosition() {
        // setup: 95 items, 20 per page → 5 pages
        let first = PageInfo(request: PageRequest(page: 1, per: 20), total: 95)
        let middle = PageInfo(request: PageRequest(page: 3, per: 20), total: 95)
        let last = PageInfo(request: PageRequest(page: 5, per: 20), total: 95)
        let beyond = PageInfo(request: PageRequest(page: 9, per: 20), total: 95)
        // check
        #expect(!first.hasPrevious && first.hasNext)
        #expect(middle.hasPrevious && middle.hasNext)
        #expect(last.hasPrevious && !last.hasNext)
        #expect(beyond.hasPrevious && !beyond.hasNext)
    }

    @Test func negativeTotalCountsAsZero() {
        #expect(PageInfo(request: PageRequest(page: 1, per: 20), total: -4).total == 0)
    }

    @Test func jsonIncludesComputedFieldsAndRoundTrips() throws {
        // setup
        let info = PageInfo(request: PageRequest(page: 2, per: 10), total: 35)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        // act
        let data = try encoder.encode(info)
        // check
        #expect(String(decoding: data, as: UTF8.self)
            == #"{"hasNext":true,"hasPrevious":true,"page":2,"pageCount":4,"per":10,"total":35}"#)
        #expect(try JSONDecoder().decode(PageInfo.self, from: data) == info)
    }
}
