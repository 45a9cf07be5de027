import Fluent
import FarunCore
import Foundation

/// A handling unit (承办单位): 法律援助中心, 公证处, 人民调解委员会, 司法所, 12348 centre … located at a region.
/// Its back-office queue holds the accepted orders routed to it.
final class HandlingUnit: Model, @unchecked Sendable {
    static let schema = "units"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity and place
    @Field(key: "name") var name: String
    @Parent(key: "region_id") var region: Region
    /// Copied from the region so queues and scope checks are one prefix test.
    @Field(key: "region_path") var regionPath: String
    @Field(key: "phone") var phone: String

    // Distribution
    @Field(key: "assignment_strategy") var assignmentStrategy: AssignmentStrategy
    /// 负责人: receives escalations and call-back tasks.
    @OptionalParent(key: "head_id") var head: StaffUser?
    /// The member who got the previous order (round robin).
    @OptionalField(key: "last_assigned_id") var lastAssignedID: Int?

    // Lifecycle
    @OptionalField(key: "retired_at") var retiredAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Children(for: \.$unit) var members: [UnitMember]

    init() {}

    init(name: String, regionID: Int, regionPath: RegionPath, strategy: AssignmentStrategy, headID: Int? = nil, phone: String = "") {
        self.name = name
        self.$region.id = regionID
        self.regionPath = regionPath.value
        self.assignmentStrategy = strategy
        self.$head.id = headID
        self.phone = phone
    }

    var path: RegionPath { RegionPath(regionPath) ?? RegionPath(ids: []) }
}

/// A staff member working in a unit's back office, with how many open orders they may hold at once.
final class UnitMember: Model, @unchecked Sendable {
    static let schema = "unit_members"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "unit_id") var unit: HandlingUnit
    @Parent(key: "staff_id") var staff: StaffUser
    /// 个人承办上限.
    @Field(key: "capacity") var capacity: Int
    /// Order for round robin.
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(unitID: Int, staffID: Int, capacity: Int, position: Int) {
        self.$unit.id = unitID
        self.$staff.id = staffID
        self.capacity = capacity
        self.position = position
    }
}

/// A routing rule (分流规则): orders for a service (or any, when `serviceCode` is nil) from a region's subtree go
/// to a unit's queue.
final class RoutingRule: Model, @unchecked Sendable {
    static let schema = "routing_rules"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @OptionalField(key: "service_code") var serviceCode: String?
    @Parent(key: "region_id") var region: Region
    @Field(key: "region_path") var regionPath: String
    @Parent(key: "unit_id") var unit: HandlingUnit
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(serviceCode: String?, regionID: Int, regionPath: RegionPath, unitID: Int) {
        self.serviceCode = serviceCode
        self.$region.id = regionID
        self.regionPath = regionPath.value
        self.$unit.id = unitID
    }

    var rule: RoutingRules.Rule? {
        guard let id, let path = RegionPath(regionPath) else { return nil }
        return RoutingRules.Rule(id: id, serviceCode: serviceCode, regionPath: path, unitID: $unit.id)
    }
}
