import Testing
import FarunCore

@Suite struct UsernameTests {
    @Test(arguments: [("WangFang", "wangfang"), (" li.na_01 ", "li.na_01"), ("9ab", "9ab"), ("a-b", "a-b")])
    func validNamesAreLowerCased(raw: String, expected: String) throws {
        #expect(try Username.normalize(raw) == expected)
    }

    @Test func lengthIsThreeToForty() throws {
        #expect(try Username.normalize(String(repeating: "a", count: 40)).count == 40)
        #expect(throws: UsernameProblem.invalid) { try Username.normalize(String(repeating: "a", count: 41)) }
        #expect(throws: UsernameProblem.invalid) { try Username.normalize("ab") }
    }

    @Test(arguments: ["", ".abc", "_abc", "-abc", "ab c", "王芳abc", "abc@x", "\u{212A}elvin", "ａｂｃ"])
    func otherNamesAreInvalid(raw: String) {
        #expect(throws: UsernameProblem.invalid) { try Username.normalize(raw) }
    }
}
