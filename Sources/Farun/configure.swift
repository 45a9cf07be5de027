import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Sets up databases, migrations, middleware and routes from the typed settings.
public func configure(_ app: Application, settings: Settings) async throws {
    app.settings = settings
    app.secrets = Secrets(secret: settings.secretKey)
    if app.environment == .testing { app.passwordHasher = PasswordHasher(cost: 4) }
    let loops = app.eventLoopGroup.makeIterator().reduce(0) { count, _ in count + 1 }

    switch settings.database {
    case .sqliteFile(let path):
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        app.databasePoolSize = loops
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
        app.databasePoolSize = loops
    case .postgres(let url):
        let perLoop = settings.postgresPoolPerLoop
        app.databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: perLoop), as: .psql)
        app.databasePoolSize = perLoop * loops
    }
    if case .sqliteFile = settings.database {
        // WAL lets readers proceed while one writer commits; the setting persists in the file.
        _ = try await app.db.sql.raw("PRAGMA journal_mode=WAL").all()
    }
    if !settings.database.isPostgres {
        // Each event loop holds one connection; let each wait up to 5 s for another's write lock.
        for loop in app.eventLoopGroup.makeIterator() {
            if let db = app.databases.database(.sqlite, logger: app.logger, on: loop) {
                _ = try await db.sql.raw("PRAGMA busy_timeout = 5000").all()
            }
        }
    }
    app.migrations.add(FarunMigrations.all)

    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    ContentConfiguration.global.use(encoder: encoder, for: .json)
    ContentConfiguration.global.use(decoder: decoder, for: .json)

    // Order matters: the first is outermost.
    app.middleware = .init()
    app.middleware.use(MetricsMiddleware())
    app.middleware.use(ResponseHeadersMiddleware())
    app.middleware.use(FarunErrorMiddleware())
    app.middleware.use(AuthenticationMiddleware())
    app.middleware.use(AccessMiddleware())

    app.http.server.configuration.hostname = settings.host
    app.http.server.configuration.port = settings.port
    app.routes.defaultMaxBodySize = "1mb"

    try routes(app)
    // Built in the background by `serve` (or on first use); stopped before the databases shut down.
    app.knowledgeIndex = KnowledgeIndex()
    app.lifecycle.use(KnowledgeIndexLifecycle())
    app.consultationFeed = ConsultationFeed()
    app.lifecycle.use(ConsultationFeedLifecycle())

    app.asyncCommands.use(FarunServeCommand(), as: "serve", isDefault: true)
    app.asyncCommands.use(FarunMigrateCommand(), as: "migrate")
    app.asyncCommands.use(CreateAdminCommand(), as: "create-admin")
    app.asyncCommands.use(ImportDivisionsCommand(), as: "import-divisions")
    app.asyncCommands.use(DeadlineCommand(), as: "deadline")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(ImportLawsCommand(), as: "import-laws")
    app.asyncCommands.use(EvalSearchCommand(), as: "eval-search")
}

func routes(_ app: Application) throws {
    PublicController.register(app)
    OperationsController.register(app)
    StaffAuthController.register(app)
    StaffHomeController.register(app)
    CitizenAccountController.register(app)
    RegionsAdminController.register(app)
    ServicePointsAdminController.register(app)
    StaffAdminController.register(app)
    TokensController.register(app)
    AuditController.register(app)
    APIController.register(app)
    DeadlineController.register(app)
    CalendarController.register(app)
    CatalogController.register(app)
    WorkOrderAPIController.register(app)
    WorkOrderPagesController.register(app)
    UnitsAdminController.register(app)
    HotlineController.register(app)
    TrackingController.register(app)
    StatutesController.register(app)
    KnowledgeEntriesController.register(app)
    AskController.register(app)
    ConsultationPagesController.register(app)
    ConsultationStreamController.register(app)
    MediationPagesController.register(app)
    LegalAidAPIController.register(app)
    LegalAidPagesController.register(app)
    LegalAidNoticesAPIController.register(app)
    LegalAidNoticePagesController.register(app)
}
