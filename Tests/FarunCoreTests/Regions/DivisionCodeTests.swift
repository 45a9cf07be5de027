import Foundation
import Testing
import FarunCore

@Suite struct DivisionCodeTests {
    @Test(arguments: [
        ("141025", "141025000000"),
        ("141025100", "141025100000"),
        ("141025100000", "141025100000"),
        ("  110000 ", "110000000000"),
    ])
    func shortCodesArePaddedToTwelveDigits(input: String, expected: String) {
        #expect(DivisionCode(input)?.value == expected)
    }

    @Test(arguments: ["", "14102", "1410251", "1410251000", "14102510000", "1410251000000", "14102a100000",
                      "001025000000", "000000", "１４１０２５", "141 025"])
    func malformedCodesAreRejected(input: String) {
        #expect(DivisionCode(input) == nil)
    }

    @Test(arguments: [
        ("140000000000", RegionLevel.province),
        ("141000000000", .city),
        ("141025000000", .county),
        ("141025100000", .township),
        ("141025100201", .village),
        ("141025100400", .village),
    ])
    func impliedLevelFollowsTrailingZeros(code: String, level: RegionLevel) {
        #expect(DivisionCode(code)?.impliedLevel == level)
    }

    @Test func prefixesAreTheCountyAndTownshipDigits() {
        let code = DivisionCode("141025101203")!
        #expect(code.countyPrefix == "141025")
        #expect(code.townshipPrefix == "141025101")
        #expect(code.description == "141025101203")
    }

    @Test func childMustStartWithTheParentsSignificantPrefix() {
        // setup
        let shanxi = DivisionCode("140000")!, linfen = DivisionCode("141000")!
        let guxian = DivisionCode("141025")!, yueyang = DivisionCode("141025100")!
        // check
        #expect(linfen.isPrefixCompatible(childOf: shanxi))
        #expect(guxian.isPrefixCompatible(childOf: linfen))
        #expect(yueyang.isPrefixCompatible(childOf: guxian))
        #expect(DivisionCode("141025100401")!.isPrefixCompatible(childOf: yueyang))
        #expect(!yueyang.isPrefixCompatible(childOf: DivisionCode("141026")!))
        #expect(!guxian.isPrefixCompatible(childOf: DivisionCode("142000")!))
        #expect(!DivisionCode("141025101000")!.isPrefixCompatible(childOf: yueyang))
    }

    @Test func countyDirectlyUnderAProvinceOnlySharesTheProvinceDigits() {
        let xiantao = DivisionCode("429004")!
        #expect(xiantao.isPrefixCompatible(childOf: DivisionCode("420000")!))
        #expect(!xiantao.isPrefixCompatible(childOf: DivisionCode("430000")!))
    }

    @Test func aCodeIsNotItsOwnChild() {
        let guxian = DivisionCode("141025")!
        #expect(!guxian.isPrefixCompatible(childOf: guxian))
    }

    @Test func codableUsesTheBareStringAndValidates() throws {
        // act
        let data = try JSONEncoder().encode([DivisionCode("141025")!])
        // check
        #expect(String(decoding: data, as: UTF8.self) == #"["141025000000"]"#)
        #expect(try JSONDecoder().decode([DivisionCode].self, from: data) == [DivisionCode("141025")!])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([DivisionCode].self, from: Data(#"["14x"]"#.utf8))
        }
    }

    @Test func codeSourceHasOfficialAndLocal() {
        #expect(CodeSource.allCases.map(\.rawValue) == ["official", "local"])
    }
}
