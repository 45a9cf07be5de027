import Fluent
import FarunCore
import Foundation
import Vapor

/// What the switchboard posts for one call. Every field is read as text so a bad value gets a field error
/// naming it, instead of a bare "could not decode".
struct CallPost: Content, Sendable {
    var external_id: String?
    var caller: String?
    var ring_at: String?
    var answered_at: String?
    var ended_at: String?
    var `operator`: String?
    var recording_ref: String?
    var region_id: Int?
}

/// Recording 12348 calls: validation, the idempotent write, and the call-back for a missed call.
enum CallIntake {
    /// Switchboard and server clocks differ a little; times later than now + this are refused.
    static let clockSkew: TimeInterval = 120
    static let maximumExternalIDLength = 100
    static let maximumRecordingRefLength = 500

    /// A post that passed validation.
    struct Draft: Sendable {
        let externalID: String
        let phone: String
        let ringAt: Date
        let answeredAt: Date?
        let endedAt: Date
        let operatorID: Int?
        let recordingRef: String
        let region: Region
    }

    /// Checks the post; every problem is reported at once, by field.
    static func validate(_ post: CallPost, caller staff: StaffPrincipal, now: Date, on db: any Database) async throws -> Result<Draft, AppError> {
        var problems: [FieldProblem] = []
        let externalID = (post.external_id ?? "").trimmingCharacters(in: .whitespaces)
        if externalID.isEmpty || externalID.count > maximumExternalIDLength || externalID.contains(where: { $0.isNewline }) {
            problems.append(.init(field: "external_id", message: .hotlineExternalIDInvalid, args: [String(maximumExternalIDLength)]))
        }
        let phone = try? PhoneNumber.normalizeContact(post.caller ?? "")
        if phone == nil { problems.append(.init(field: "caller", message: .validationPhone)) }
        let ringAt = time(post.ring_at, field: "ring_at", required: true, now: now, &problems)
        let answeredAt = time(post.answered_at, field: "answered_at", required: false, now: now, &problems)
        let endedAt = time(post.ended_at, field: "ended_at", required: true, now: now, &problems)
        if let ringAt, let answeredAt, answeredAt < ringAt { problems.append(.init(field: "answered_at", message: .hotlineAnsweredBeforeRing)) }
        if let endedAt, let start = answeredAt ?? ringAt, endedAt < start {
            problems.append(.init(field: "ended_at", message: answeredAt == nil ? .hotlineEndedBeforeRing : .hotlineEndedBeforeAnswer))
        }
        let recordingRef = (post.recording_ref ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if recordingRef.count > maximumRecordingRefLength {
            problems.append(.init(field: "recording_ref", message: .validationTooLong, args: [String(maximumRecordingRefLength)]))
        }
        let region = try await region(post.region_id, caller: staff, on: db)
        if region == nil { problems.append(.init(field: "region_id", message: .hotlineRegionOutOfScope)) }
        var operatorID: Int?
        if let username = post.operator?.trimmingCharacters(in: .whitespaces), !username.isEmpty {
            operatorID = try await hotlineOperator(username, in: region, on: db)
            if operatorID == nil { problems.append(.init(field: "operator", message: .hotlineOperatorUnknown, args: [String(username.prefix(40))])) }
        }
        guard problems.isEmpty, let phone, let ringAt, let endedAt, let region else { return .failure(.validation(problems)) }
        return .success(Draft(externalID: externalID, phone: phone, ringAt: ringAt, answeredAt: answeredAt, endedAt: endedAt,
                              operatorID: operatorID, recordingRef: recordingRef, region: region))
    }

    /// An ISO 8601 time with a zone ("2026-09-21T09:30:05+08:00", fractions allowed), not in the future.
    private static func time(_ text: String?, field: String, required: Bool, now: Date, _ problems: inout [FieldProblem]) -> Date? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            if required { problems.append(.init(field: field, message: .validationRequired)) }
            return nil
        }
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = plain.date(from: text) ?? fractional.date(from: text) else {
            problems.append(.init(field: field, message: .hotlineTimeInvalid))
            return nil
        }
        if date > now.addingTimeInterval(clockSkew) {
            problems.append(.init(field: field, message: .hotlineTimeInFuture))
            return nil
        }
        return date
    }

    /// The given region if it is active and inside the caller's hotline scope; without one, the region of the
    /// caller's first hotline grant (a switchboard token usually serves one county).
    private static func region(_ id: Int?, caller staff: StaffPrincipal, on db: any Database) async throws -> Region? {
        guard let regionID = id ?? staff.scopes(for: .handleHotline).first?.ids.last,
              let region = try await Region.find(regionID, on: db), !region.isRetired,
              staff.allows(.handleHotline, in: region.regionPath)
        else { return nil }
        return region
    }

    /// The id of an enabled staff member who may answer 12348 calls in the region.
    private static func hotlineOperator(_ username: String, in region: Region?, on db: any Database) async throws -> Int? {
        guard let name = try? Username.normalize(username),
              let user = try await StaffUser.query(on: db).filter(\.$username == name).first(), !user.isDisabled else { return nil }
        let principal = try await StaffPrincipals.load(user, tokenScopes: nil, on: db)
        guard principal.allows(.handleHotline, in: region?.regionPath) else { return nil }
        return principal.id
    }

    /// Stores the call once: the same post again returns the stored record (`created` false); the same
    /// external id with different facts is a conflict. A missed call opens its call-back in the same transaction.
    static func record(_ draft: Draft, by req: Request) async throws -> (call: CallRecord, created: Bool) {
        if let existing = try await CallRecord.query(on: req.db).filter(\.$externalID == draft.externalID).first() {
            return (try same(existing, draft, req.secrets), false)
        }
        do {
            let call = try await req.db.transaction { tx in
                let call = try make(draft, secrets: req.secrets, now: req.now)
                try await call.create(on: tx)
                if !call.answered { try await CallbackTasks.openForMissedCall(call, now: req.now, on: tx) }
                try await Audit.record("hotline.call", target: "call_record", id: call.id, regionPath: draft.region.regionPath,
                                       detail: ["external_id": draft.externalID, "answered": String(call.answered),
                                                "operator_id": draft.operatorID.map(String.init) ?? ""], by: req, on: tx)
                return call
            }
            return (call, true)
        } catch {
            // The same call posted twice at once: the other request stored it first.
            guard (error as? any DatabaseError)?.isConstraintFailure == true,
                  let existing = try await CallRecord.query(on: req.db).filter(\.$externalID == draft.externalID).first() else { throw error }
            return (try same(existing, draft, req.secrets), false)
        }
    }

    private static func make(_ draft: Draft, secrets: Secrets, now: Date) throws -> CallRecord {
        let call = CallRecord()
        call.externalID = draft.externalID
        call.callerEncrypted = try secrets.encrypt(draft.phone)
        call.callerHash = secrets.lookupHash(draft.phone)
        call.callerMasked = PhoneNumber.mask(draft.phone)
        call.ringAt = draft.ringAt
        call.answeredAt = draft.answeredAt
        call.endedAt = draft.endedAt
        call.answered = draft.answeredAt != nil
        call.$operator.id = draft.operatorID
        call.recordingRef = draft.recordingRef
        call.$region.id = try draft.region.requireID()
        call.regionPath = draft.region.path
        call.createdAt = now
        return call
    }

    /// The stored call when the repeated post says the same thing (times to the millisecond: databases keep
    /// different precision), else a conflict.
    private static func same(_ call: CallRecord, _ draft: Draft, _ secrets: Secrets) throws -> CallRecord {
        func close(_ a: Date?, _ b: Date?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case let (a?, b?): abs(a.timeIntervalSince(b)) < 0.001
            default: false
            }
        }
        let same = call.callerHash == secrets.lookupHash(draft.phone) && close(call.ringAt, draft.ringAt)
            && close(call.answeredAt, draft.answeredAt) && close(call.endedAt, draft.endedAt)
            && call.$operator.id == draft.operatorID && call.recordingRef == draft.recordingRef
            && call.$region.id == draft.region.id
        guard same else { throw AppError.conflict(.hotlineCallConflict, [draft.externalID]) }
        return call
    }
}
