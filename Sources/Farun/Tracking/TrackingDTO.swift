import FarunCore
import Foundation
import Vapor

/// `POST /api/v1/track` and `POST /api/v1/track/rating` bodies.
struct TrackRequestDTO: Content {
    var number: String
    var phone: String
}

struct TrackRatingRequestDTO: Content {
    var number: String
    var phone: String
    var score: String
    var comment: String?
}

/// An order as its requester sees it through the API: the same plain-language texts as the tracking page.
struct TrackDTO: Content {
    struct Entry: Content {
        let at: Date
        let text: String
    }

    struct Due: Content {
        let date: String
        let provisional: Bool
    }

    let number: String
    let service: String
    let state: String
    let timeline: [Entry]
    let notices: [Entry]
    let due: Due?
    let can_rate: Bool
    let can_withdraw: Bool

    init(_ model: TrackOrderPage.Model) {
        number = model.number
        service = model.serviceName
        state = model.state.rawValue
        timeline = model.timeline.map { Entry(at: $0.at, text: $0.text) }
        notices = model.notices.map { Entry(at: $0.at, text: $0.text) }
        due = model.due.map { Due(date: $0.date, provisional: $0.provisional) }
        can_rate = model.canRate
        can_withdraw = model.canWithdraw
    }

    enum CodingKeys: String, CodingKey {
        case number, service, state, timeline, notices, due, can_rate, can_withdraw
    }

    /// `due` is written as null when there is none, as the schema says.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(service, forKey: .service)
        try c.encode(state, forKey: .state)
        try c.encode(timeline, forKey: .timeline)
        try c.encode(notices, forKey: .notices)
        if let due { try c.encode(due, forKey: .due) } else { try c.encodeNil(forKey: .due) }
        try c.encode(can_rate, forKey: .can_rate)
        try c.encode(can_withdraw, forKey: .can_withdraw)
    }
}
