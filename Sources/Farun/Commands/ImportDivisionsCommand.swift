import Fluent
import FarunCore
import Foundation
import Vapor

/// `farun import-divisions [FILE.csv] --root CODE [--villages FILE.csv | --bundled-villages]`
/// Without FILE the bundled national division list is used. The whole import is one transaction.
struct ImportDivisionsCommand: AnyAsyncCommand {
    var help: String { "Imports a division subtree (and villages) / 导入行政区划" }

    struct Arguments: Equatable {
        var file: String?
        var root: String?
        var villages: String?
        var bundledVillages = false
    }

    enum UsageError: Error, CustomStringConvertible {
        case message(String)
        var description: String {
            if case .message(let m) = self { return m + "\nusage: farun import-divisions [FILE.csv] --root CODE [--villages FILE.csv | --bundled-villages]" }
            return ""
        }
    }

    static func parse(_ args: [String]) throws -> Arguments {
        var result = Arguments()
        var rest = args[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "--root":
                guard let v = rest.popFirst() else { throw UsageError.message("--root needs a division code") }
                result.root = v
            case "--villages":
                guard let v = rest.popFirst() else { throw UsageError.message("--villages needs a CSV file") }
                result.villages = v
            case "--bundled-villages":
                result.bundledVillages = true
            default:
                guard !arg.hasPrefix("-"), result.file == nil else { throw UsageError.message("unknown argument \(arg)") }
                result.file = arg
            }
        }
        guard result.root != nil else { throw UsageError.message("--root CODE is required") }
        return result
    }

    func run(using context: inout CommandContext) async throws {
        let args = try Self.parse(context.input.arguments)
        context.input.arguments = []
        let app = context.application
        try await app.migrateSafely()
        guard let root = args.root.flatMap(DivisionCode.init) else {
            throw UsageError.message("--root: \"\(args.root ?? "")\" is not a division code (6, 9 or 12 digits)")
        }
        let records: [DivisionRecord]
        if let file = args.file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw UsageError.message("cannot read \(file) as UTF-8 text") }
            records = try DivisionImport.parse(text)
        } else {
            records = try DivisionImport.bundledDivisions()
        }
        let summary = try await DivisionImport.importSubtree(root: root, from: records, on: app.db)
        context.console.print("区划 / divisions: \(summary.created) created, \(summary.updated) renamed, \(summary.unchanged) unchanged")
        var villagesText: String?
        if let path = args.villages {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw UsageError.message("cannot read \(path) as UTF-8 text") }
            villagesText = text
        } else if args.bundledVillages {
            villagesText = try DivisionImport.bundledText("villages-sample")
        }
        if let villagesText {
            let v = try await DivisionImport.importVillages(villagesText, onlyUnder: root.significantPrefix, on: app.db)
            context.console.print("村/社区 / villages: \(v.created) created (local codes), \(v.unchanged) already present")
        }
    }

    func outputAutoComplete(using context: inout CommandContext) {}

    func outputHelp(using context: inout CommandContext) {
        context.console.print(help)
        context.console.print("usage: farun import-divisions [FILE.csv] --root CODE [--villages FILE.csv | --bundled-villages]")
    }

    func renderCompletionFunctions(using context: CommandContext, shell: Shell) -> String { "" }
}
