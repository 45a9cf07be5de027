import FarunCore
import Testing

@Suite struct RoutingRulesTests {
    let county = RegionPath(ids: [1])
    let townA = RegionPath(ids: [1, 2])
    let villageA = RegionPath(ids: [1, 2, 5])
    let townB = RegionPath(ids: [1, 3])

    @Test func theMostLocalRuleWins() {
        // setup
        let rules = [RoutingRules.Rule(id: 1, serviceCode: "LEGAL_AID", regionPath: county, unitID: 10),
                     RoutingRules.Rule(id: 2, serviceCode: "LEGAL_AID", regionPath: townA, unitID: 20)]
        // act / check
        #expect(RoutingRules.match(serviceCode: "LEGAL_AID", regionPath: villageA, rules: rules)?.unitID == 20)
        #expect(RoutingRules.match(serviceCode: "LEGAL_AID", regionPath: townB, rules: rules)?.unitID == 10)
    }

    @Test func aServiceRuleBeatsACatchAllAtTheSameDepthButNotADeeperCatchAll() {
        // setup
        let rules = [RoutingRules.Rule(id: 1, serviceCode: nil, regionPath: county, unitID: 10),
                     RoutingRules.Rule(id: 2, serviceCode: "NOTARIZATION", regionPath: county, unitID: 20),
                     RoutingRules.Rule(id: 3, serviceCode: nil, regionPath: townA, unitID: 30)]
        // act / check
        #expect(RoutingRules.match(serviceCode: "NOTARIZATION", regionPath: townB, rules: rules)?.unitID == 20)
        #expect(RoutingRules.match(serviceCode: "LEGAL_AID", regionPath: townB, rules: rules)?.unitID == 10)
        #expect(RoutingRules.match(serviceCode: "NOTARIZATION", regionPath: villageA, rules: rules)?.unitID == 30)
    }

    @Test func noRuleOutsideEveryRegionMeansNoRoute() {
        // setup
        let rules = [RoutingRules.Rule(id: 1, serviceCode: "LEGAL_AID", regionPath: townA, unitID: 10)]
        // act / check
        #expect(RoutingRules.match(serviceCode: "LEGAL_AID", regionPath: townB, rules: rules) == nil)
        #expect(RoutingRules.match(serviceCode: "NOTARIZATION", regionPath: townA, rules: rules) == nil)
    }

    @Test func equalRulesAreDecidedByIdNotByOrder() {
        // setup
        let a = RoutingRules.Rule(id: 7, serviceCode: "LEGAL_AID", regionPath: townA, unitID: 70)
        let b = RoutingRules.Rule(id: 4, serviceCode: "LEGAL_AID", regionPath: townA, unitID: 40)
        // act / check
        #expect(RoutingRules.match(serviceCode: "LEGAL_AID", regionPath: townA, rules: [a, b])?.unitID == 40)
        #expect(RoutingRules.match(serviceCode: "LEGAL_AID", regionPath: townA, rules: [b, a])?.unitID == 40)
    }
}

@Suite struct AssignmentStrategyTests {
    typealias M = AssignmentStrategy.Member

    @Test func roundRobinTakesTurnsAndSkipsWhoeverIsFull() {
        // setup
        let members = [M(staffID: 1, openOrders: 0, capacity: 2), M(staffID: 2, openOrders: 2, capacity: 2), M(staffID: 3, openOrders: 0, capacity: 2)]
        // act / check
        #expect(AssignmentStrategy.roundRobin.next(members: members, lastAssigned: nil) == 1)
        #expect(AssignmentStrategy.roundRobin.next(members: members, lastAssigned: 1) == 3)
        #expect(AssignmentStrategy.roundRobin.next(members: members, lastAssigned: 3) == 1)
        #expect(AssignmentStrategy.roundRobin.next(members: members, lastAssigned: 99) == 1)
    }

    @Test func leastLoadPicksTheFewestOpenOrdersBelowCapacity() {
        // setup
        let members = [M(staffID: 1, openOrders: 3, capacity: 5), M(staffID: 2, openOrders: 1, capacity: 1), M(staffID: 3, openOrders: 2, capacity: 5)]
        // act / check
        #expect(AssignmentStrategy.leastLoad.next(members: members, lastAssigned: nil) == 3)
    }

    @Test func nobodyGetsAnOrderWhenAllAreFullOrTheUnitClaims() {
        // setup
        let full = [M(staffID: 1, openOrders: 2, capacity: 2)]
        let free = [M(staffID: 1, openOrders: 0, capacity: 2)]
        // act / check
        #expect(AssignmentStrategy.roundRobin.next(members: full, lastAssigned: nil) == nil)
        #expect(AssignmentStrategy.leastLoad.next(members: full, lastAssigned: nil) == nil)
        #expect(AssignmentStrategy.claim.next(members: free, lastAssigned: nil) == nil)
        #expect(AssignmentStrategy.roundRobin.next(members: [], lastAssigned: nil) == nil)
    }
}

@Suite struct DeadlineFlagAndLimitTests {
    @Test func eightyPercentMakesAnOrderApproachingAndPastDueMakesItOverdue() {
        #expect(DeadlineFlag.from(elapsedFraction: 0.79, pastDue: false) == .onTime)
        #expect(DeadlineFlag.from(elapsedFraction: 0.8, pastDue: false) == .approaching)
        #expect(DeadlineFlag.from(elapsedFraction: 1.0, pastDue: false) == .approaching)
        #expect(DeadlineFlag.from(elapsedFraction: 1.1, pastDue: true) == .overdue)
        #expect(DeadlineFlag.onTime < .approaching && DeadlineFlag.approaching < .overdue)
    }

    @Test func unspecifiedDaysFollowTheDeploymentAndHoursAreNotCounted() {
        // setup
        let days = TimeLimit(count: 7, unit: .unspecifiedDays, citation: "法律援助法第四十三条", text: "7日")
        let working = TimeLimit(count: 15, unit: .workingDays, citation: "公证法第三十条", text: "15个工作日")
        let hours = TimeLimit(count: 24, unit: .hours, citation: "法律援助法第三十九条", text: "24小时")
        // act / check
        #expect(days.periodUnit(unspecifiedDaysAre: .calendarDays) == .calendarDays)
        #expect(days.periodUnit(unspecifiedDaysAre: .workingDays) == .workingDays)
        #expect(working.periodUnit(unspecifiedDaysAre: .calendarDays) == .workingDays)
        #expect(hours.periodUnit(unspecifiedDaysAre: .calendarDays) == nil)
    }

    @Test func serviceCodesAreUpperCaseIdentifiers() {
        #expect(ServiceType.isValidCode("LEGAL_AID"))
        #expect(ServiceType.isValidCode("A2"))
        #expect(!ServiceType.isValidCode("legal_aid"))
        #expect(!ServiceType.isValidCode("2ND"))
        #expect(!ServiceType.isValidCode("法律援助"))
        #expect(!ServiceType.isValidCode("A"))
    }
}
