import Foundation

/// When a roster slot applies (值班日): every week on an ISO weekday (1 = Monday … 7 = Sunday), or on one date.
public enum DutyDay: Sendable, Hashable, Codable {
    case weekly(weekday: Int)
    case date(LocalDate)

    func includes(_ day: LocalDate) -> Bool {
        switch self {
        case .weekly(let weekday): day.weekday == weekday
        case .date(let date): day == date
        }
    }
}

/// A time of day in China (Beijing time), minutes after midnight, 0…1440.
public struct DutyTime: Sendable, Hashable, Codable, Comparable {
    public let minutes: Int

    public init?(hour: Int, minute: Int = 0) {
        guard (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        minutes = hour * 60 + minute
    }

    public static func < (lhs: DutyTime, rhs: DutyTime) -> Bool { lhs.minutes < rhs.minutes }

    /// Minutes since China midnight of `date`.
    static func minuteOfDay(_ date: Date) -> Int {
        let seconds = Int((date.timeIntervalSince1970 + 8 * 3600).rounded(.down))
        return ((seconds % 86_400) + 86_400) % 86_400 / 60
    }
}

/// One scheduled duty (值班安排): a person on duty on a day in a time slot, for a region subtree and legal fields.
/// A slot across midnight is written as two slots.
public struct DutySlot: Sendable, Hashable, Codable {
    public let person: String
    public let day: DutyDay
    /// From `start` (inclusive) to `end` (exclusive), China time.
    public let start: DutyTime
    public let end: DutyTime
    /// The region whose questions this duty covers (the person answers its whole subtree).
    public let regionPath: RegionPath
    /// Empty = every field (全科).
    public let fields: Set<LegalField>

    public init(person: String, day: DutyDay, start: DutyTime, end: DutyTime, regionPath: RegionPath, fields: Set<LegalField>) {
        self.person = person
        self.day = day
        self.start = start
        self.end = end
        self.regionPath = regionPath
        self.fields = fields
    }

    /// Whether the slot is in force at `instant` (its day in China, start inclusive, end exclusive).
    public func covers(_ instant: Date) -> Bool {
        let minute = DutyTime.minuteOfDay(instant)
        return day.includes(LocalDate.inChina(instant)) && start.minutes <= minute && minute < end.minutes
    }
}

/// A lawyer's own declaration "I can answer now" (自主上线): from `from` until `until`, for a region and fields
/// (usually those of their grant and profile).
public struct DutyAvailability: Sendable, Hashable, Codable {
    public let person: String
    public let from: Date
    public let until: Date
    public let regionPath: RegionPath
    public let fields: Set<LegalField>

    public init(person: String, from: Date, until: Date, regionPath: RegionPath, fields: Set<LegalField>) {
        self.person = person
        self.from = from
        self.until = until
        self.regionPath = regionPath
        self.fields = fields
    }
}

/// How far distribution has widened (分发范围), from the narrowest. Raw values are stable.
public enum DutyMatch: String, Sendable, Codable, CaseIterable, Comparable {
    /// 值班 + 领域 + 地区都匹配: on duty, field listed, duty region contains the question's region.
    case exact
    /// 上级地区同领域: field listed, duty region within the subtree of the question region's parent.
    case parentRegion = "parent_region"
    /// 再上一级地区同领域: the same with the grandparent.
    case grandparentRegion = "grandparent_region"
    /// 同领域任意地区: field listed, any region.
    case fieldOnly = "field_only"
    /// 任何值班人员: anyone on duty.
    case anyoneOnDuty = "anyone_on_duty"

    public static func < (lhs: DutyMatch, rhs: DutyMatch) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Who to offer a question to: the people on duty (rostered or self-declared) at an instant, matched against the
/// question and widened in stages as the question ages (逐级扩大分发).
public struct DutyRoster: Sendable {
    /// From which question age each stage is offered. Default: exact at once, parent region after 2 minutes,
    /// grandparent after 4, field anywhere after 6, anyone on duty after 10 (the first-answer alert).
    public struct Widening: Sendable, Hashable {
        public var after: [DutyMatch: TimeInterval]

        public init(after: [DutyMatch: TimeInterval]) {
            self.after = after
        }

        public static let standard = Widening(after: [.exact: 0, .parentRegion: 120, .grandparentRegion: 240, .fieldOnly: 360,
                                                      .anyoneOnDuty: 600])

        /// The widest stage reached by a question of age `age`.
        public func widest(at age: TimeInterval) -> DutyMatch {
            DutyMatch.allCases.filter { (after[$0] ?? .infinity) <= age }.max() ?? .exact
        }
    }

    /// A person the question is offered to, with the narrowest stage they matched.
    public struct Offer: Sendable, Hashable {
        public let person: String
        public let match: DutyMatch
        /// On the roster (排班), rather than self-declared only.
        public let rostered: Bool
    }

    public let slots: [DutySlot]
    public let availability: [DutyAvailability]
    public let widening: Widening

    public init(slots: [DutySlot], availability: [DutyAvailability] = [], widening: Widening = .standard) {
        self.slots = slots
        self.availability = availability
        self.widening = widening
    }

    /// The ordered people to offer a question to at `now`: narrowest match first; within a stage, rostered before
    /// self-declared, then by person key (stable). Stages beyond the question's age are left out, as are people in
    /// `excluding` (those who already answered).
    public func offers(region: RegionPath, field: QuestionField, askedAt: Date, now: Date,
                       excluding: Set<String> = []) -> [Offer] {
        let widest = widening.widest(at: now.timeIntervalSince(askedAt))
        var best: [String: (match: DutyMatch, rostered: Bool)] = [:]
        func consider(_ person: String, _ duty: RegionPath, _ fields: Set<LegalField>, rostered: Bool) {
            guard !excluding.contains(person),
                  let match = Self.match(duty: duty, fields: fields, region: region, field: field), match <= widest
            else { return }
            if let known = best[person], (known.match, known.rostered ? 0 : 1) <= (match, rostered ? 0 : 1) { return }
            best[person] = (match, rostered)
        }
        for slot in slots where slot.covers(now) {
            consider(slot.person, slot.regionPath, slot.fields, rostered: true)
        }
        for declared in availability where declared.from <= now && now < declared.until {
            consider(declared.person, declared.regionPath, declared.fields, rostered: false)
        }
        return best.map { Offer(person: $0.key, match: $0.value.match, rostered: $0.value.rostered) }
            .sorted { ($0.match, $0.rostered ? 0 : 1, $0.person) < ($1.match, $1.rostered ? 0 : 1, $1.person) }
    }

    /// The narrowest stage at which a duty for `duty`/`fields` matches a question; never nil for someone on duty.
    static func match(duty: RegionPath, fields: Set<LegalField>, region: RegionPath, field: QuestionField) -> DutyMatch? {
        let fieldMatches: Bool = switch field {
        case .known(let wanted): fields.isEmpty || fields.contains(wanted)
        case .other: true
        }
        guard fieldMatches else { return .anyoneOnDuty }
        if duty.contains(region) { return .exact }
        let ids = region.ids
        if ids.count >= 1, RegionPath(ids: ids.dropLast(1).map { $0 }).contains(duty) { return .parentRegion }
        if ids.count >= 2, RegionPath(ids: ids.dropLast(2).map { $0 }).contains(duty) { return .grandparentRegion }
        return .fieldOnly
    }
}
