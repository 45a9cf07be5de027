import Testing
import FarunCore

@Suite struct PhoneNumberTests {
    @Test(arguments: ["13812345678", "+86 138 1234 5678", "0086-138-1234-5678", "8613812345678", " 138-1234-5678 "])
    func mobilesAreNormalisedToElevenDigits(raw: String) throws {
        #expect(try PhoneNumber.normalizeMobile(raw) == "13812345678")
    }

    @Test(arguments: ["12812345678", "1381234567", "138123456789", "23812345678", "+8713812345678", "1381234567a",
                      "", "0357-5221234", "+86", "１３８１２３４５６７８"])
    func nonMobilesAreRejected(raw: String) {
        #expect(throws: PhoneProblem.invalid) { try PhoneNumber.normalizeMobile(raw) }
    }

    @Test(arguments: [
        ("0357-5221234", "0357-5221234"),
        ("03575221234", "0357-5221234"),
        ("0357 5221234", "0357-5221234"),
        ("01012345678", "010-12345678"),
        ("02112345678", "021-12345678"),
        ("010-1234567", "010-1234567"),
        ("+86 13812345678", "13812345678"),
        ("12348", "12348"),
        ("110", "110"),
        ("95588", "95588"),
    ])
    func contactNumbersAreNormalised(raw: String, expected: String) throws {
        #expect(try PhoneNumber.normalizeContact(raw) == expected)
    }

    @Test(arguments: ["12", "1234567", "0357-52212", "0357-522123456", "357-5221234", "0357--5221234",
                      "0-357-5221234", "0357", "abc", "", "12348a"])
    func nonContactNumbersAreRejected(raw: String) {
        #expect(throws: PhoneProblem.invalid) { try PhoneNumber.normalizeContact(raw) }
    }

    @Test func mobileMaskKeepsThreeAndFour() {
        #expect(PhoneNumber.mask("13812345678") == "138****5678")
        #expect(PhoneNumber.mask("+86 138 1234 5678") == "138****5678")
    }

    @Test func landlineMaskKeepsAreaCodeAndLastTwo() {
        #expect(PhoneNumber.mask("0357-5221234") == "0357-*****34")
        #expect(PhoneNumber.mask("01012345678") == "010-******78")
    }

    @Test func otherNumbersKeepOnlyTheirLastTwo() {
        #expect(PhoneNumber.mask("12348") == "***48")
        #expect(PhoneNumber.mask("x") == "x")
        #expect(PhoneNumber.mask("not a phone") == "*********ne")
    }
}
