import Fluent
import FarunCore
import Foundation

/// A node of the jurisdiction tree (行政区划): county, township, village, group.
final class Region: Model, @unchecked Sendable {
    static let schema = "regions"

    @ID(custom: "id", generatedBy: .database) var id: Int?

    // Identity
    /// 12-digit administrative division code; nil for nodes without one (村民小组).
    @OptionalField(key: "code") var code: String?
    @Field(key: "code_source") var codeSource: CodeSource
    @Field(key: "name") var name: String
    @Field(key: "level") var level: RegionLevel

    // Tree
    @OptionalParent(key: "parent_id") var parent: Region?
    /// Materialised ancestor chain including this node ("/1/5/23/"): a subtree is one prefix test.
    @Field(key: "path") var path: String

    // Lifecycle: a retired region keeps its history and stays readable.
    @OptionalField(key: "retired_at") var retiredAt: Date?
    @OptionalField(key: "merged_into_id") var mergedIntoID: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(code: String?, codeSource: CodeSource, name: String, level: RegionLevel, parentID: Int?) {
        self.code = code
        self.codeSource = codeSource
        self.name = name
        self.level = level
        self.$parent.id = parentID
        self.path = "/"
    }

    var regionPath: RegionPath { RegionPath(path) ?? RegionPath(ids: []) }
    var isRetired: Bool { retiredAt != nil }
}
