import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
@testable import Farun

@Suite struct DivisionImportTests {
    @Test func theBundledDivisionsImportGuCountyAndReimportingChangesNothing() async throws {
        try await withApp { app in
            // setup
            let records = try DivisionImport.bundledDivisions()
            let root = try #require(DivisionCode("141025"))
            // act
            let first = try await DivisionImport.importSubtree(root: root, from: records, on: app.db)
            let second = try await DivisionImport.importSubtree(root: root, from: records, on: app.db)
            // check
            #expect(first == .init(created: 7, updated: 0, unchanged: 0))
            #expect(second == .init(created: 0, updated: 0, unchanged: 7))
            let county = try #require(try await Region.query(on: app.db).filter(\.$code == "141025000000").first())
            #expect(county.name == "古县")
            #expect(county.$parent.id == nil)
            let towns = try await Region.query(on: app.db).filter(\.$parent.$id == county.id).all()
            #expect(Set(towns.map(\.name)) == ["岳阳镇", "北平镇", "古阳镇", "旧县镇", "三合镇", "南垣乡"])
            #expect(towns.allSatisfy { $0.level == .township && $0.codeSource == .official })
        }
    }

    @Test func villagesGetLocalCodesAndAreNotDuplicatedOnASecondRun() async throws {
        try await withApp { app in
            // setup
            let root = try #require(DivisionCode("141025"))
            _ = try await DivisionImport.importSubtree(root: root, from: try DivisionImport.bundledDivisions(), on: app.db)
            let text = try DivisionImport.bundledText("villages-sample")
            // act
            let first = try await DivisionImport.importVillages(text, onlyUnder: root.significantPrefix, on: app.db)
            let second = try await DivisionImport.importVillages(text, onlyUnder: root.significantPrefix, on: app.db)
            // check
            #expect(first.created == 92)
            #expect(second.created == 0)
            #expect(second.unchanged == 92)
            let villages = try await Region.query(on: app.db).filter(\.$level == .village).all()
            #expect(villages.count == 92)
            #expect(villages.allSatisfy { $0.codeSource == .local && ($0.code?.count == 12) })
            #expect(Set(villages.compactMap(\.code)).count == 92)
        }
    }

    @Test func aMalformedLineIsReportedByNumberAndNothingIsImported() async throws {
        try await withApp { app in
            // setup
            let csv = """
            code,name,level,parent_code
            141025000000,古县,county,141000000000
            141025100000,岳阳镇,township,141025000000
            141025101000,北平镇,township
            """
            // act
            var caught: (any Error)?
            do {
                _ = try await DivisionImport.importSubtree(root: DivisionCode("141025")!, from: try DivisionImport.parse(csv), on: app.db)
            } catch { caught = error }
            // check
            let failure = try #require(caught as? DivisionImport.Failure)
            guard case .problem(let problem) = failure else { Issue.record("unexpected \(failure)"); return }
            #expect(problem.line == 4)
            #expect(problem.kind == .wrongColumnCount)
            #expect(try await Region.query(on: app.db).count() == 0)
        }
    }

    @Test func aMidwayFailureRollsBackTheWholeImport() async throws {
        try await withApp { app in
            // setup: the county exists; the villages file names one unknown township on its last line
            _ = try await DivisionImport.importSubtree(root: DivisionCode("141025")!, from: try DivisionImport.bundledDivisions(), on: app.db)
            let before = try await Region.query(on: app.db).count()
            let villages = """
            township_code,name,kind
            141025100000,甲村村民委员会,village
            141025100000,乙村村民委员会,village
            141025999000,丙村村民委员会,village
            """
            // act
            var caught: (any Error)?
            do { _ = try await DivisionImport.importVillages(villages, on: app.db) } catch { caught = error }
            // check
            guard case .problem(let problem)? = caught as? DivisionImport.Failure else { Issue.record("expected a problem"); return }
            #expect(problem.line == 4)
            #expect(problem.kind == .unknownTownship)
            #expect(try await Region.query(on: app.db).count() == before)
        }
    }

    @Test func aSubtreeOutsideTheDeploymentIsRefused() async throws {
        try await withApp { app in
            // setup
            _ = try await Jurisdiction.make(on: app.db)
            // act
            var caught: (any Error)?
            do {
                _ = try await DivisionImport.importSubtree(root: DivisionCode("110101")!, from: try DivisionImport.bundledDivisions(), on: app.db)
            } catch { caught = error }
            // check
            guard case .outsideDeployment? = caught as? DivisionImport.Failure else { Issue.record("expected outsideDeployment, got \(String(describing: caught))"); return }
            #expect(try await Region.query(on: app.db).filter(\.$code, .custom("LIKE"), "110101%").count() == 0)
        }
    }

    @Test func theCommandLineArgumentsAreParsedWithClearErrors() throws {
        #expect(try ImportDivisionsCommand.parse(["--root", "141025"]) == .init(file: nil, root: "141025"))
        #expect(try ImportDivisionsCommand.parse(["d.csv", "--root", "141025", "--villages", "v.csv"]) == .init(file: "d.csv", root: "141025", villages: "v.csv"))
        #expect(throws: ImportDivisionsCommand.UsageError.self) { try ImportDivisionsCommand.parse(["d.csv"]) }
        #expect(throws: ImportDivisionsCommand.UsageError.self) { try ImportDivisionsCommand.parse(["--root"]) }
        #expect(throws: ImportDivisionsCommand.UsageError.self) { try ImportDivisionsCommand.parse(["--root", "1", "--bogus"]) }
    }
}
