import Fluent
import FarunCore
import Foundation

/// The public profile of a legal professional (法律服务人员): lawyer, notary, mediator, grassroots legal
/// worker or community legal advisor. Deliberately photo-free.
final class ProfessionalProfile: Model, @unchecked Sendable {
    static let schema = "professional_profiles"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "user_id") var user: StaffUser

    // Practice
    @Field(key: "profession") var profession: StaffRole
    @Field(key: "organisation") var organisation: String
    @Field(key: "licence_number") var licenceNumber: String
    /// Legal fields as ",labour,contract," so one LIKE finds a field on both engines.
    @Field(key: "specialties") var specialtiesText: String
    @Field(key: "languages") var languagesText: String
    @Field(key: "bio") var bio: String

    // Publication
    @Field(key: "is_public") var isPublic: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Siblings(through: ProfessionalRegion.self, from: \.$profile, to: \.$region) var regions: [Region]

    init() {}

    var specialties: [LegalField] {
        get { Self.decodeList(specialtiesText) }
        set { specialtiesText = Self.encodeList(newValue) }
    }

    var languages: [ServiceLanguage] {
        get { Self.decodeList(languagesText) }
        set { languagesText = Self.encodeList(newValue) }
    }

    static func encodeList<T: RawRepresentable>(_ values: [T]) -> String where T.RawValue == String {
        values.isEmpty ? "" : "," + values.map(\.rawValue).joined(separator: ",") + ","
    }

    static func decodeList<T: RawRepresentable>(_ text: String) -> [T] where T.RawValue == String {
        text.split(separator: ",").compactMap { T(rawValue: String($0)) }
    }
}

/// A region a professional serves.
final class ProfessionalRegion: Model, @unchecked Sendable {
    static let schema = "professional_regions"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Parent(key: "profile_id") var profile: ProfessionalProfile
    @Parent(key: "region_id") var region: Region

    init() {}
}
