import Testing
import FarunCore

@Suite struct StaffRoleTests {
    @Test func thereAreTwelveRolesWithSnakeCaseRawValues() {
        #expect(StaffRole.allCases.count == 12)
        #expect(StaffRole(rawValue: "judicial_office_staff") == .judicialOfficeStaff)
        #expect(StaffRole.systemAdmin.rawValue == "system_admin")
    }

    @Test func legalProfessionalsAreTheFiveServiceRoles() {
        #expect(Set(StaffRole.allCases.filter(\.isLegalProfessional))
            == [.lawyer, .notary, .mediator, .grassrootsWorker, .communityAdvisor])
    }

    @Test func everyRoleMayUseTheStaffAreaAndView() {
        for role in StaffRole.allCases {
            #expect(role.permissions.isSuperset(of: [.useStaffArea, .viewRegions, .viewServicePoints]), "\(role)")
        }
    }

    static let restrictedHolders: [(Permission, Set<StaffRole>)] = [
        (.manageRegions, [.bureauAdmin, .systemAdmin]),
        (.manageServicePoints, [.bureauAdmin, .systemAdmin, .judicialOfficeStaff]),
        (.viewStaff, [.bureauAdmin, .systemAdmin, .judicialOfficeStaff]),
        (.manageStaff, [.bureauAdmin, .systemAdmin]),
        (.manageTokens, [.bureauAdmin, .systemAdmin]),
        (.viewAudit, [.bureauAdmin, .systemAdmin]),
        (.manageCalendar, [.bureauAdmin, .systemAdmin]),
        (.editOwnProfile, [.lawyer, .notary, .mediator, .grassrootsWorker, .communityAdvisor]),
        (.intakeWorkOrders, [.windowClerk, .hotlineOperator, .judicialOfficeStaff, .legalAidOfficer, .bureauAdmin]),
        (.handleWorkOrders, [.lawyer, .notary, .mediator, .grassrootsWorker, .communityAdvisor, .judicialOfficeStaff,
                             .legalAidOfficer, .correctionsOfficer, .bureauAdmin]),
        (.superviseWorkOrders, [.judicialOfficeStaff, .bureauAdmin]),
        (.manageServiceCatalog, [.bureauAdmin, .systemAdmin]),
        (.manageRouting, [.bureauAdmin, .systemAdmin]),
        (.handleHotline, [.hotlineOperator, .bureauAdmin]),
        (.viewStatistics, [.bureauAdmin]),
        (.manageKnowledge, [.judicialOfficeStaff, .legalAidOfficer, .bureauAdmin]),
        (.reportDisputeScreening, [.mediator, .grassrootsWorker, .judicialOfficeStaff, .bureauAdmin]),
        (.reviewLegalAid, [.legalAidOfficer, .bureauAdmin]),
        (.decideLegalAidObjections, [.bureauAdmin]),
    ]

    @Test(arguments: restrictedHolders)
    func restrictedPermissionsBelongToTheListedRolesOnly(permission: Permission, holders: Set<StaffRole>) {
        #expect(Set(StaffRole.allCases.filter { $0.permissions.contains(permission) }) == holders)
    }

    @Test func enumerationsKeepTheirStoredWords() {
        #expect(Permission.allCases.count == 22)
        #expect(Permission.intakeWorkOrders.rawValue == "intake_work_orders")
        #expect(Permission.handleHotline.rawValue == "handle_hotline")
        #expect(LegalField.allCases.count == 17)
        #expect(LegalField(rawValue: "marriage_family") == .marriageFamily)
        #expect(ServiceLanguage.allCases.map(\.rawValue) == ["zh", "jin", "en", "other"])
        #expect(ServicePointKind.allCases.map(\.rawValue)
            == ["center", "workstation", "law_room", "mediation_point", "kiosk"])
        #expect(VillageKind.allCases.map(\.rawValue) == ["village", "community"])
    }
}
