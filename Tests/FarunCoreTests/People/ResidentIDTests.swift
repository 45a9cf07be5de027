import Testing
import FarunCore

func residentIDProblem(_ raw: String) -> ResidentIDProblem? {
    do {
        _ = try ResidentID.normalize(raw)
        return nil
    } catch {
        return error
    }
}

@Suite struct ResidentIDTests {
    @Test(arguments: ["11010519491231002X", "440524188001010014"])
    func standardExamplesAreValid(id: String) throws {
        #expect(try ResidentID.normalize(id) == id)
    }

    @Test func checkCharacterMatchesTheStandardExamples() {
        #expect(ResidentID.checkCharacter(for: "11010519491231002") == "X")
        #expect(ResidentID.checkCharacter(for: "44052418800101001") == "4")
        #expect(ResidentID.checkCharacter(for: "1101051949123100") == nil)
        #expect(ResidentID.checkCharacter(for: "1101051949123100A") == nil)
    }

    @Test func lowerCaseXAndSurroundingSpacesAreNormalised() throws {
        #expect(try ResidentID.normalize(" 11010519491231002x\n") == "11010519491231002X")
    }

    @Test func fifteenDigitNumbersAreUpgraded() throws {
        // setup: the 18-digit example without "19" and without its check character
        let legacy = "110105491231002"
        // act
        let upgraded = try ResidentID.normalize(legacy)
        // check
        #expect(upgraded == "11010519491231002X")
    }

    @Test(arguments: ["11010519491231002", "1101051949123100201", "", "110105491231"])
    func otherLengthsAreWrongLength(id: String) {
        #expect(residentIDProblem(id) == .wrongLength)
    }

    @Test(arguments: ["11010519491231002Y", "1101051949123100X2", "X10105491231002", "１１０１０５１９４９１２３１００２X"])
    func nonDigitsAreInvalidCharacters(id: String) {
        #expect(residentIDProblem(id) == .invalidCharacters)
    }

    @Test func impossibleBirthDatesAreRejected() throws {
        // setup: valid check characters, so only the date can fail
        let february30 = "11010519990230002"
        let month13 = "11010519991301002"
        let notLeap = "11010519000229002"
        let leapYears = ["11010520000229002", "11010520240229002"]
        // act / check
        for first17 in [february30, month13, notLeap] {
            let id = first17 + String(try #require(ResidentID.checkCharacter(for: first17)))
            #expect(residentIDProblem(id) == .invalidBirthDate, "\(id)")
        }
        for first17 in leapYears {
            let id = first17 + String(try #require(ResidentID.checkCharacter(for: first17)))
            #expect(residentIDProblem(id) == nil, "\(id)")
        }
        #expect(residentIDProblem("110105990230002") == .invalidBirthDate)
    }

    @Test func wrongCheckDigitIsRejected() {
        #expect(residentIDProblem("110105194912310021") == .badCheckDigit)
        #expect(residentIDProblem("440524188001010015") == .badCheckDigit)
    }

    @Test func maskKeepsFirstAndLastFour() {
        #expect(ResidentID.mask("11010519491231002X") == "1101**********002X")
        #expect(ResidentID.mask("110105491231002") == "1101*******1002")
    }

    @Test func shortInputIsFullyMasked() {
        #expect(ResidentID.mask("12345678") == "********")
        #expect(ResidentID.mask("") == "")
    }
}
