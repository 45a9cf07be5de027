import Farun
import Foundation
import Logging
import Vapor

// The executable stays thin: choose the log format, read settings, configure, run the chosen command.
var env = try Environment.detect()
if ProcessInfo.processInfo.environment["FARUN_LOG_FORMAT"] == "json" {
    let level = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: level) }
} else {
    try LoggingSystem.bootstrap(from: &env)
}
let app = try await Application.make(env)
do {
    let settings = try Settings.load(environment: env, logger: app.logger)
    try await configure(app, settings: settings)
    try await app.execute()
} catch {
    app.logger.critical("\(error)")
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
