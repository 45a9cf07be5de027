import Fluent
import Foundation
import Vapor

/// `serve --demo` also loads the national laws when they can be had: in the background, so start-up never waits
/// for (or fails on) the download. Offline, it logs a warning and the demo runs without statutes.
/// FARUN_DEMO_LAWS names a file instead (tests and CI use the fixture) or `none`.
enum DemoStatutes {
    static func start(app: Application) -> Task<Void, Never> {
        let source = app.settings.demoLaws
        return Task.detached {
            if source == .none { return }
            do {
                guard try await Law.query(on: app.db).count() == 0 else {
                    app.logger.info("statutes already imported")
                    return
                }
                let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("farun-demo-laws-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: scratch) }
                let logger = app.logger
                let path: String? = if case .file(let path) = source { path } else { nil }
                let file = try LawSourceFile.locate(path, scratch: scratch) { logger.info("\($0)") }
                try Task.checkCancellation()
                let summary = try await LawImport.importFile(file, on: app.db, now: app.clock.now()) { logger.info("\($0)") }
                app.logger.notice("演示法规已导入 / demo statutes imported: \(summary.laws) laws, \(summary.articles) articles")
            } catch is CancellationError {
                return
            } catch {
                app.logger.warning("法规未导入，演示继续 / statutes not imported, the demo goes on without them: \(error)")
            }
        }
    }
}
