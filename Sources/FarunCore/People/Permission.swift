/// Something a staff member may do (权限). Roles map to permissions in `StaffRole.permissions`.
public enum Permission: String, Sendable, Codable, CaseIterable {
    /// Sign in to the staff area at all. Every role.
    case useStaffArea = "use_staff_area"
    /// Every role.
    case viewRegions = "view_regions"
    /// Bureau and system administrators.
    case manageRegions = "manage_regions"
    /// Every role.
    case viewServicePoints = "view_service_points"
    /// Administrators and judicial office staff.
    case manageServicePoints = "manage_service_points"
    /// Administrators and judicial office staff.
    case viewStaff = "view_staff"
    /// Administrators: create accounts and hand out roles.
    case manageStaff = "manage_staff"
    /// Administrators: API tokens.
    case manageTokens = "manage_tokens"
    /// Administrators: read the audit log.
    case viewAudit = "view_audit"
    /// Legal professionals: edit their own public profile.
    case editOwnProfile = "edit_own_profile"
    /// Administrators: add a year's holidays and make-up working days to the deadline calendar.
    case manageCalendar = "manage_calendar"
    /// Front desk (前台受理): register work orders from a window, the hotline or on a citizen's behalf.
    case intakeWorkOrders = "intake_work_orders"
    /// Back office (后台办理): see the unit's queue, claim and handle work orders.
    case handleWorkOrders = "handle_work_orders"
    /// Unit heads and the bureau: assign, see every order in the region, escalations and call-backs (回访).
    case superviseWorkOrders = "supervise_work_orders"
    /// Administrators: edit the service catalog (服务清单).
    case manageServiceCatalog = "manage_service_catalog"
    /// Administrators: handling units, their members and the routing rules.
    case manageRouting = "manage_routing"
    /// 12348 operators and the switchboard: call records and missed-call call-backs.
    case handleHotline = "handle_hotline"
    /// The bureau: hotline figures, satisfaction and other statistics.
    case viewStatistics = "view_statistics"
    /// Legal staff and the bureau: write, publish and retire typical cases (典型案例) and FAQ, and the search vocabulary.
    case manageKnowledge = "manage_knowledge"
    /// Village and town points and the bureau: submit dispute screening reports (矛盾纠纷排查, issue 6).
    case reportDisputeScreening = "report_dispute_screening"
    /// Legal aid officers and the bureau: review legal aid applications (材料审查, 决定, 指派, 终止) and see the registers.
    case reviewLegalAid = "review_legal_aid"
    /// The justice bureau: decide objections to refusals and terminations of legal aid (法律援助法 第四十九条).
    case decideLegalAidObjections = "decide_legal_aid_objections"
}
