import Fluent
import FarunCore
import Plot
import Vapor

/// The professional profile form, used by administrators and by professionals for their own profile.
enum ProfileForm {
    struct Values: Sendable {
        var organisation = ""
        var licenceNumber = ""
        var specialties: [String] = []
        var languages: [String] = []
        var regionIDs: [Int] = []
        var bio = ""
        var isPublic = false

        init() {}

        init(_ profile: ProfessionalProfile) {
            organisation = profile.organisation
            licenceNumber = profile.licenceNumber
            specialties = profile.specialties.map(\.rawValue)
            languages = profile.languages.map(\.rawValue)
            regionIDs = profile.$regions.value?.compactMap(\.id) ?? []
            bio = profile.bio
            isPublic = profile.isPublic
        }

        static func from(_ req: Request) -> Values {
            var v = Values()
            v.organisation = req.formValue("organisation") ?? ""
            v.licenceNumber = req.formValue("licence_number") ?? ""
            v.specialties = req.formValues("specialties")
            v.languages = req.formValues("languages")
            v.regionIDs = req.formValues("regions").compactMap(Int.init)
            v.bio = req.formValue("bio") ?? ""
            v.isPublic = req.formValue("is_public") == "1"
            return v
        }

        func problems() -> [FieldProblem] {
            var p: [FieldProblem] = []
            if organisation.count > 80 { p.append(.init(field: "organisation", message: .validationTooLong, args: ["80"])) }
            if licenceNumber.count > 30 || licenceNumber.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "-" }) {
                p.append(.init(field: "licence_number", message: .profileLicenceInvalid))
            }
            if specialties.contains(where: { LegalField(rawValue: $0) == nil }) || specialties.count > 8 {
                p.append(.init(field: "specialties", message: .profileSpecialtiesInvalid))
            }
            if languages.contains(where: { ServiceLanguage(rawValue: $0) == nil }) { p.append(.init(field: "languages", message: .validationChoose)) }
            if bio.count > 500 { p.append(.init(field: "bio", message: .validationTooLong, args: ["500"])) }
            if isPublic && (organisation.isEmpty || specialties.isEmpty) {
                p.append(.init(field: "is_public", message: .profilePublicNeedsFields))
            }
            return p
        }

        func apply(to profile: ProfessionalProfile, on db: any Database) async throws {
            profile.organisation = organisation
            profile.licenceNumber = licenceNumber
            profile.specialties = specialties.compactMap(LegalField.init(rawValue:))
            profile.languages = languages.compactMap(ServiceLanguage.init(rawValue:))
            profile.bio = bio
            profile.isPublic = isPublic
            try await profile.save(on: db)
            let profileID = try profile.requireID()
            try await ProfessionalRegion.query(on: db).filter(\.$profile.$id == profileID).delete()
            let regions = try await Region.query(on: db).filter(\.$id ~~ regionIDs).filter(\.$retiredAt == nil).all()
            for region in regions {
                let link = ProfessionalRegion()
                link.$profile.id = profileID
                link.$region.id = try region.requireID()
                try await link.create(on: db)
            }
        }
    }

    static func fields(_ v: Values, regionOptions: [Forms.Option], problems: [FieldProblem], l: L10n) -> Node<HTML.FormContext> {
        func error(_ field: String) -> String? { problems.message(for: field, l) }
        return .group(
            Forms.field("organisation", label: l(.fieldOrganisation), value: v.organisation, maxLength: 80, error: error("organisation")),
            Forms.field("licence_number", label: l(.fieldLicenceNumber), value: v.licenceNumber, maxLength: 30, error: error("licence_number")),
            Forms.checkboxes("specialties", legend: l(.fieldSpecialty), options: LegalField.allCases.map { .init(value: $0.rawValue, label: l.name("field", $0)) }, checked: Set(v.specialties)),
            .unwrap(error("specialties")) { .p(.class("error"), .text($0)) },
            Forms.checkboxes("languages", legend: l(.fieldLanguages), options: ServiceLanguage.allCases.map { .init(value: $0.rawValue, label: l.name("language", $0)) }, checked: Set(v.languages)),
            Forms.checkboxes("regions", legend: l(.fieldServiceRegions), options: regionOptions, checked: Set(v.regionIDs.map(String.init))),
            Forms.textArea("bio", label: l(.fieldBio), value: v.bio, maxLength: 500, error: error("bio")),
            .div(.class("check"),
                .input(.type(.checkbox), .id("is_public"), .name("is_public"), .value("1"), .attribute(named: "checked", value: (v.isPublic) ? "checked" : nil)),
                .label(.for("is_public"), .text(l(.fieldIsPublic)))),
            .unwrap(error("is_public")) { .p(.class("error"), .text($0)) }
        )
    }
}
