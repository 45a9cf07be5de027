import FarunCore
import Fluent
import Testing
@testable import Farun

/// The bundled seed (Resources/catalog/services.json, from scripts/build-catalog-seed.py) against RULES §8.
@Suite struct CatalogSeedTests {
    static func seed() throws -> [String: ServiceType] {
        Dictionary(uniqueKeysWithValues: try ServiceCatalogSeed.load().map { ($0.code, $0) })
    }

    @Test func theSeedHoldsTheTenServicesOfRulesSection8InOrder() throws {
        // act
        let codes = try ServiceCatalogSeed.load().map(\.code)
        // check
        #expect(codes == ["LEGAL_CONSULTATION", "LEGAL_AID", "PEOPLES_MEDIATION", "NOTARIZATION", "ARBITRATION_COMMERCIAL",
                          "ARBITRATION_LABOUR", "JUDICIAL_APPRAISAL", "COMMUNITY_CORRECTIONS", "RESETTLEMENT", "LEGALITY_REVIEW"])
    }

    @Test func acceptanceAndHandlingLimitsCarryCountUnitAndCitation() throws {
        // setup
        let s = try Self.seed()
        // act
        let limits = s.mapValues { ($0.acceptanceLimit, $0.handlingLimit) }
        // check
        // 公证法第三十条: 15 working days from acceptance to the certificate.
        #expect(limits["NOTARIZATION"]?.0 == nil)
        #expect(limits["NOTARIZATION"]?.1.map { [String($0.count), $0.unit.rawValue, $0.citation] } == ["15", "working_day", "《中华人民共和国公证法》第三十条"])
        // 法律援助法第四十三条: decide within 7 days; the law does not say which days.
        #expect(limits["LEGAL_AID"]?.0.map { [String($0.count), $0.unit.rawValue, $0.citation] } == ["7", "day(unspecified)", "《中华人民共和国法律援助法》第四十三条"])
        #expect(limits["LEGAL_AID"]?.1 == nil)
        // 仲裁法 (2025) 第三十五条 and 劳动争议调解仲裁法 arts 29 and 43.
        #expect(limits["ARBITRATION_COMMERCIAL"]?.0.map { [String($0.count), $0.citation] } == ["5", "《中华人民共和国仲裁法》第三十五条"])
        #expect(limits["ARBITRATION_LABOUR"]?.0.map { [String($0.count), $0.citation] } == ["5", "《中华人民共和国劳动争议调解仲裁法》第二十九条"])
        #expect(limits["ARBITRATION_LABOUR"]?.1.map { [String($0.count), $0.citation] } == ["45", "《中华人民共和国劳动争议调解仲裁法》第四十三条"])
        // Mediation has no statutory duration (人民调解法第二十一条: promptly and on the spot).
        for code in ["LEGAL_CONSULTATION", "PEOPLES_MEDIATION", "JUDICIAL_APPRAISAL", "COMMUNITY_CORRECTIONS", "RESETTLEMENT"] {
            #expect(limits[code]?.0 == nil && limits[code]?.1 == nil, "\(code)")
        }
    }

    @Test func otherLimitsFollowTheCurrentLawVersions() throws {
        // setup
        let s = try Self.seed()
        // act
        let aid = s["LEGAL_AID"]?.otherLimits ?? []
        let arbitration = s["ARBITRATION_COMMERCIAL"]?.otherLimits ?? []
        let mediation = s["PEOPLES_MEDIATION"]?.otherLimits ?? []
        // check
        #expect(aid.contains { $0.count == 24 && $0.unit == .hours && $0.citation.hasSuffix("第三十九条") })
        // The 2025 仲裁法 cut the set-aside period to three months (new art 72), not the old six.
        #expect(arbitration.contains { $0.count == 3 && $0.unit == .months && $0.citation == "《中华人民共和国仲裁法》第七十二条" })
        #expect(mediation.contains { $0.count == 0 && $0.citation == "《中华人民共和国人民调解法》第二十一条" })
        #expect(mediation.contains { $0.count == 30 && $0.citation == "《中华人民共和国人民调解法》第三十三条" })
    }

    @Test func channelsAndFeesFollowTheCatalog() throws {
        // setup
        let s = try Self.seed()
        // act
        let charged = Set(s.values.filter { !$0.isFree }.map(\.code))
        // check
        // Legality review is internal only: citizens use administrative reconsideration instead.
        #expect(s["LEGALITY_REVIEW"]?.channels == [.window])
        #expect(s["COMMUNITY_CORRECTIONS"]?.channels.contains(.hotline) == false)
        #expect(s["LEGAL_AID"]?.channels == Set(WorkOrderChannel.allCases))
        #expect(charged == ["NOTARIZATION", "ARBITRATION_COMMERCIAL", "JUDICIAL_APPRAISAL"])
        #expect(s.values.allSatisfy { !$0.materials.isEmpty && $0.materials.allSatisfy { !$0.basis.isEmpty } })
    }

    @Test func everySeededServicePassesValidationAndSurvivesTheAdministrationForm() throws {
        for service in try ServiceCatalogSeed.load() {
            // act
            let problems = service.problems()
            let roundTrip = ServiceCatalogEdit(service).parse()
            // check
            #expect(problems.isEmpty, "\(service.code): \(problems)")
            #expect(try roundTrip.get() == service, "\(service.code)")
        }
    }

    @Test func theMigratedCatalogHoldsTheSeedActiveAtVersionOne() async throws {
        try await withApp { app in
            // setup
            let seed = try ServiceCatalogSeed.load()
            // act
            let rows = try await CatalogEntry.query(on: app.db).sort(\.$sortOrder).all()
            // check
            #expect(rows.map(\.serviceType) == seed)
            #expect(rows.allSatisfy { $0.version == 1 && !$0.isRetired })
        }
    }
}
