import Testing
import FarunCore

@Suite struct TextRuleTests {
    @Test func trimsButKeepsInnerLineBreaksAndTabs() {
        #expect(TextRule.clean("  第一行\n\t第二行 \n ", max: 100) == .success("第一行\n\t第二行"))
    }

    @Test func carriageReturnsBecomeLineFeeds() {
        #expect(TextRule.clean("a\r\nb\rc", max: 100) == .success("a\nb\nc"))
    }

    @Test func controlCharactersAreRemoved() {
        #expect(TextRule.clean("a\u{0}b\u{7}c\u{1B}[31m\u{7F}", max: 100) == .success("abc[31m"))
    }

    @Test func nilAndBlankBecomeEmpty() {
        #expect(TextRule.clean(nil, max: 10) == .success(""))
        #expect(TextRule.clean(" \n\t ", max: 10) == .success(""))
    }

    @Test func lengthIsCountedInCharactersAfterCleaning() {
        #expect(TextRule.clean("古县司法局", max: 5) == .success("古县司法局"))
        #expect(TextRule.clean("古县司法局!", max: 5) == .failure(.tooLong))
        #expect(TextRule.clean("  abc  ", max: 3) == .success("abc"))
        #expect(TextRule.clean("👨‍👩‍👧", max: 1) == .success("👨‍👩‍👧"))
    }

    @Test func requiredRejectsBlankText() {
        #expect(TextRule.required("  ", max: 10) == .failure(.empty))
        #expect(TextRule.required(nil, max: 10) == .failure(.empty))
        #expect(TextRule.required(" x ", max: 10) == .success("x"))
    }
}
