import Testing
import FarunCore

@Suite struct PolicyTests {
    // setup shared by the tests: county 5 under city 1; towns 23 and 24 in the county; village 88 in town 23
    let county = RegionPath(ids: [1, 5])
    let townA = RegionPath(ids: [1, 5, 23])
    let townB = RegionPath(ids: [1, 5, 24])
    let village = RegionPath(ids: [1, 5, 23, 88])

    @Test func grantAtCountyAllowsItsTownsAndItself() {
        let grants = [Grant(role: .bureauAdmin, regionPath: county)]
        #expect(Policy.allows(grants, .manageStaff, in: townA))
        #expect(Policy.allows(grants, .manageStaff, in: village))
        #expect(Policy.allows(grants, .manageStaff, in: county))
        #expect(!Policy.allows(grants, .manageStaff, in: RegionPath(ids: [1])))
        #expect(!Policy.allows(grants, .manageStaff, in: RegionPath(ids: [1, 6])))
    }

    @Test func grantAtOneTownRefusesAnother() {
        let grants = [Grant(role: .judicialOfficeStaff, regionPath: townA)]
        #expect(Policy.allows(grants, .manageServicePoints, in: village))
        #expect(!Policy.allows(grants, .manageServicePoints, in: townB))
        #expect(!Policy.allows(grants, .manageServicePoints, in: county))
    }

    @Test func permissionMustComeFromTheGrantThatCoversTheTarget() {
        // setup: admin in town B, clerk in town A
        let grants = [Grant(role: .bureauAdmin, regionPath: townB), Grant(role: .windowClerk, regionPath: townA)]
        // check
        #expect(!Policy.allows(grants, .manageStaff, in: townA))
        #expect(Policy.allows(grants, .viewRegions, in: townA))
        #expect(Policy.allows(grants, .manageStaff, in: townB))
    }

    @Test func nilTargetAsksWhetherThePermissionIsHeldAnywhere() {
        let grants = [Grant(role: .lawyer, regionPath: townA)]
        #expect(Policy.allows(grants, .editOwnProfile, in: nil))
        #expect(!Policy.allows(grants, .viewAudit, in: nil))
        #expect(!Policy.allows([], .useStaffArea, in: nil))
    }

    @Test func scopesDropDuplicatesAndNestedPaths() {
        // setup
        let grants = [
            Grant(role: .judicialOfficeStaff, regionPath: townA),
            Grant(role: .bureauAdmin, regionPath: townB),
            Grant(role: .systemAdmin, regionPath: townB),
            Grant(role: .bureauAdmin, regionPath: village),
            Grant(role: .lawyer, regionPath: RegionPath(ids: [2])),
        ]
        // act
        let scopes = Policy.scopes(grants, for: .manageServicePoints)
        // check
        #expect(scopes == [townA, townB])
    }

    @Test func scopesKeepOnlyTheWidestRoot() {
        let grants = [Grant(role: .bureauAdmin, regionPath: townA), Grant(role: .systemAdmin, regionPath: county)]
        #expect(Policy.scopes(grants, for: .viewAudit) == [county])
        #expect(Policy.scopes(grants, for: .editOwnProfile) == [])
    }

    @Test func adminMayGrantOrdinaryRolesInsideTheirRegionOnly() {
        let grants = [Grant(role: .bureauAdmin, regionPath: county)]
        #expect(Policy.mayGrant(grants, role: .mediator, at: townA))
        #expect(Policy.mayGrant(grants, role: .bureauAdmin, at: county))
        #expect(!Policy.mayGrant(grants, role: .mediator, at: RegionPath(ids: [1])))
    }

    @Test func onlyASystemAdminMayGrantSystemAdmin() {
        let bureau = [Grant(role: .bureauAdmin, regionPath: county)]
        let system = [Grant(role: .systemAdmin, regionPath: county)]
        #expect(!Policy.mayGrant(bureau, role: .systemAdmin, at: townA))
        #expect(Policy.mayGrant(system, role: .systemAdmin, at: townA))
        #expect(!Policy.mayGrant(system, role: .systemAdmin, at: RegionPath(ids: [1])))
    }

    @Test func systemAdminElsewhereDoesNotLetABureauAdminGrantSystemAdminHere() {
        let grants = [Grant(role: .bureauAdmin, regionPath: townA), Grant(role: .systemAdmin, regionPath: townB)]
        #expect(!Policy.mayGrant(grants, role: .systemAdmin, at: townA))
    }

    @Test func rolesWithoutManageStaffMayGrantNothing() {
        let grants = [Grant(role: .judicialOfficeStaff, regionPath: county)]
        #expect(!Policy.mayGrant(grants, role: .mediator, at: townA))
    }
}
