import Fluent
import FarunCore
import Foundation
import Vapor

/// `farun serve [--hostname H] [--port P] [--demo]`: migrates, prepares a first start, then serves.
struct FarunServeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "hostname", short: "H", help: "Address to listen on (FARUN_HOST, default 127.0.0.1)")
        var hostname: String?
        @Option(name: "port", short: "p", help: "Port (FARUN_PORT, default 8080)")
        var port: Int?
        @Flag(name: "demo", help: "Load the demo jurisdiction 古县 once, then serve")
        var demo: Bool
    }

    var help: String { "Starts the Farun server / 启动服务" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateSafely()
        let root = try await Bootstrap.ensureRoot(app: app)
        if let admin = try await Bootstrap.ensureFirstAdmin(app: app, root: root) { Bootstrap.printFirstAdmin(admin) }
        if signature.demo { try await DemoSeeder.loadOnce(app: app) }
        Bootstrap.setBureauName(app: app, root: try await RegionQueries.root(on: app.db) ?? root)
        app.hasDemoData = try await StaffUser.query(on: app.db).filter(\.$isDemo == true).count() > 0
        if let hostname = signature.hostname { app.http.server.configuration.hostname = hostname }
        if let port = signature.port {
            guard (1...65535).contains(port) else { throw SettingsError(name: "--port", problem: "must be 1...65535") }
            app.http.server.configuration.port = port
        }
        if let hook = app.settings.webhookURL {
            let task = OutboxDeliverer.start(app: app, client: HTTPWebhookClient(client: app.client, url: URI(string: hook)))
            app.lifecycle.use(CancelOnShutdown(task: task))
        }
        if signature.demo { app.lifecycle.use(CancelOnShutdown(task: DemoStatutes.start(app: app))) }
        // Searches answer 503 until the first build is done; the server does not wait for it.
        app.knowledgeIndex.startWatching(app)
        let sweep = DeadlineSweep.start(app: app, every: .seconds(app.settings.sweepIntervalSeconds))
        app.lifecycle.use(CancelOnShutdown(task: sweep))
        let consultations = ConsultationSweep.start(app: app, every: .seconds(app.settings.consultationSweepSeconds))
        app.lifecycle.use(CancelOnShutdown(task: consultations))
        app.lifecycle.use(CancelOnShutdown(task: LegalAidSweep.start(app: app, every: .seconds(app.settings.sweepIntervalSeconds))))
        app.lifecycle.use(CancelOnShutdown(task: MediationReminderSweep.start(app: app, every: .seconds(app.settings.sweepIntervalSeconds))))
        var inner = context
        inner.input = CommandInput(arguments: ["farun serve"])
        try await app.servers.asyncCommand.run(using: &inner)
    }
}

/// Stops a background loop when the server stops.
struct CancelOnShutdown: LifecycleHandler {
    let task: Task<Void, Never>
    func shutdown(_ application: Application) { task.cancel() }
}

/// `farun migrate`: brings the database schema up to date, without asking.
struct FarunMigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}
    var help: String { "Runs pending database migrations / 执行数据库迁移" }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.migrateSafely()
        context.console.print("数据库已是最新 / database is up to date (\(context.application.settings.database.engineName))")
    }
}

/// `farun create-admin [--username NAME] [--name 姓名]`: adds a bureau administrator with a one-time password.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "username", help: "Login name (default admin2 if admin exists)")
        var username: String?
        @Option(name: "name", help: "Display name")
        var name: String?
    }

    var help: String { "Creates a bureau administrator with a one-time password / 创建司法局管理员" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.migrateSafely()
        let root = try await Bootstrap.ensureRoot(app: app)
        let raw = signature.username ?? "admin"
        let username: String
        do { username = try Username.normalize(raw) } catch {
            throw SettingsError(name: "--username", problem: "use 3–40 lower-case letters, digits, '.', '_' or '-'")
        }
        guard try await StaffUser.query(on: app.db).filter(\.$username == username).count() == 0 else {
            throw SettingsError(name: "--username", problem: "\(username) already exists; choose another name")
        }
        let admin = try await Bootstrap.createAdministrator(username: username, displayName: signature.name ?? "司法局管理员", root: root,
                                                            action: "staff.create_admin", app: app)
        Bootstrap.printFirstAdmin(admin)
    }
}
