import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 服务清单管理: administrators create, edit, retire and restore services; bad input and stale edits change nothing.
@Suite struct CatalogAdminTests {
    @Test func anAdministratorCreatesAServiceThatAppearsOnThePublicCatalog() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            // act
            let created = try await admin.post(app, "/admin/services/new", catalogForm(villageAdvisorEdit, version: 0))
            let publicList = try await Browser.anonymous.get(app, "/services")
            // check
            #expect(created.status == .seeOther)
            #expect(created.location?.hasPrefix("/admin/services/") == true)
            let entry = try await catalogEntry(app, "VILLAGE_ADVISOR")
            #expect(entry.serviceType.materials.map(\.isRequired) == [true, false])
            #expect(entry.serviceType.acceptanceLimit?.unit == .workingDays)
            #expect(entry.serviceType.channels == [.window, .hotline])
            #expect(entry.version == 1 && entry.isFree)
            #expect(publicList.text.contains("村（居）法律顾问"))
            #expect(try await auditCount(app, action: "service.create") == 1)
        }
    }

    @Test func invalidInputIsExplainedFieldByFieldAndNothingIsCreated() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            var bad = villageAdvisorEdit
            bad.code = "advisor-1"
            bad.materials = "身份证明 | 实践做法\n没有依据的材料"
            bad.acceptance.count = "七"
            bad.channels = []
            var taken = villageAdvisorEdit
            taken.code = "LEGAL_AID"
            // act
            let response = try await admin.post(app, "/admin/services/new", catalogForm(bad, version: 0))
            let duplicate = try await admin.post(app, "/admin/services/new", catalogForm(taken, version: 0))
            // check
            #expect(response.status == .unprocessableEntity)
            for message in ["编码须以大写字母开头", "第 2 项：缺少法律依据", "请输入 1 到 10000 之间的整数", "请至少选择一个受理渠道"] {
                #expect(response.text.contains(message), "\(message)")
            }
            #expect(response.text.contains("aria-invalid=\"true\""))
            #expect(response.text.contains("没有依据的材料"), "what was typed is kept")
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.text.contains("编码 LEGAL_AID 已被使用"))
            #expect(try await CatalogEntry.query(on: app.db).count() == 10)
            #expect(try await auditCount(app, action: "service.create") == 0)
        }
    }

    @Test func anEditChangesTheEntryKeepsTheCodeBumpsTheVersionAndIsAudited() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            let entry = try await catalogEntry(app, "NOTARIZATION")
            var edit = ServiceCatalogEdit(entry.serviceType)
            edit.code = "HIJACKED"
            edit.nameZh = "公证（含涉外）"
            edit.handling.count = "20"
            // act
            let response = try await admin.post(app, "/admin/services/\(entry.id!)", catalogForm(edit, version: 1))
            // check
            #expect(response.status == .seeOther)
            let saved = try #require(try await CatalogEntry.find(entry.id, on: app.db))
            #expect(saved.code == "NOTARIZATION")
            #expect(saved.nameZh == "公证（含涉外）")
            #expect(saved.serviceType.handlingLimit?.count == 20)
            #expect(saved.serviceType.handlingLimit?.citation == "《中华人民共和国公证法》第三十条")
            #expect(saved.version == 2)
            let event = try #require(try await AuditEvent.query(on: app.db).filter(\.$action == "service.update").first())
            #expect(event.detail.contains("name_zh") && event.detail.contains("handling_limit") && event.detail.contains("1 → 2"))
            #expect(!event.detail.contains("materials"))
        }
    }

    @Test func aStaleEditIsRefusedWithAClearMessageAndChangesNothing() async throws {
        try await withApp { app in
            // setup: two administrators open the same form at version 1
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            let entry = try await catalogEntry(app, "LEGAL_AID")
            var first = ServiceCatalogEdit(entry.serviceType)
            first.handler = "古县法律援助中心"
            var second = ServiceCatalogEdit(entry.serviceType)
            second.handler = "别人的修改"
            // act
            let saved = try await admin.post(app, "/admin/services/\(entry.id!)", catalogForm(first, version: 1))
            let stale = try await admin.post(app, "/admin/services/\(entry.id!)", catalogForm(second, version: 1))
            let missing = try await admin.post(app, "/admin/services/\(entry.id!)", catalogForm(second))
            // check
            #expect(saved.status == .seeOther)
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("服务事项已被他人修改"))
            #expect(stale.text.contains("别人的修改"), "what was typed is shown again")
            #expect(missing.status == .conflict)
            let current = try #require(try await CatalogEntry.find(entry.id, on: app.db))
            #expect(current.handler == "古县法律援助中心")
            #expect(current.version == 2)
            #expect(try await auditCount(app, action: "service.update") == 1)
        }
    }

    @Test func ofTwoConcurrentEditsOfTheSameVersionExactlyOneIsSaved() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            let entry = try await catalogEntry(app, "PEOPLES_MEDIATION")
            let forms = (1...4).map { n -> [(String, String)] in
                var edit = ServiceCatalogEdit(entry.serviceType)
                edit.handler = "调委会 \(n)"
                return catalogForm(edit, version: 1)
            }
            // act
            let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { group in
                for form in forms { group.addTask { try await admin.post(app, "/admin/services/\(entry.id!)", form).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // check
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.filter { $0 == .conflict }.count == 3)
            let current = try #require(try await CatalogEntry.find(entry.id, on: app.db))
            #expect(current.version == 2 && current.handler.hasPrefix("调委会 "))
            #expect(try await auditCount(app, action: "service.update") == 1)
        }
    }

    @Test func anInvalidEditIsRefusedAndTheEntryKeepsItsValuesAndVersion() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            let entry = try await catalogEntry(app, "NOTARIZATION")
            let before = entry.serviceType
            var edit = ServiceCatalogEdit(before)
            edit.nameZh = ""
            edit.handling.unit = "hour"
            edit.otherLimits = "三个月 | 某法 | 某事"
            // act
            let response = try await admin.post(app, "/admin/services/\(entry.id!)", catalogForm(edit, version: 1))
            // check
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("此项必填"))
            #expect(response.text.contains("受理和办理期限只能以日或工作日计"))
            #expect(response.text.contains("第 1 项：行首须是 0 到 10000 之间的整数"))
            let current = try #require(try await CatalogEntry.find(entry.id, on: app.db))
            #expect(current.serviceType == before)
            #expect(current.version == 1)
            #expect(try await auditCount(app, action: "service.update") == 0)
        }
    }

    @Test func retireAsksForConfirmationAndRestoreBringsTheServiceBack() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            let entry = try await catalogEntry(app, "RESETTLEMENT")
            let path = "/admin/services/\(entry.id!)/retire"
            // act
            let confirm = try await admin.get(app, path)
            let retired = try await admin.post(app, path, [("action", "retire"), ("version", "1")])
            let again = try await admin.post(app, path, [("action", "retire"), ("version", "1")])
            let confirmRestore = try await admin.get(app, path)
            let restored = try await admin.post(app, path, [("action", "restore"), ("version", "2")])
            // check
            #expect(confirm.status == .ok)
            #expect(confirm.text.contains("停止受理“安置帮教”？"))
            #expect(confirm.text.contains("name=\"version\" value=\"1\""))
            #expect(retired.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(confirmRestore.text.contains("恢复受理“安置帮教”？"))
            #expect(restored.status == .seeOther)
            let current = try #require(try await CatalogEntry.find(entry.id, on: app.db))
            #expect(!current.isRetired && current.version == 3)
            #expect(try await auditCount(app, action: "service.retire") == 1)
            #expect(try await auditCount(app, action: "service.restore") == 1)
        }
    }

    @Test func theListSearchesByCodeOrNameAndFiltersByStatus() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let admin = try await catalogAdmin(app, j)
            let entry = try await catalogEntry(app, "JUDICIAL_APPRAISAL")
            _ = try await admin.post(app, "/admin/services/\(entry.id!)/retire", [("action", "retire"), ("version", "1")])
            // act
            let byCode = try await admin.get(app, "/admin/services?q=legal_a")
            let byName = try await admin.get(app, "/admin/services?q=%E4%BB%B2%E8%A3%81")  // 仲裁
            let retired = try await admin.get(app, "/admin/services?status=retired")
            let all = try await admin.get(app, "/admin/services")
            // check
            #expect(byCode.text.contains("LEGAL_AID") && !byCode.text.contains("NOTARIZATION"))
            #expect(byName.text.contains("ARBITRATION_COMMERCIAL") && byName.text.contains("ARBITRATION_LABOUR") && !byName.text.contains("LEGAL_AID"))
            #expect(retired.text.contains("JUDICIAL_APPRAISAL") && !retired.text.contains("LEGAL_AID"))
            #expect(all.text.contains("JUDICIAL_APPRAISAL") && all.text.contains("已停止受理") && all.text.contains("共 10 个服务事项"))
        }
    }

    @Test func peopleWithoutTheRootPermissionCannotChangeTheCatalog() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let clerk = try await Browser.signedIn(app, try await makeStaff(app, "clerk", [(.windowClerk, j.county)]))
            let townAdmin = try await Browser.signedIn(app, try await makeStaff(app, "town.admin", [(.bureauAdmin, j.townA)]))
            let entry = try await catalogEntry(app, "LEGAL_AID")
            let edit = catalogForm(ServiceCatalogEdit(entry.serviceType), version: 1)
            // act
            let clerkList = try await clerk.get(app, "/admin/services")
            let clerkCreate = try await clerk.post(app, "/admin/services/new", catalogForm(villageAdvisorEdit, version: 0))
            let townList = try await townAdmin.get(app, "/admin/services")
            let townCreate = try await townAdmin.post(app, "/admin/services/new", catalogForm(villageAdvisorEdit, version: 0))
            let townUpdate = try await townAdmin.post(app, "/admin/services/\(entry.id!)", edit)
            let townConfirm = try await townAdmin.get(app, "/admin/services/\(entry.id!)/retire")
            let townRetire = try await townAdmin.post(app, "/admin/services/\(entry.id!)/retire", [("action", "retire"), ("version", "1")])
            let anonymous = try await Browser.anonymous.get(app, "/admin/services")
            let unknown = try await catalogAdmin(app, j).get(app, "/admin/services/99999")
            // check
            #expect(clerkList.status == .forbidden)
            #expect(clerkCreate.status == .forbidden)
            #expect(townList.status == .ok)
            #expect(townList.text.contains("您只能查看") && !townList.text.contains("/admin/services/new"))
            for response in [townCreate, townUpdate, townConfirm, townRetire] { #expect(response.status == .forbidden) }
            #expect(anonymous.status == .seeOther && anonymous.location?.contains("sign-in") == true)
            #expect(unknown.status == .notFound)
            #expect(try await CatalogEntry.query(on: app.db).count() == 10)
            #expect(try await CatalogEntry.find(entry.id, on: app.db)?.version == 1)
        }
    }
}
