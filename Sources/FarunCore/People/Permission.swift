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
}
