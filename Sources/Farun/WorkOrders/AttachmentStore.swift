import Fluent
import FarunCore
import Foundation
import Vapor

/// Attachments on disk under the configured folder, named by a random key, with their row in the database.
/// The type is decided from the file's first bytes, never from the name or the declared type.
enum AttachmentStore {
    enum Kind: String, CaseIterable {
        case pdf = "application/pdf"
        case jpeg = "image/jpeg"
        case png = "image/png"

        var fileExtension: String {
            switch self {
            case .pdf: "pdf"
            case .jpeg: "jpg"
            case .png: "png"
            }
        }

        static func sniff(_ bytes: [UInt8]) -> Kind? {
            if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
            if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
            if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
            return nil
        }
    }

    static let maximumPerOrder = 20

    static func directory(_ settings: Settings) -> String {
        settings.attachmentsDirectory.isEmpty ? settings.dataDirectory + "/attachments" : settings.attachmentsDirectory
    }

    /// Checks and stores a file for an order; the caller has checked the right to add it.
    static func save(fileName: String, data: ByteBuffer, to orderID: Int, uploadedBy: String, settings: Settings, now: Date, on db: any Database) async throws -> Attachment {
        let bytes = Array(data.readableBytesView)
        let maxBytes = settings.attachmentMaxMegabytes * 1024 * 1024
        guard !bytes.isEmpty else { throw AppError.validation([.init(field: "file", message: .errorAttachmentEmpty)]) }
        guard bytes.count <= maxBytes else { throw AppError.validation([.init(field: "file", message: .errorAttachmentTooLarge, args: ["\(settings.attachmentMaxMegabytes)"])]) }
        guard let kind = Kind.sniff(bytes) else { throw AppError.validation([.init(field: "file", message: .errorAttachmentType)]) }
        let count = try await Attachment.query(on: db).filter(\.$workOrder.$id == orderID).count()
        guard count < maximumPerOrder else { throw AppError.validation([.init(field: "file", message: .errorAttachmentTooMany, args: ["\(maximumPerOrder)"])]) }
        let key = Tokens.random() + "." + kind.fileExtension
        let folder = directory(settings)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "/." + key + ".part"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { throw AppError.conflict(.errorServer) }
        try FileManager.default.moveItem(atPath: temporary, toPath: folder + "/" + key)
        let attachment = Attachment()
        attachment.$workOrder.id = orderID
        attachment.fileName = cleanName(fileName, kind: kind)
        attachment.contentType = kind.rawValue
        attachment.size = bytes.count
        attachment.sha256 = Tokens.sha256Hex(bytes)
        attachment.storageKey = key
        attachment.uploadedBy = uploadedBy
        attachment.createdAt = now
        do {
            try await attachment.create(on: db)
        } catch {
            try? FileManager.default.removeItem(atPath: folder + "/" + key)
            throw error
        }
        return attachment
    }

    /// The bytes of a stored attachment.
    static func read(_ attachment: Attachment, settings: Settings) throws -> Data {
        guard let data = FileManager.default.contents(atPath: directory(settings) + "/" + attachment.storageKey) else {
            throw AppError.notFound(.attachmentEntity)
        }
        return data
    }

    /// A download with the stored type, as an attachment, never sniffed by the browser.
    static func response(_ attachment: Attachment, settings: Settings) throws -> Response {
        let data = try read(attachment, settings: settings)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: attachment.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename*=UTF-8''\(attachment.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "file")")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// The name shown and offered on download: no path, no control characters, the right extension.
    static func cleanName(_ name: String, kind: Kind) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(base.filter { !$0.isNewline && $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } }.prefix(100))
        let stem = cleaned.isEmpty ? "attachment" : cleaned
        return stem.lowercased().hasSuffix("." + kind.fileExtension) ? stem : stem + "." + kind.fileExtension
    }
}
