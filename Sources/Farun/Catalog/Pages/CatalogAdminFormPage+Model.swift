import FarunCore
import Plot

/// 新增 / 编辑服务事项 — one form for both; every field of the catalog entry, materials and other limits one per line.
enum CatalogAdminFormPage {
    struct Model: Sendable {
        /// nil when creating.
        var id: Int?
        var edit: ServiceCatalogEdit
        /// The version the form was read at; a save against another version is refused.
        var version: Int
        var retired: Bool
        var problems: [FieldProblem]
        /// Someone else saved first: what was typed is shown again, not saved.
        var stale: Bool
        var canManage: Bool
        var done: String?

        static let mock = Model(id: 2, edit: ServiceCatalogEdit(.mockLegalAid), version: 3, retired: false, problems: [],
                                stale: false, canManage: true, done: nil)
    }

    /// The notice after `?done=…`.
    static func flash(_ done: String, _ l: L10n) -> String {
        switch done {
        case "retired": l(.catalogFlashRetired)
        case "restored": l(.catalogFlashRestored)
        default: l(.flashSaved)
        }
    }
}
