import Farun
import Logging
import Foundation
import Vapor

// The executable stays thin: read settings, configure, run the chosen command.
var env = try Environment.detect()
try LoggingSystem.bootstrap(from: &env)
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
