import FarunCore
import Foundation
import Vapor

/// A 12348 call as the API shows it: the caller's number masked, never in full.
struct CallRecordDTO: Content {
    let id: Int
    let external_id: String
    let caller: String
    let ring_at: Date
    let answered_at: Date?
    let ended_at: Date
    let answered: Bool
    let seconds_to_answer: Int?
    let talk_seconds: Int?
    let `operator`: String?
    let recording_ref: String
    let region_id: Int
    let work_order_id: Int?
    let callback_task_id: Int?

    init(_ call: CallRecord, operatorUsername: String?, callbackTaskID: Int?) throws {
        id = try call.requireID()
        external_id = call.externalID
        caller = call.callerMasked
        ring_at = call.ringAt
        answered_at = call.answeredAt
        ended_at = call.endedAt
        answered = call.answered
        seconds_to_answer = call.answeredAt.map { Int($0.timeIntervalSince(call.ringAt).rounded()) }
        talk_seconds = call.answeredAt.map { Int(max(0, call.endedAt.timeIntervalSince($0)).rounded()) }
        self.operator = operatorUsername
        recording_ref = call.recordingRef
        region_id = call.$region.id
        work_order_id = call.$workOrder.id
        callback_task_id = callbackTaskID
    }
}

/// A call-back task as the API shows it.
struct CallbackTaskDTO: Content {
    let id: Int
    let kind: String
    let due_at: Date
    let overdue: Bool
    let done_at: Date?
    let outcome: String
    let call_record_id: Int?
    let caller: String?
    let work_order_id: Int?
    let work_order_number: String?
    let assignee_id: Int?
    let version: Int

    init(_ task: CallbackTask, call: CallRecord?, order: WorkOrder?, now: Date) throws {
        id = try task.requireID()
        kind = task.kind.rawValue
        due_at = task.dueAt
        overdue = task.doneAt == nil && task.dueAt < now
        done_at = task.doneAt
        outcome = task.outcome
        call_record_id = task.$callRecord.id
        caller = call?.callerMasked
        work_order_id = task.$workOrder.id
        work_order_number = order?.number
        assignee_id = task.$assignee.id
        version = task.version
    }
}

/// A count out of a whole, with the percentage rounded down to a tenth (null when the whole is 0).
struct ShareDTO: Content {
    let count: Int
    let of: Int
    let percent: Double?

    init(_ share: Share) {
        count = share.part
        of = share.whole
        percent = share.permille.map { Double($0) / 10 }
    }
}

/// The hotline figures of a period.
struct HotlineFiguresDTO: Content {
    struct Operator: Content {
        let username: String
        let display_name: String
        let answered_calls: Int
        let talk_seconds: Int
    }

    let from: String
    let to: String
    let total_calls: Int
    let answered_calls: Int
    let missed_calls: Int
    let connection_rate: ShareDTO
    let connection_rate_target_percent: Int
    let connection_target_met: Bool?
    let answered_within_15s: ShareDTO
    let answered_within_15s_of_answered: ShareDTO
    let average_talk_seconds: Double?
    let average_speed_of_answer_seconds: Double?
    let per_operator: [Operator]
    let missed_called_back: Int
    let missed_not_called_back: Int

    init(_ f: HotlineFigures, period: ChinaPeriod, users: [Int: StaffUser]) {
        from = period.from.description
        to = period.to.description
        total_calls = f.total
        answered_calls = f.answered
        missed_calls = f.missed
        connection_rate = ShareDTO(f.connectionRate)
        connection_rate_target_percent = HotlineFigures.connectionRateTargetPercent
        connection_target_met = f.connectionTargetMet
        answered_within_15s = ShareDTO(f.answeredWithin15sOfAll)
        answered_within_15s_of_answered = ShareDTO(f.answeredWithin15sOfAnswered)
        average_talk_seconds = f.averageTalkSeconds.map { ($0 * 10).rounded() / 10 }
        average_speed_of_answer_seconds = f.averageSecondsToAnswer.map { ($0 * 10).rounded() / 10 }
        per_operator = f.perOperator.map { load in
            let user = Int(load.operatorKey).flatMap { users[$0] }
            return Operator(username: user?.username ?? load.operatorKey, display_name: user?.displayName ?? load.operatorKey,
                            answered_calls: load.answered, talk_seconds: Int(load.talkSeconds.rounded()))
        }
        missed_called_back = f.missedCalledBack
        missed_not_called_back = f.missedNotCalledBack
    }
}
