import FarunCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import Farun

/// 典型案例与常见问答: staff write drafts, publish, edit and retire them in their own regions; citizens see only
/// what is published; every change is audited and counted in the search index's revision.
@Suite struct KnowledgeEntryTests {
    @Test func aDraftWithParsedArticlesStaysHiddenUntilPublished() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            // act
            let created = try await desk.townA.post(app, "/staff/knowledge/new", knowledgeForm(region: j.townA))
            let entry = try await knowledgeEntry(app, titled: "入职八个月未签劳动合同，获赔二倍工资差额")
            let hiddenList = try await Browser.anonymous.get(app, "/knowledge")
            let hiddenPage = try await Browser.anonymous.get(app, "/knowledge/\(entry.id!)")
            let published = try await desk.townA.post(app, "/staff/knowledge/\(entry.id!)/publish", [("version", "1")])
            let list = try await Browser.anonymous.get(app, "/knowledge")
            let page = try await Browser.anonymous.get(app, "/knowledge/\(entry.id!)")
            // check
            #expect(created.status == .seeOther)
            #expect(created.location == "/staff/knowledge/\(entry.id!)?done=created")
            let articles = try await KnowledgeEntryArticle.query(on: app.db).sort(\.$position).all()
            #expect(articles.map(\.lawName) == ["劳动合同法", "劳动合同法"])
            #expect(articles.map(\.articleLabel) == ["第八十二条", "第十条"])
            #expect(articles.map(\.articleNumber) == [82, 10])
            #expect(!hiddenList.text.contains("入职八个月"))
            #expect(hiddenPage.status == .notFound)
            #expect(published.status == .seeOther)
            #expect(list.text.contains("入职八个月"))
            #expect(page.status == .ok)
            #expect(page.text.contains("《劳动合同法》第八十二条"), "not imported: the article is plain text")
            let saved = try await knowledgeEntry(app, titled: "入职八个月未签劳动合同，获赔二倍工资差额")
            #expect(saved.state == .published && saved.publishedAt != nil && saved.version == 2)
            #expect(try await auditCount(app, action: "knowledge_entry.create") == 1)
            #expect(try await auditCount(app, action: "knowledge_entry.publish") == 1)
            #expect(try await knowledgeRevision(app, .entries) == 1, "only the publish changed what the search sees")
        }
    }

    @Test func editingAPublishedEntryCountsInTheRevisionButEditingADraftDoesNot() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            let draft = try await makeKnowledgeEntry(app, "草稿", in: j.townA)
            let live = try await makeKnowledgeEntry(app, "已发布", in: j.townA, state: .published)
            // act
            let draftEdit = try await desk.townA.post(app, "/staff/knowledge/\(draft.id!)", knowledgeForm(title: "草稿改", region: j.townA, version: 1))
            let afterDraft = try await knowledgeRevision(app, .entries)
            let liveEdit = try await desk.townA.post(app, "/staff/knowledge/\(live.id!)", knowledgeForm(title: "已发布改", region: j.townA, version: 1))
            // check
            #expect(draftEdit.status == .seeOther && liveEdit.status == .seeOther)
            #expect(afterDraft == 0)
            #expect(try await knowledgeRevision(app, .entries) == 1)
            let edited = try await knowledgeEntry(app, titled: "已发布改")
            #expect(edited.state == .published && edited.version == 2)
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == "knowledge_entry.update").sort(\.$id).all()
            #expect(events.count == 2)
            #expect(events.last?.detail.contains("title") == true && events.last?.detail.contains("1 → 2") == true)
            #expect(events.last?.regionPath == j.townA.regionPath.value)
        }
    }

    @Test func retiringAsksFirstTakesTheEntryDownAndItCanBePublishedAgain() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            let entry = try await makeKnowledgeEntry(app, "网购退货运费由谁承担", in: j.townA, state: .published, kind: .faq)
            let draft = try await makeKnowledgeEntry(app, "还没发布", in: j.townA)
            // act
            let confirm = try await desk.townA.get(app, "/staff/knowledge/\(entry.id!)/retire")
            let retired = try await desk.townA.post(app, "/staff/knowledge/\(entry.id!)/retire", [("version", "1")])
            let gone = try await Browser.anonymous.get(app, "/knowledge/\(entry.id!)")
            let again = try await desk.townA.post(app, "/staff/knowledge/\(entry.id!)/publish", [("version", "2")])
            let back = try await Browser.anonymous.get(app, "/knowledge/\(entry.id!)")
            let draftRetire = try await desk.townA.post(app, "/staff/knowledge/\(draft.id!)/retire", [("version", "1")])
            let draftConfirm = try await desk.townA.get(app, "/staff/knowledge/\(draft.id!)/retire")
            // check
            #expect(confirm.status == .ok && confirm.text.contains("确认下架"))
            #expect(retired.status == .seeOther)
            #expect(gone.status == .notFound)
            #expect(again.status == .seeOther)
            #expect(back.status == .ok)
            #expect(draftRetire.status == .conflict && draftRetire.text.contains("不能下架"))
            #expect(draftConfirm.status == .conflict)
            let saved = try await knowledgeEntry(app, titled: "网购退货运费由谁承担")
            #expect(saved.state == .published && saved.retiredAt == nil && saved.version == 3)
            #expect(try await knowledgeEntry(app, titled: "还没发布").state == .draft)
            #expect(try await auditCount(app, action: "knowledge_entry.retire") == 1)
            #expect(try await auditCount(app, action: "knowledge_entry.publish") == 1)
            #expect(try await knowledgeRevision(app, .entries) == 2)
        }
    }

    @Test func aStaleEditIsRefusedKeepsWhatWasTypedAndChangesNothing() async throws {
        try await withApp { app in
            // setup: two staff members open the same entry at version 1
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            let entry = try await makeKnowledgeEntry(app, "原标题", in: j.townA, state: .published)
            // act
            let first = try await desk.townA.post(app, "/staff/knowledge/\(entry.id!)", knowledgeForm(title: "第一人的修改", region: j.townA, version: 1))
            let second = try await desk.county.post(app, "/staff/knowledge/\(entry.id!)", knowledgeForm(title: "第二人的修改", region: j.townA, version: 1))
            let publish = try await desk.county.post(app, "/staff/knowledge/\(entry.id!)/retire", [("version", "1")])
            let api = try await apiRequest(app, .PUT, "/api/v1/knowledge/entries/\(entry.id!)", browser: desk.county, json: """
                {"kind":"case","title":"API 的修改","summary":"s","body":"b","legal_field":"labour","source":"x","articles":[],"version":1}
                """)
            // check
            #expect(first.status == .seeOther)
            #expect(second.status == .conflict)
            #expect(second.text.contains("内容已被他人修改") && second.text.contains("第二人的修改"))
            #expect(publish.status == .conflict)
            #expect(api.status == .conflict)
            #expect(api.headers.contentType?.description.hasPrefix("application/problem+json") == true)
            let saved = try #require(try await KnowledgeEntry.find(entry.id, on: app.db))
            #expect(saved.title == "第一人的修改" && saved.version == 2 && saved.state == .published)
            #expect(try await auditCount(app, action: "knowledge_entry.update") == 1)
            #expect(try await knowledgeRevision(app, .entries) == 1)
        }
    }

    @Test func anotherTownsStaffFindNothingWhileTheCountySeesBelowIt() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            let draft = try await makeKnowledgeEntry(app, "甲镇草稿", in: j.villageA)
            let id = draft.id!
            // act
            let list = try await desk.townB.get(app, "/staff/knowledge")
            let responses = [
                try await desk.townB.get(app, "/staff/knowledge/\(id)"),
                try await desk.townB.post(app, "/staff/knowledge/\(id)", knowledgeForm(title: "越权", region: j.townB, version: 1)),
                try await desk.townB.post(app, "/staff/knowledge/\(id)/publish", [("version", "1")]),
                try await desk.townB.get(app, "/staff/knowledge/\(id)/retire"),
                try await apiRequest(app, .GET, "/api/v1/knowledge/entries/\(id)", browser: desk.townB),
                try await apiRequest(app, .POST, "/api/v1/knowledge/entries/\(id)/publish", browser: desk.townB, json: #"{"version":1}"#),
            ]
            let intoTownA = try await desk.townB.post(app, "/staff/knowledge/new", knowledgeForm(title: "放进甲镇", region: j.townA))
            let countyList = try await desk.county.get(app, "/staff/knowledge")
            let countyEdit = try await desk.county.get(app, "/staff/knowledge/\(id)")
            let ownList = try await desk.townA.get(app, "/staff/knowledge?q=草稿")
            // check
            #expect(!list.text.contains("甲镇草稿"))
            for response in responses { #expect(response.status == .notFound) }
            #expect(intoTownA.status == .unprocessableEntity && intoTownA.text.contains("只能选择您所管辖的区划"))
            #expect(countyList.text.contains("甲镇草稿") && countyList.text.contains("古县 / 岳阳镇 / 偏涧村"))
            #expect(countyEdit.status == .ok)
            #expect(ownList.text.contains("甲镇草稿"))
            let saved = try #require(try await KnowledgeEntry.find(id, on: app.db))
            #expect(saved.state == .draft && saved.version == 1)
            #expect(try await KnowledgeEntry.query(on: app.db).count() == 1)
        }
    }

    @Test func badInputIsExplainedFieldByFieldAndNothingIsWritten() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            var form = knowledgeForm(title: "", kind: "story", field: "astrology", articles: "劳动法的有关规定\n第三条", region: j.townA)
            form.removeAll { $0.0 == "summary" }
            // act
            let response = try await desk.townA.post(app, "/staff/knowledge/new", form)
            let api = try await apiRequest(app, .POST, "/api/v1/knowledge/entries", browser: desk.townA, json: """
                {"kind":"faq","title":"\(String(repeating: "长", count: 121))","summary":"s","body":"b","legal_field":"labour","source":"x","articles":["随便"]}
                """)
            // check
            #expect(response.status == .unprocessableEntity)
            for message in ["此项必填", "请从列表中选择", "无法识别以下法条：劳动法的有关规定", "以下法条没有写明法律名称：第三条"] {
                #expect(response.text.contains(message), "\(message)")
            }
            #expect(response.text.contains("劳动法的有关规定\n第三条"), "what was typed is kept")
            #expect(api.status == .unprocessableEntity)
            #expect(api.text.contains("\"field\":\"title\"") && api.text.contains("\"field\":\"articles\""))
            #expect(try await KnowledgeEntry.query(on: app.db).count() == 0)
            #expect(try await auditCount(app, action: "knowledge_entry.create") == 0)
        }
    }

    @Test func withStatutesImportedArticlesAreCheckedAndLinkedToTheLawPages() async throws {
        try await withApp(clock: FixedClock(LawFixtures.today)) { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            try await LawFixtures.importFixture(on: app)
            let law = try await LawFixtures.law(app, "劳动合同法")
            let article = try await LawFixtures.article(app, of: law, "第八十二条")
            // act
            let invented = try await desk.townA.post(app, "/staff/knowledge/new",
                                                     knowledgeForm(title: "编造的法条", articles: "劳动合同法第九百条\n民法典1079\n刑法第一百三十三条之一", region: j.townA))
            let created = try await apiRequest(app, .POST, "/api/v1/knowledge/entries", browser: desk.townA, json: """
                {"kind":"case","title":"真实的法条","summary":"s","body":"b","legal_field":"labour","source":"x",
                 "articles":["劳动合同法82条","民法典1079","刑法第一百三十三条之一"],"region_id":\(j.townA.id!)}
                """)
            let entry = try await knowledgeEntry(app, titled: "真实的法条")
            _ = try await apiRequest(app, .POST, "/api/v1/knowledge/entries/\(entry.id!)/publish", browser: desk.townA, json: #"{"version":1}"#)
            let page = try await Browser.anonymous.get(app, "/knowledge/\(entry.id!)")
            let json = try await apiRequest(app, .GET, "/api/v1/knowledge/entries/\(entry.id!)")
            // check
            #expect(invented.status == .unprocessableEntity)
            #expect(invented.text.contains("已导入的法律中找不到以下法条：《劳动合同法》第九百条"))
            #expect(!invented.text.contains("《民法典》第一千零七十九条。"), "only the invented article is named")
            #expect(created.status == .created)
            #expect(page.text.contains("href=\"/laws/\(law.id!)/articles/\(article.id!)\""))
            let dto = try json.content.decode(KnowledgeEntryDTO.self)
            #expect(dto.articles.map(\.verified) == [true, true, true])
            #expect(dto.articles.map(\.article_label) == ["第八十二条", "第一千零七十九条", "第一百三十三条之一"])
            #expect(dto.articles[2].article_number == 133)
        }
    }

    @Test func withoutStatutesReferencesAreAcceptedButUnverified() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            // act
            let created = try await apiRequest(app, .POST, "/api/v1/knowledge/entries", browser: desk.townA, json: """
                {"kind":"faq","title":"离婚要分居满两年吗","summary":"s","body":"b","legal_field":"marriage_family","source":"x","articles":["民法典1079"]}
                """)
            let dto = try created.content.decode(KnowledgeEntryDTO.self)
            let form = try await desk.townA.get(app, "/staff/knowledge/\(dto.id)")
            // check
            #expect(created.status == .created)
            #expect(dto.region_id == j.townA.id, "the region defaults to the author's")
            #expect(dto.state == "draft" && dto.version == 1)
            #expect(dto.articles.first?.verified == nil && dto.articles.first?.law_id == nil)
            #expect(dto.articles.first?.citation == "《民法典》第一千零七十九条")
            #expect(form.text.contains("尚未核对"))
        }
    }

    @Test func theAPIListsPublishedEntriesToEveryoneAndDraftsOnlyInScope() async throws {
        try await withApp { app in
            // setup
            let j = try await Jurisdiction.make(on: app.db)
            let desk = try await KnowledgeDesk.make(app, j)
            try await makeKnowledgeEntry(app, "甲镇已发布", in: j.townA, state: .published, kind: .faq)
            try await makeKnowledgeEntry(app, "甲镇草稿", in: j.townA)
            try await makeKnowledgeEntry(app, "乙镇草稿", in: j.townB)
            try await makeKnowledgeEntry(app, "乙镇已下架", in: j.townB, state: .retired)
            // act
            let anonymous = try await apiRequest(app, .GET, "/api/v1/knowledge/entries").content.decode(PageDTO<KnowledgeEntryDTO>.self)
            let staffA = try await apiRequest(app, .GET, "/api/v1/knowledge/entries", browser: desk.townA).content.decode(PageDTO<KnowledgeEntryDTO>.self)
            let faqOnly = try await apiRequest(app, .GET, "/api/v1/knowledge/entries?kind=faq", browser: desk.townA).content.decode(PageDTO<KnowledgeEntryDTO>.self)
            let badKind = try await apiRequest(app, .GET, "/api/v1/knowledge/entries?kind=story")
            let publicFAQ = try await Browser.anonymous.get(app, "/knowledge?kind=faq&q=甲镇")
            // check
            #expect(anonymous.items.map(\.title) == ["甲镇已发布"])
            #expect(Set(staffA.items.map(\.title)) == ["甲镇已发布", "甲镇草稿"])
            #expect(faqOnly.items.map(\.title) == ["甲镇已发布"])
            #expect(badKind.status == .unprocessableEntity)
            #expect(publicFAQ.text.contains("甲镇已发布") && !publicFAQ.text.contains("甲镇草稿"))
        }
    }
}
