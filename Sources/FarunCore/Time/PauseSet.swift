/// Pauses as sorted, merged, non-empty half-open day ranges `[start, end)` of `LocalDate.ordinal`s, so that
/// overlapping pauses are never counted twice. An open pause ends at `asOf` (exclusive: the clock resumes
/// that day), or covers nothing when there is no `asOf`.
struct PauseSet {
    private(set) var ranges: [Range<Int>] = []

    init(_ pauses: [PeriodPause], asOf: LocalDate?) {
        let raw = pauses.compactMap { pause -> Range<Int>? in
            let start = pause.start.ordinal
            let end = (pause.end ?? asOf ?? pause.start).ordinal
            return end > start ? start..<end : nil
        }
        for range in raw.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
    }

    /// The pause range containing `day`, if any (binary search).
    func range(containing day: Int) -> Range<Int>? {
        var low = 0
        var high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].upperBound <= day {
                low = mid + 1
            } else {
                high = mid
            }
        }
        return low < ranges.count && ranges[low].contains(day) ? ranges[low] : nil
    }

    func contains(_ day: Int) -> Bool {
        range(containing: day) != nil
    }

    /// How many days of `days` are paused.
    func pausedCount(in days: Range<Int>) -> Int {
        ranges.reduce(0) { total, range in
            total + max(0, min(range.upperBound, days.upperBound) - max(range.lowerBound, days.lowerBound))
        }
    }

    /// The `n`-th unpaused day after `day` (n ≥ 1), in O(number of ranges).
    func nthUnpausedDay(after day: Int, _ n: Int) -> Int {
        var cursor = day
        var remaining = n
        for range in ranges where range.upperBound > cursor + 1 {
            let pauseStart = max(range.lowerBound, cursor + 1)
            if cursor + remaining < pauseStart { break }
            remaining -= pauseStart - cursor - 1
            cursor = range.upperBound - 1
        }
        return cursor + remaining
    }
}
