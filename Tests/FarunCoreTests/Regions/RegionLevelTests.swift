import Testing
import FarunCore

@Suite struct RegionLevelTests {
    @Test func depthRunsFromProvinceZeroToGroupFive() {
        #expect(RegionLevel.allCases.map(\.depth) == [0, 1, 2, 3, 4, 5])
        #expect(RegionLevel.province.depth == 0)
        #expect(RegionLevel.group.depth == 5)
    }

    @Test func levelsCompareByDepth() {
        #expect(RegionLevel.province < .city)
        #expect(RegionLevel.township < .village)
        #expect(!(RegionLevel.county < .city))
        #expect(RegionLevel.allCases.shuffled().sorted() == RegionLevel.allCases)
    }

    @Test func allowsChildFollowsTheDivisionHierarchy() {
        // setup: every allowed (parent, child) pair; all other pairs must be refused
        let allowed: Set<[RegionLevel]> = [
            [.province, .city], [.province, .county],
            [.city, .county], [.city, .township],
            [.county, .township],
            [.township, .village],
            [.village, .group],
        ]
        // act / check
        for parent in RegionLevel.allCases {
            for child in RegionLevel.allCases {
                #expect(parent.allowsChild(child) == allowed.contains([parent, child]), "\(parent) → \(child)")
            }
        }
    }

    @Test func rawValuesAreTheLevelWordsOfTheDataFiles() {
        #expect(RegionLevel(rawValue: "township") == .township)
        #expect(RegionLevel.group.rawValue == "group")
        #expect(RegionLevel(rawValue: "town") == nil)
    }
}
