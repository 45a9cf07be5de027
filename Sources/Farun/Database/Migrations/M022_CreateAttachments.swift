import Fluent

/// Files attached to a work order. The bytes live under the attachments folder, named by `storage_key`.
struct M022_CreateAttachments: AsyncMigration {
    var name: String { "M022_CreateAttachments" }

    func prepare(on database: any Database) async throws {
        try await database.schema("attachments")
            .field("id", .int, .identifier(auto: true))
            .field("work_order_id", .int, .required, .references("work_orders", "id"))
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("storage_key", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "storage_key")
            .create()
        try await database.sqlIndex(name: "attachments_order_idx", on: "attachments", columns: ["work_order_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema("attachments").delete()
    }
}
