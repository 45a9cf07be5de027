import Fluent
import FarunCore
import Foundation

/// Imports administrative divisions and villages. Each import is one transaction: a bad line imports nothing.
enum DivisionImport {
    struct Summary: Sendable, Equatable {
        var created = 0
        var updated = 0
        var unchanged = 0
    }

    enum Failure: Error, CustomStringConvertible {
        case problem(ImportProblem)
        case outsideDeployment(code: String, root: String)
        case resourceMissing(String)

        var description: String {
            switch self {
            case .problem(let p): DivisionImport.chinese(p.kind) + " / " + p.description
            case .outsideDeployment(let code, let root):
                "\(code) 不在本部署的辖区 \(root) 之内 / \(code) is outside this deployment's jurisdiction \(root)"
            case .resourceMissing(let name): "资源文件缺失 / bundled resource missing: \(name)"
            }
        }
    }

    /// What went wrong, in Chinese, for the command line (the core's text follows in English).
    static func chinese(_ kind: ImportProblem.Kind) -> String {
        switch kind {
        case .missingHeader: "缺少表头"
        case .wrongColumnCount: "字段数不对"
        case .invalidCode: "代码无效"
        case .invalidLevel: "层级无效"
        case .emptyName: "名称为空"
        case .nameTooLong: "名称过长"
        case .duplicateCode: "代码重复"
        case .unknownParent: "上级代码不存在"
        case .parentLevelMismatch: "上级层级不符"
        case .codeParentMismatch: "代码与上级不匹配"
        case .rootNotFound: "文件中没有该根代码"
        case .unknownTownship: "乡镇尚未导入"
        case .duplicateVillage: "村（社区）重复"
        }
    }

    /// The national divisions shipped with Farun (divisions.csv plus the NBS gap-fill), parsed.
    static func bundledDivisions() throws -> [DivisionRecord] {
        var records: [DivisionRecord] = []
        for name in ["divisions", "divisions-gapfill-nbs2023"] {
            records += try parse(try bundledText(name))
        }
        return records
    }

    static func bundledText(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "data")
            ?? Bundle.module.url(forResource: name, withExtension: "csv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw Failure.resourceMissing("data/\(name).csv") }
        return text
    }

    static func parse(_ text: String) throws -> [DivisionRecord] {
        do { return try DivisionsCSV.parse(text) } catch { throw Failure.problem(error) }
    }

    /// Imports the subtree under `root` from `records`. Existing codes are updated (name), new ones created.
    static func importSubtree(root: DivisionCode, from records: [DivisionRecord], on db: any Database) async throws -> Summary {
        let subtree: [DivisionRecord]
        do { subtree = try DivisionsCSV.subtree(of: root, in: records) } catch { throw Failure.problem(error) }
        return try await db.transaction { db in
            var summary = Summary()
            var idByCode: [String: Region] = [:]
            let existingRoot = try await RegionQueries.root(on: db)
            for record in subtree {
                if let existing = try await Region.query(on: db).filter(\.$code == record.code.value).first() {
                    idByCode[record.code.value] = existing
                    if existing.name != record.name || existing.level != record.level {
                        existing.name = record.name
                        existing.level = record.level
                        try await existing.save(on: db)
                        summary.updated += 1
                    } else {
                        summary.unchanged += 1
                    }
                    continue
                }
                var parentID: Int?
                if let parentCode = record.parentCode?.value {
                    if let parent = idByCode[parentCode] {
                        parentID = parent.id
                    } else if let parent = try await Region.query(on: db).filter(\.$code == parentCode).first() {
                        parentID = parent.id
                    }
                }
                if parentID == nil, let existingRoot {
                    throw Failure.outsideDeployment(code: record.code.value, root: existingRoot.code ?? existingRoot.name)
                }
                let region = try await RegionQueries.create(
                    .init(name: record.name, level: record.level, parentID: parentID, code: record.code.value),
                    on: db, isRoot: parentID == nil)
                idByCode[record.code.value] = region
                summary.created += 1
            }
            try await Audit.recordSystem("region.import", target: "region", id: nil,
                                         detail: ["root": root.value, "created": "\(summary.created)", "updated": "\(summary.updated)"],
                                         at: Date(), on: db)
            return summary
        }
    }

    /// Adds villages and communities under townships already present; reruns skip existing names.
    static func importVillages(_ text: String, onlyUnder prefix: String? = nil, on db: any Database) async throws -> Summary {
        let records: [VillageRecord]
        do { records = try VillagesCSV.parse(text) } catch { throw Failure.problem(error) }
        let wanted = records.filter { prefix == nil || $0.townshipCode.value.hasPrefix(prefix!) }
        return try await db.transaction { db in
            var summary = Summary()
            var townships: [String: Region] = [:]
            for record in wanted {
                let township: Region
                if let cached = townships[record.townshipCode.value] {
                    township = cached
                } else if let found = try await Region.query(on: db).filter(\.$code == record.townshipCode.value).first() {
                    township = found
                    townships[record.townshipCode.value] = found
                } else {
                    throw Failure.problem(ImportProblem(line: record.line, kind: .unknownTownship,
                        detail: "乡镇 \(record.townshipCode.value) 尚未导入 / township \(record.townshipCode.value) has not been imported"))
                }
                let exists = try await Region.query(on: db).filter(\.$parent.$id == township.requireID())
                    .filter(\.$name == record.name).count() > 0
                if exists { summary.unchanged += 1; continue }
                _ = try await RegionQueries.create(.init(name: record.name, level: .village, parentID: township.id, code: nil), on: db)
                summary.created += 1
            }
            try await Audit.recordSystem("region.import_villages", target: "region", id: nil,
                                         detail: ["created": "\(summary.created)"], at: Date(), on: db)
            return summary
        }
    }
}
