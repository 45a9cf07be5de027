import Testing
import FarunCore

@Suite struct DivisionSubtreeTests {
    let records: [DivisionRecord]

    init() throws {
        records = try DivisionsCSV.parse(Fixtures.divisions)
    }

    func subtreeProblem(_ root: String, _ records: [DivisionRecord]) -> ImportProblem? {
        do {
            _ = try DivisionsCSV.subtree(of: Fixtures.code(root), in: records)
            return nil
        } catch {
            return error
        }
    }

    /// The fixture plus `rows` (without header), parsed.
    func recordsWith(_ rows: String) throws -> [DivisionRecord] {
        try DivisionsCSV.parse(Fixtures.divisions + rows)
    }

    @Test func countySubtreeIsTheCountyThenItsTownships() throws {
        // act
        let subtree = try DivisionsCSV.subtree(of: Fixtures.code("141025"), in: records)
        // check
        #expect(subtree.map(\.name) == ["古县", "岳阳镇", "北平镇", "古阳镇", "旧县镇", "三合镇", "南垣乡"])
    }

    @Test func citySubtreeIsDepthFirstWithParentsBeforeChildren() throws {
        // act
        let subtree = try DivisionsCSV.subtree(of: Fixtures.code("141000"), in: records)
        // check
        #expect(subtree.map(\.name) == [
            "临汾市", "尧都区", "解放路街道", "鼓楼西街道", "古县", "岳阳镇", "北平镇", "古阳镇", "旧县镇", "三合镇",
            "南垣乡", "安泽县", "府城镇",
        ])
        for (index, record) in subtree.enumerated().dropFirst() {
            #expect(subtree[..<index].contains { $0.code == record.parentCode }, "\(record.name)")
        }
    }

    @Test func countyDirectlyUnderProvinceAndTownshipDirectlyUnderCityAreAccepted() throws {
        #expect(try DivisionsCSV.subtree(of: Fixtures.code("420000"), in: records).map(\.name)
            == ["湖北省", "仙桃市", "沙嘴街道"])
        #expect(try DivisionsCSV.subtree(of: Fixtures.code("440000"), in: records).map(\.name)
            == ["广东省", "东莞市", "东城街道"])
    }

    @Test func recordsHangingFromOutsideTheSubtreeAreIgnored() throws {
        // setup: a township with 古县's prefix but hung under 安泽县
        let records = try recordsWith("141025105000,错挂镇,township,141026000000\n")
        // act
        let subtree = try DivisionsCSV.subtree(of: Fixtures.code("141025"), in: records)
        // check
        #expect(!subtree.contains { $0.name == "错挂镇" })
        #expect(subtree.count == 7)
    }

    @Test func unknownRootIsRootNotFound() {
        #expect(subtreeProblem("150000", records)?.kind == .rootNotFound)
    }

    @Test func duplicateCodesAreReportedAtTheSecondOccurrence() throws {
        // setup: two files joined, the second repeating 古县 on its line 2
        let extra = try DivisionsCSV.parse("code,name,level,parent_code\n141025000000,古县,county,141000000000\n")
        // act
        let problem = subtreeProblem("141000", records + extra)
        // check
        #expect(problem?.kind == .duplicateCode)
        #expect(problem?.line == 2)
    }

    @Test func townshipUnderAProvinceIsAParentLevelMismatch() throws {
        // setup: line 25
        let records = try recordsWith("141025105000,错挂镇,township,140000000000\n")
        // act
        let problem = subtreeProblem("140000", records)
        // check
        #expect(problem?.kind == .parentLevelMismatch)
        #expect(problem?.line == 25)
    }

    @Test func childCodeOutsideTheParentsPrefixIsACodeParentMismatch() throws {
        let records = try recordsWith("141026105000,错码镇,township,141025000000\n")
        let problem = subtreeProblem("141025", records)
        #expect(problem?.kind == .codeParentMismatch)
        #expect(problem?.line == 25)
    }

    @Test func missingParentUnderTheRootIsUnknownParent() throws {
        // setup: parent 141025900000 does not exist
        let records = try recordsWith("141025105000,孤儿镇,township,141025900000\n")
        // act
        let problem = subtreeProblem("141000", records)
        // check
        #expect(problem?.kind == .unknownParent)
        #expect(problem?.line == 25)
        #expect(subtreeProblem("141026", records) == nil)
    }

    @Test func parentlessRecordUnderTheRootIsUnknownParent() throws {
        let records = try recordsWith("141025105000,无父镇,township,\n")
        #expect(subtreeProblem("141025", records)?.kind == .unknownParent)
    }

    @Test func rootsOwnParentNeedNotBePresent() throws {
        // setup: only 古县 and one township, 临汾 absent
        let records = try DivisionsCSV.parse(
            "code,name,level,parent_code\n141025000000,古县,county,141000000000\n"
                + "141025100000,岳阳镇,township,141025000000\n")
        // check
        #expect(try DivisionsCSV.subtree(of: Fixtures.code("141025"), in: records).count == 2)
    }
}
