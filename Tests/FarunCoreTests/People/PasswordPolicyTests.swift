import Testing
import FarunCore

@Suite struct PasswordPolicyTests {
    @Test func strongPasswordHasNoProblems() {
        #expect(PasswordPolicy.problems(password: "Guxian-Yueyang7", username: "wangfang").isEmpty)
        #expect(PasswordPolicy.problems(password: "古县法援中心jd2024", username: "wangfang").isEmpty)
    }

    @Test func lengthLimitsAreTenAndOneHundredTwentyEight() {
        // setup
        let nine = "Ab1!Ab1!x", ten = "Ab1!Ab1!xy"
        let longest = String(repeating: "Ab1!zq", count: 21) + "Ab"
        // check
        #expect(PasswordPolicy.problems(password: nine, username: "") == [.tooShort])
        #expect(PasswordPolicy.problems(password: ten, username: "").isEmpty)
        #expect(longest.count == 128)
        #expect(PasswordPolicy.problems(password: longest, username: "").isEmpty)
        #expect(PasswordPolicy.problems(password: longest + "x", username: "") == [.tooLong])
    }

    @Test(arguments: [
        ("alllowercaseletters", false), ("lowercase12345", false), ("UPPER-CASE-ONLY", false),
        ("lowerUPPERmix", false), ("lowerUPPER123", true), ("lower-case-123", true), ("UPPER_CASE_99", true),
        ("中文密码加数字abc123", true),
    ])
    func needsThreeCharacterClasses(password: String, enough: Bool) {
        let problems = PasswordPolicy.problems(password: password, username: "")
        #expect(problems.contains(.tooFewCharacterClasses) == !enough)
    }

    @Test func containingTheUsernameIgnoresCase() {
        #expect(PasswordPolicy.problems(password: "My-WangFang-2024", username: "wangfang") == [.containsUsername])
        #expect(PasswordPolicy.problems(password: "Xy9-abQrst", username: "ab").isEmpty)
        #expect(PasswordPolicy.problems(password: "Xy9-abcQrst", username: "ABC") == [.containsUsername])
    }

    @Test(arguments: ["Password123", "P@ssw0rd123", "PASSWORD2024!", "Admin@123456", "Qwerty123456!",
                      "1qaz2wsx3EDC", "Woaini1314", "aaaaaaaaaaaaA1"])
    func commonPasswordsAreRejected(password: String) {
        #expect(PasswordPolicy.problems(password: password, username: "").contains(.tooCommon))
    }

    @Test func problemsComeInDeclarationOrder() {
        #expect(PasswordPolicy.problems(password: "admin", username: "admin")
            == [.tooShort, .tooFewCharacterClasses, .containsUsername, .tooCommon])
    }
}
