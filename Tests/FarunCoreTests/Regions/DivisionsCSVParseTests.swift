import Testing
import FarunCore

/// The problem `DivisionsCSV.parse` throws for `text`, or nil when it parses.
func divisionsProblem(_ text: String) -> ImportProblem? {
    do {
        _ = try DivisionsCSV.parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct DivisionsCSVParseTests {
    let header = "code,name,level,parent_code\n"

    @Test func parsesRealRowsWithLinesAndParents() throws {
        // act
        let records = try DivisionsCSV.parse(Fixtures.divisions)
        // check
        #expect(records.count == 23)
        #expect(records.first == DivisionRecord(
            code: Fixtures.code("110000"), name: "北京市", level: .province, parentCode: nil, line: 2))
        let guxian = try #require(records.first { $0.name == "古县" })
        #expect(guxian.code.value == "141025000000")
        #expect(guxian.level == .county)
        #expect(guxian.parentCode?.value == "141000000000")
        #expect(guxian.line == Fixtures.guxianLine)
        #expect(records.last?.line == 24)
    }

    @Test func handlesBOMCRLFQuotedCommasAndBlankTrailingLines() throws {
        // setup
        let text = "\u{FEFF}code,name,level,parent_code\r\n140000,山西省,province,\r\n"
            + "141000000000,\"临汾市, \"\"测试\"\"\",city,\"140000000000\"\r\n\r\n\r\n"
        // act
        let records = try DivisionsCSV.parse(text)
        // check
        #expect(records.map(\.name) == ["山西省", "临汾市, \"测试\""])
        #expect(records.map(\.line) == [2, 3])
        #expect(records[0].code.value == "140000000000")
        #expect(records[1].parentCode == records[0].code)
    }

    @Test func quotedLineBreakKeepsLaterLineNumbersPhysical() throws {
        // setup: the second record spans lines 3 and 4
        let text = header + "140000000000,山西省,province,\n141000000000,\"临汾\n市\",city,140000000000\n"
            + "141025000000,古县,county,141000000000\n"
        // act
        let records = try DivisionsCSV.parse(text)
        // check
        #expect(records.map(\.line) == [2, 3, 5])
        #expect(records[1].name == "临汾\n市")
    }

    @Test func namesAreTrimmedAndLevelAndHeaderCaseIsIgnored() throws {
        let text = " Code , NAME,Level,parent_code\n141025000000,  古县 ,County, 141000000000 \n"
        let records = try DivisionsCSV.parse(text)
        #expect(records == [DivisionRecord(
            code: Fixtures.code("141025"), name: "古县", level: .county, parentCode: Fixtures.code("141000"), line: 2)])
    }

    @Test func villageAndGroupLevelsAreAccepted() throws {
        let text = header + "141025100401,偏涧村,village,141025100000\n141025100402,一组,group,141025100401\n"
        #expect(try DivisionsCSV.parse(text).map(\.level) == [.village, .group])
    }

    @Test func nameOfSixtyCharactersIsAcceptedAndSixtyOneIsNot() {
        let sixty = String(repeating: "古", count: 60)
        #expect(divisionsProblem(header + "140000000000,\(sixty),province,\n") == nil)
        #expect(divisionsProblem(header + "140000000000,\(sixty)县,province,\n")?.kind == .nameTooLong)
    }

    @Test(arguments: [
        ("140000000000,山西省,province,\n", ImportProblem.Kind.missingHeader, 1),
        ("code,name,level\n140000000000,山西省,province\n", .missingHeader, 1),
        ("code,name,level,parent_code\n140000000000,山西省,province,\n141000000000,临汾市,city,140000000000\n"
            + "141025000000,古县,county\n", .wrongColumnCount, 4),
        ("code,name,level,parent_code\n140000000000,山西省,province,,\n", .wrongColumnCount, 2),
        ("code,name,level,parent_code\n140000000000,\"山西省,province,\n", .wrongColumnCount, 2),
        ("code,name,level,parent_code\n140000000000,山西省,province,\n14100000000x,临汾市,city,140000000000\n",
            .invalidCode, 3),
        ("code,name,level,parent_code\n140000000000,山西省,province,\n141000000000,临汾市,city,1400\n",
            .invalidCode, 3),
        ("code,name,level,parent_code\n140000000000,山西省,town,\n", .invalidLevel, 2),
        ("code,name,level,parent_code\n140000000000, ,province,\n", .emptyName, 2),
        ("code,name,level,parent_code\n140000000000,山西省,province,\n141000000000,临汾市,city,140000000000\n"
            + "140000,山西,province,\n", .duplicateCode, 4),
    ])
    func reportsTheProblemKindAndLine(text: String, kind: ImportProblem.Kind, line: Int) throws {
        // act
        let problem = try #require(divisionsProblem(text))
        // check
        #expect(problem.kind == kind)
        #expect(problem.line == line)
    }

    @Test func emptyTextHasNoHeader() {
        #expect(divisionsProblem("") == ImportProblem(line: nil, kind: .missingHeader, detail: "the file is empty"))
        #expect(divisionsProblem("\u{FEFF}\r\n\r\n")?.kind == .missingHeader)
    }

    @Test func theFirstProblemInTheFileWins() {
        // setup: line 3 has a bad level, line 4 too few columns
        let text = header + "140000000000,山西省,province,\n141000000000,临汾市,prefecture,140000000000\n141025,古县\n"
        // check
        #expect(divisionsProblem(text)?.line == 3)
        #expect(divisionsProblem(text)?.kind == .invalidLevel)
    }

    @Test func descriptionNamesLineAndKind() {
        let problem = ImportProblem(line: 4, kind: .wrongColumnCount, detail: "expected 4 fields, found 3")
        #expect(problem.description.contains("line 4"))
        #expect(problem.description.contains("wrongColumnCount"))
    }
}
