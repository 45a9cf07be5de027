/// A role held at a region (授权). It applies to the region and everything below it.
public struct Grant: Sendable, Hashable {
    public let role: StaffRole
    public let regionPath: RegionPath

    public init(role: StaffRole, regionPath: RegionPath) {
        self.role = role
        self.regionPath = regionPath
    }
}
