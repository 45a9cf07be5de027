/// Decides what a set of grants allows. Pure: callers load the grants and the target region's path.
public enum Policy {
    /// Whether some grant has `permission` and its region contains `target`.
    /// With a nil target, whether any grant has `permission` at all.
    public static func allows(_ grants: [Grant], _ permission: Permission, in target: RegionPath?) -> Bool {
        grants.contains { grant in
            grant.role.permissions.contains(permission) && (target.map(grant.regionPath.contains) ?? true)
        }
    }

    /// The subtree roots in which `permission` holds, with duplicates and paths inside another root dropped,
    /// in the order the grants list them. Empty when the permission holds nowhere.
    public static func scopes(_ grants: [Grant], for permission: Permission) -> [RegionPath] {
        let paths = grants.filter { $0.role.permissions.contains(permission) }.map(\.regionPath)
        var result: [RegionPath] = []
        for (index, path) in paths.enumerated() {
            let covered = paths.enumerated().contains { other in
                other.offset != index && other.element.contains(path)
                    && (other.element != path || other.offset < index)
            }
            if !covered { result.append(path) }
        }
        return result
    }

    /// Whether `grants` may hand out `role` at `target`: they need `manageStaff` there, and only a system
    /// administrator whose region contains `target` may create another system administrator.
    public static func mayGrant(_ grants: [Grant], role: StaffRole, at target: RegionPath) -> Bool {
        guard allows(grants, .manageStaff, in: target) else { return false }
        guard role == .systemAdmin else { return true }
        return grants.contains { $0.role == .systemAdmin && $0.regionPath.contains(target) }
    }
}
