import Fluent
import Foundation

/// A holiday or make-up working day that administrators added (节假日安排), on top of the bundled calendar.
final class CalendarDay: Model, @unchecked Sendable {
    static let schema = "calendar_days"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    /// "YYYY-MM-DD"
    @Field(key: "date") var date: String
    /// holiday or workday_adjusted
    @Field(key: "kind") var kind: String
    @Field(key: "name") var name: String
    @Field(key: "year") var year: Int

    init() {}
}

/// A year whose State Council holiday notice an administrator has entered: deadlines in it are no longer provisional.
final class CalendarYear: Model, @unchecked Sendable {
    static let schema = "calendar_years"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "year") var year: Int
    /// Where the dates come from, e.g. 国办发明电〔2026〕X号.
    @Field(key: "source") var source: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
