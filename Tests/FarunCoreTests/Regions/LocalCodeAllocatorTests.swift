import Testing
import FarunCore

@Suite struct LocalCodeAllocatorTests {
    let yueyang = DivisionCode("141025100")!

    @Test func firstLocalCodeIsFourHundred() {
        #expect(LocalCodeAllocator.nextVillageCode(township: yueyang, taken: [])?.value == "141025100400")
    }

    @Test func takenCodesAreSkipped() {
        // setup: official-range codes do not matter, local ones do
        let taken: Set<String> = ["141025100001", "141025100400", "141025100401", "141025100403"]
        // act
        let next = LocalCodeAllocator.nextVillageCode(township: yueyang, taken: taken)
        // check
        #expect(next?.value == "141025100402")
        #expect(next?.impliedLevel == .village)
    }

    @Test func codesOfOtherTownshipsDoNotCount() {
        let next = LocalCodeAllocator.nextVillageCode(township: yueyang, taken: ["141025101400"])
        #expect(next?.value == "141025100400")
    }

    @Test func returnsNilWhenAllSixHundredAreTaken() {
        // setup
        var taken = Set((400...999).map { "141025100\($0)" })
        // check
        #expect(LocalCodeAllocator.nextVillageCode(township: yueyang, taken: taken) == nil)
        taken.remove("141025100999")
        #expect(LocalCodeAllocator.nextVillageCode(township: yueyang, taken: taken)?.value == "141025100999")
    }

    @Test func refusesCodesThatAreNotTownships() {
        #expect(LocalCodeAllocator.nextVillageCode(township: DivisionCode("141025")!, taken: []) == nil)
        #expect(LocalCodeAllocator.nextVillageCode(township: DivisionCode("141025100401")!, taken: []) == nil)
    }
}
