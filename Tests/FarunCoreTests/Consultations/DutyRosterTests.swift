import Foundation
import Testing
@testable import FarunCore

@Suite struct DutyRosterTests {
    /// Monday 2 March 2026, China time.
    static let monday = LocalDate(year: 2026, month: 3, day: 2)!
    static func at(_ hour: Int, _ minute: Int = 0, day: LocalDate = monday) -> Date {
        ChinaPeriod.midnight(of: day) + Double(hour * 3600 + minute * 60)
    }
    // province 1 / city 5 / counties 23, 24 / other city 6 / county 30
    static let county23 = RegionPath(ids: [1, 5, 23])
    static let town = RegionPath(ids: [1, 5, 23, 88])

    static func slot(_ person: String, _ region: RegionPath, _ fields: Set<LegalField>, day: DutyDay = .weekly(weekday: 1),
                     from: Int = 9, to: Int = 17) -> DutySlot {
        DutySlot(person: person, day: day, start: DutyTime(hour: from)!, end: DutyTime(hour: to)!, regionPath: region, fields: fields)
    }

    static let roster = DutyRoster(slots: [
        slot("exact", county23, [.labour]),
        slot("parent", RegionPath(ids: [1, 5, 24]), [.labour]),
        slot("grand", RegionPath(ids: [1, 6, 30]), [.labour]),
        slot("family", county23, [.marriageFamily]),
        slot("generalist", town, []),
        slot("evening", county23, [.labour], from: 18, to: 22),
        slot("tuesday", county23, [.labour], day: .weekly(weekday: 2)),
    ])

    @Test func aNewQuestionGoesOnlyToOnDutyLawyersWhoseFieldAndRegionMatch() {
        // act
        let offers = Self.roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10), now: Self.at(10))
        // check
        #expect(offers.map(\.person) == ["exact", "generalist"])
        #expect(offers.allSatisfy { $0.match == .exact && $0.rostered })
    }

    @Test func distributionWidensStageByStageAsTheQuestionAges() {
        // setup
        let asked = Self.at(10)
        func people(after minutes: Double) -> [String] {
            Self.roster.offers(region: Self.town, field: .known(.labour), askedAt: asked, now: asked + minutes * 60).map(\.person)
        }
        // act / check
        #expect(people(after: 1) == ["exact", "generalist"])
        #expect(people(after: 2) == ["exact", "generalist"])
        #expect(people(after: 3) == ["exact", "generalist"])
        #expect(people(after: 5) == ["exact", "generalist", "parent"])
        #expect(people(after: 7) == ["exact", "generalist", "parent", "grand"])
        #expect(people(after: 10) == ["exact", "generalist", "parent", "grand", "family"])
    }

    @Test func offDutySlotsAndOtherWeekdaysAreNotOffered() {
        // act
        let evening = Self.roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(19), now: Self.at(19) + 3600)
        let tuesday = Self.roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10, day: Self.monday.adding(days: 1)),
                                         now: Self.at(10, day: Self.monday.adding(days: 1)))
        // check
        #expect(evening.map(\.person) == ["evening"])
        #expect(tuesday.map(\.person) == ["tuesday"])
    }

    @Test func slotEndIsExclusive() {
        // act
        let atFive = Self.roster.offers(region: Self.county23, field: .known(.marriageFamily), askedAt: Self.at(17), now: Self.at(17))
        let beforeFive = Self.roster.offers(region: Self.county23, field: .known(.marriageFamily), askedAt: Self.at(16, 59), now: Self.at(16, 59))
        // check
        #expect(atFive.isEmpty)
        #expect(beforeFive.map(\.person) == ["family"])
    }

    @Test func aDateSlotAppliesOnlyOnThatDate() {
        // setup
        let holiday = LocalDate(year: 2026, month: 10, day: 1)!
        let roster = DutyRoster(slots: [Self.slot("holiday", Self.county23, [], day: .date(holiday), from: 0, to: 24)])
        // act
        let on = roster.offers(region: Self.county23, field: .other, askedAt: Self.at(23, 59, day: holiday), now: Self.at(23, 59, day: holiday))
        let after = roster.offers(region: Self.county23, field: .other, askedAt: Self.at(0, day: holiday.adding(days: 1)),
                                  now: Self.at(0, day: holiday.adding(days: 1)))
        // check
        #expect(on.map(\.person) == ["holiday"])
        #expect(after.isEmpty)
    }

    @Test func selfDeclaredAvailabilityCountsAsDutyButRanksAfterTheRosterInTheSameStage() {
        // setup
        let roster = DutyRoster(slots: [Self.slot("zed", Self.county23, [.labour])], availability: [
            DutyAvailability(person: "aaron", from: Self.at(9), until: Self.at(11), regionPath: Self.county23, fields: [.labour]),
            DutyAvailability(person: "gone", from: Self.at(8), until: Self.at(9), regionPath: Self.county23, fields: [.labour]),
        ])
        // act
        let offers = roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10), now: Self.at(10))
        // check
        #expect(offers.map(\.person) == ["zed", "aaron"])
        #expect(offers.map(\.rostered) == [true, false])
    }

    @Test func lawyersWhoAlreadyAnsweredAreNotOfferedAgain() {
        // act
        let offers = Self.roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10), now: Self.at(10), excluding: ["exact"])
        // check
        #expect(offers.map(\.person) == ["generalist"])
    }

    @Test func aPersonWithSeveralSlotsIsOfferedOnceAtTheNarrowestMatch() {
        // setup
        let roster = DutyRoster(slots: [Self.slot("p", RegionPath(ids: [1, 6]), [.labour]), Self.slot("p", Self.county23, [.labour])])
        // act
        let offers = roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10), now: Self.at(10) + 3600)
        // check
        #expect(offers == [DutyRoster.Offer(person: "p", match: .exact, rostered: true)])
    }

    @Test func wideningThresholdsAreConfigurable() {
        // setup
        let roster = DutyRoster(slots: Self.roster.slots, widening: .init(after: [.exact: 0, .anyoneOnDuty: 60]))
        // act
        let offers = roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10), now: Self.at(10, 1))
        // check
        #expect(offers.map(\.person) == ["exact", "generalist", "parent", "grand", "family"])
        #expect(offers.last?.match == .anyoneOnDuty)
    }

    @Test func aLawyerInASiblingTownIsOfferedAtTheParentRegionStage() {
        // setup
        let roster = DutyRoster(slots: [Self.slot("sibling", RegionPath(ids: [1, 5, 23, 99]), [.labour])])
        // act
        let early = roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10), now: Self.at(10, 1))
        let later = roster.offers(region: Self.town, field: .known(.labour), askedAt: Self.at(10), now: Self.at(10, 2))
        // check
        #expect(early.isEmpty)
        #expect(later == [DutyRoster.Offer(person: "sibling", match: .parentRegion, rostered: true)])
    }
}
