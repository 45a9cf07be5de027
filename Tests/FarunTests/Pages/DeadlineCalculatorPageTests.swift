import SnapshotTesting
import Testing
@testable import Farun

@Suite struct DeadlineCalculatorPageTests {
    @Test func calculatorShowsTheDueDateAfterTheNationalDayHoliday() {
        // act
        let html = DeadlineCalculatorPage.View(model: .mock, context: .mock(staff: true)).document().render(indentedBy: .spaces(2))
        // check
        #expect(html.contains("届满日：2026-10-08"))
        assertSnapshot(of: html, as: .lines, named: "zh")
    }

    @Test func calculatorEscapesWhatWasTyped() {
        // setup
        var model = DeadlineCalculatorPage.Model.mock
        model.input.from = "\"><img src=x onerror=alert(1)>"
        model.input.days = "<script>alert(1)</script>"
        model.deadline = nil
        // act
        let html = DeadlineCalculatorPage.View(model: model, context: .mock(staff: true)).document().render()
        // check
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<script>alert"))
    }
}
