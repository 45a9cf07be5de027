import Testing
@testable import Farun

@Suite struct LayoutTests {
    @Test func demoDataIsAnnouncedOnEveryPageOnlyWhenPresent() {
        // setup
        var demo = PageContext.mock()
        demo.showsDemoNotice = true
        // act
        let withDemo = HomePage.View(model: .mock, context: demo).document().render()
        let without = HomePage.View(model: .mock, context: .mock()).document().render()
        // check
        #expect(withDemo.contains("演示环境"))
        #expect(!without.contains("演示环境"))
    }

    @Test func theDemoNoticeSitsInALandmarkNamedByItsText() {
        // setup
        var demo = PageContext.mock()
        demo.showsDemoNotice = true
        // act
        let html = HomePage.View(model: .mock, context: demo).document().render()
        // check: axe's "region" rule wants all content inside landmarks
        #expect(html.contains(#"<aside class="demo-notice" aria-labelledby="demo-notice-text"><p id="demo-notice-text">演示环境"#))
    }

    @Test func theStaffHeaderCarriesASignOutFormWithTheCsrfToken() {
        // act
        let html = StaffHomePage.View(model: .mock, context: .mock(staff: true)).document().render()
        // check
        #expect(html.contains(#"action="/staff/sign-out""#))
        #expect(html.contains(#"name="csrf_token" value="csrf-token-for-tests""#))
        #expect(html.contains(#"<html lang="zh-CN">"#))
    }
}
