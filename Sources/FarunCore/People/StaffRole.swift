/// The 12 staff roles (工作人员角色). A role is granted at a region and applies to its whole subtree.
public enum StaffRole: String, Sendable, Codable, CaseIterable {
    /// 窗口工作人员: clerk at a service-centre window.
    case windowClerk = "window_clerk"
    /// 12348 热线接线员: hotline operator.
    case hotlineOperator = "hotline_operator"
    /// 律师.
    case lawyer
    /// 公证员.
    case notary
    /// 人民调解员: people's mediator.
    case mediator
    /// 基层法律服务工作者: grassroots legal service worker.
    case grassrootsWorker = "grassroots_worker"
    /// 村（居）法律顾问: village or community legal advisor.
    case communityAdvisor = "community_advisor"
    /// 司法所工作人员: staff of a township justice office.
    case judicialOfficeStaff = "judicial_office_staff"
    /// 法律援助机构工作人员: legal aid officer.
    case legalAidOfficer = "legal_aid_officer"
    /// 社区矫正工作人员: community corrections officer.
    case correctionsOfficer = "corrections_officer"
    /// 司法局管理员: justice bureau administrator.
    case bureauAdmin = "bureau_admin"
    /// 系统管理员: system administrator.
    case systemAdmin = "system_admin"

    /// Roles held by legal professionals (法律服务人员), who keep a public profile.
    public var isLegalProfessional: Bool {
        switch self {
        case .lawyer, .notary, .mediator, .grassrootsWorker, .communityAdvisor: true
        default: false
        }
    }

    /// What the role may do within the region it is granted at.
    public var permissions: Set<Permission> {
        var granted: Set<Permission> = [.useStaffArea, .viewRegions, .viewServicePoints]
        switch self {
        case .bureauAdmin:
            granted.formUnion([
                .manageRegions, .manageServicePoints, .viewStaff, .manageStaff, .manageTokens, .viewAudit, .manageCalendar,
                .intakeWorkOrders, .handleWorkOrders, .superviseWorkOrders, .manageServiceCatalog, .manageRouting,
                .handleHotline, .viewStatistics, .manageKnowledge, .reviewLegalAid, .decideLegalAidObjections,
            ])
        case .systemAdmin:
            granted.formUnion([
                .manageRegions, .manageServicePoints, .viewStaff, .manageStaff, .manageTokens, .viewAudit, .manageCalendar,
                .manageServiceCatalog, .manageRouting,
            ])
        case .judicialOfficeStaff:
            granted.formUnion([.manageServicePoints, .viewStaff, .intakeWorkOrders, .handleWorkOrders, .superviseWorkOrders,
                               .manageKnowledge])
        case .windowClerk:
            granted.formUnion([.intakeWorkOrders])
        case .hotlineOperator:
            granted.formUnion([.intakeWorkOrders, .handleHotline])
        case .legalAidOfficer:
            granted.formUnion([.intakeWorkOrders, .handleWorkOrders, .manageKnowledge, .reviewLegalAid])
        case .correctionsOfficer:
            granted.formUnion([.handleWorkOrders])
        default:
            break
        }
        if isLegalProfessional { granted.insert(.handleWorkOrders) }
        if isLegalProfessional { granted.insert(.editOwnProfile) }
        // 矛盾纠纷排查: reported by the points (mediators, grassroots workers, judicial offices) and the bureau.
        if [.mediator, .grassrootsWorker, .judicialOfficeStaff, .bureauAdmin].contains(self) { granted.insert(.reportDisputeScreening) }
        return granted
    }
}
