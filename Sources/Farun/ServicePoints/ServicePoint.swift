import Fluent
import FarunCore
import Foundation

/// Where citizens walk in (服务点): a public legal service center, a town workstation, a village law room,
/// a mediation point or a self-service kiosk.
final class ServicePoint: Model, @unchecked Sendable {
    static let schema = "service_points"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity and place
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: ServicePointKind
    @Parent(key: "region_id") var region: Region
    @Field(key: "address") var address: String

    // Reception
    @Field(key: "opening_hours") var openingHours: String
    /// Citizens received per day; staff lower it when needed (e.g. during an epidemic).
    @Field(key: "capacity") var capacity: Int
    @Field(key: "phone") var phone: String
    /// Public notice shown to citizens on the finder and the point's page.
    @Field(key: "notice") var notice: String

    // Lifecycle
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(name: String, kind: ServicePointKind, regionID: Int, address: String, openingHours: String = "", capacity: Int,
         phone: String = "", notice: String = "") {
        self.name = name
        self.kind = kind
        self.$region.id = regionID
        self.address = address
        self.openingHours = openingHours
        self.capacity = capacity
        self.phone = phone
        self.notice = notice
    }
}
