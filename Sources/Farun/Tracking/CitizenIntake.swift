import Fluent
import FarunCore
import Foundation
import Vapor

/// What the phone and kiosk forms send, as typed (kept to show again when something is wrong).
struct CitizenIntakeValues: Sendable, Equatable {
    var name = ""
    var phone = ""
    var residentID = ""
    var matter = ""
    var regionID = ""
    var greenChannel = ""
    var greenChannelNote = ""
    var consent = false
    /// The form's one-time submission token (the idempotency key).
    var token = ""

    static let tokenField = "submission_token"

    static func fresh() -> CitizenIntakeValues {
        var values = CitizenIntakeValues()
        values.token = Tokens.random()
        return values
    }

    static func read(_ req: Request) -> CitizenIntakeValues {
        CitizenIntakeValues(
            name: req.formValue("requester_name") ?? "", phone: req.formValue("requester_phone") ?? "",
            residentID: req.formValue("resident_id") ?? "", matter: req.formValue("matter") ?? "",
            regionID: req.formValue("region_id") ?? "", greenChannel: req.formValue("green_channel") ?? "",
            greenChannelNote: req.formValue("green_channel_note") ?? "", consent: req.formValue("consent") == "yes",
            token: req.formValue(tokenField) ?? "")
    }
}

/// A file sent with the phone form.
struct CitizenUpload: Sendable {
    let fileName: String
    let data: ByteBuffer

    /// The form's `file` part; nil when none was chosen (browsers send an empty part) or the form was not multipart.
    static func read(_ req: Request) -> CitizenUpload? {
        guard let file = try? req.content.get(File.self, at: "file"), file.data.readableBytes > 0 else { return nil }
        return CitizenUpload(fileName: file.filename, data: file.data)
    }

    /// The same checks `AttachmentStore.save` makes, before anything is stored, so that a bad file is reported
    /// together with the other fields and no order is created.
    func problems(_ settings: Settings) -> [FieldProblem] {
        if data.readableBytes > settings.attachmentMaxMegabytes * 1024 * 1024 {
            return [.init(field: "file", message: .errorAttachmentTooLarge, args: ["\(settings.attachmentMaxMegabytes)"])]
        }
        if AttachmentStore.Kind.sniff(Array(data.readableBytesView.prefix(16))) == nil {
            return [.init(field: "file", message: .errorAttachmentType)]
        }
        return []
    }
}

/// Submission from the citizen channels (phone, website, kiosk) through the one intake, made idempotent by the
/// form's token: a double tap, a reload of the result or a retry on a flaky network gets the first order.
enum CitizenIntake {
    enum Outcome {
        case submitted(WorkOrder)
        case invalid([FieldProblem])
    }

    struct Place: Sendable {
        /// The region chosen on the phone form, or the kiosk's.
        let regionID: Int?
        let servicePointID: Int?
        /// The regions the form offered; nil when the place is fixed (kiosk).
        let allowedRegionIDs: Set<Int>?
    }

    static func submit(_ values: CitizenIntakeValues, service: CatalogEntry, channel: WorkOrderChannel, place: Place,
                       upload: CitizenUpload?, req: Request) async throws -> Outcome {
        try await RateLimiter.citizenIntake(on: req)
        var problems: [FieldProblem] = []
        if !Idempotency.isValid(values.token) { problems.append(.init(field: CitizenIntakeValues.tokenField, message: .applyFormExpired)) }
        var regionID = place.regionID
        if let allowed = place.allowedRegionIDs, let id = regionID, !allowed.contains(id) { regionID = nil }
        let input = IntakeInput(
            service: service.code, channel: channel.rawValue, requesterName: values.name, requesterPhone: values.phone,
            residentID: values.residentID, matter: values.matter, regionID: regionID, servicePointID: place.servicePointID,
            priority: nil, greenChannel: values.greenChannel, greenChannelNote: values.greenChannelNote,
            follows: nil, parent: nil, acceptNow: nil)
        let submitter = Submitter.citizen(citizenID: req.citizen?.id)
        let validated = try await WorkOrderIntake.validate(input, submitter: submitter, on: req.db)
        if case .failure(let error) = validated { problems += error.fieldProblems }
        problems += upload?.problems(req.application.settings) ?? []
        if !values.consent { problems.append(.init(field: "consent", message: .applyConsentRequired)) }
        guard problems.isEmpty, case .success(let draft) = validated else { return .invalid(problems) }

        let context = try await ActionContext.from(req)
        let outcome = try await Idempotency.run(scope: "form", key: values.token, requestHash: Tokens.sha256(values.token), now: context.now, on: req.db) { recordKey in
            try await WorkOrderIntake.submit(draft, submitter: submitter, context: context, on: req.db) { order, tx in
                try await recordKey(order, tx)
                if let upload {
                    let saved = try await AttachmentStore.save(fileName: upload.fileName, data: upload.data, to: try order.requireID(), uploadedBy: draft.name,
                                                               settings: context.settings, now: context.now, on: tx)
                    try await WorkOrderJournal.append(order, action: "attach", from: order.state, note: saved.fileName, context: context, on: tx)
                }
            }
        }
        switch outcome {
        case .created(let order), .replayed(let order): return .submitted(order)
        }
    }
}
