/// Routing (后台分流): which handling unit's queue a work order goes to, from rules administrators edit.
public enum RoutingRules {
    /// One rule: orders for `serviceCode` (nil = any service) from inside `regionPath`'s subtree go to `unitID`.
    public struct Rule: Sendable, Hashable {
        public let id: Int
        public let serviceCode: String?
        public let regionPath: RegionPath
        public let unitID: Int

        public init(id: Int, serviceCode: String?, regionPath: RegionPath, unitID: Int) {
            self.id = id
            self.serviceCode = serviceCode
            self.regionPath = regionPath
            self.unitID = unitID
        }
    }

    /// The rule that applies: the most local region wins (a town's rule beats the county's); at equal depth a
    /// rule for this service beats a catch-all; then the lowest id, so the answer never depends on row order.
    public static func match(serviceCode: String, regionPath: RegionPath, rules: [Rule]) -> Rule? {
        rules
            .filter { ($0.serviceCode == nil || $0.serviceCode == serviceCode) && $0.regionPath.contains(regionPath) }
            .min { a, b in
                let (da, db) = (a.regionPath.depth, b.regionPath.depth)
                if da != db { return da > db }
                if (a.serviceCode == nil) != (b.serviceCode == nil) { return a.serviceCode != nil }
                return a.id < b.id
            }
    }
}

/// How a unit hands out its queue (分派方式), chosen per unit. Raw values are stored.
public enum AssignmentStrategy: String, Sendable, Codable, CaseIterable {
    /// 轮流: members take turns, in a fixed order.
    case roundRobin = "round_robin"
    /// 按负荷: the member with the fewest open orders, below their capacity.
    case leastLoad = "least_load"
    /// 自行认领: members claim from the queue themselves; nothing is assigned automatically.
    case claim

    /// Who gets the next order, or nil when everyone is full (the order waits in the queue).
    /// `members` are in the unit's fixed order; `lastAssigned` is who got the previous one (round robin).
    public func next(members: [Member], lastAssigned: Int?) -> Int? {
        let open = members.filter { $0.openOrders < $0.capacity }
        guard !open.isEmpty else { return nil }
        switch self {
        case .claim:
            return nil
        case .roundRobin:
            guard let last = lastAssigned, let index = members.firstIndex(where: { $0.staffID == last }) else {
                return open.first?.staffID
            }
            let rotated = members[(index + 1)...] + members[...index]
            return rotated.first { $0.openOrders < $0.capacity }?.staffID
        case .leastLoad:
            return open.min { a, b in
                if a.openOrders != b.openOrders { return a.openOrders < b.openOrders }
                return a.staffID < b.staffID
            }?.staffID
        }
    }

    public struct Member: Sendable, Hashable {
        public let staffID: Int
        public let openOrders: Int
        /// Open orders a member may hold at once (个人承办上限).
        public let capacity: Int

        public init(staffID: Int, openOrders: Int, capacity: Int) {
            self.staffID = staffID
            self.openOrders = openOrders
            self.capacity = capacity
        }
    }
}
