import Testing
import FarunCore

func villagesProblem(_ text: String) -> ImportProblem? {
    do {
        _ = try VillagesCSV.parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct VillagesCSVTests {
    let header = "township_code,name,kind\n"

    @Test func parsesRealRows() throws {
        // act
        let records = try VillagesCSV.parse(Fixtures.villages)
        // check
        #expect(records.count == 5)
        #expect(records[0] == VillageRecord(
            townshipCode: Fixtures.code("141025100"), name: "岳阳东社区居民委会", kind: .community, line: 2))
        #expect(records.map(\.kind) == [.community, .village, .village, .village, .village])
        #expect(records.last?.townshipCode.value == "141025101000")
        #expect(records.last?.line == 6)
    }

    @Test func sameNameUnderAnotherTownshipIsFine() throws {
        let text = header + "141025100000,城关村,village\n141025101000,城关村,village\n"
        #expect(try VillagesCSV.parse(text).count == 2)
    }

    @Test func repeatedTownshipAndNameIsDuplicateVillage() throws {
        // setup: line 4 repeats line 2 (after trimming)
        let text = header + "141025100000,城关村,village\n141025100000,五马村,village\n141025100000, 城关村 ,community\n"
        // act
        let problem = try #require(villagesProblem(text))
        // check
        #expect(problem.kind == .duplicateVillage)
        #expect(problem.line == 4)
    }

    @Test(arguments: [
        ("141025100000,城关村\n", ImportProblem.Kind.wrongColumnCount),
        ("141025000000,城关村,village\n", .invalidCode),
        ("14102510000x,城关村,village\n", .invalidCode),
        ("141025100000,城关村,hamlet\n", .invalidLevel),
        ("141025100000,,village\n", .emptyName),
    ])
    func badRowsAreReportedOnTheirLine(row: String, kind: ImportProblem.Kind) throws {
        let problem = try #require(villagesProblem(header + "141025100000,五马村,village\n" + row))
        #expect(problem.kind == kind)
        #expect(problem.line == 3)
    }

    @Test func divisionsHeaderIsNotAVillagesHeader() {
        #expect(villagesProblem("code,name,level,parent_code\n")?.kind == .missingHeader)
    }

    @Test func villagesOfUnknownTownshipsAreReported() throws {
        // setup
        let records = try VillagesCSV.parse(Fixtures.villages)
        let known: Set = [Fixtures.code("141025100")]
        // act
        var problem: ImportProblem?
        do throws(ImportProblem) {
            try VillagesCSV.checkTownships(records, known: known)
        } catch {
            problem = error
        }
        // check
        #expect(problem?.kind == .unknownTownship)
        #expect(problem?.line == 5)
        let allKnown = known.union([Fixtures.code("141025101")])
        #expect(throws: Never.self) { try VillagesCSV.checkTownships(records, known: allKnown) }
    }
}
