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

@Suite struct CalendarPageTests {
    @Test func calendarPageListsAddedYearsAndOffersTheForm() {
        // act
        let html = CalendarPage.View(model: .mock, context: .mock(staff: true)).document().render(indentedBy: .spaces(2))
        // check
        #expect(html.contains("2004–2027"))
        assertSnapshot(of: html, as: .lines, named: "zh")
    }

    @Test func calendarPageEscapesTheNoticeText() {
        // setup
        var model = CalendarPage.Model.mock
        model.values.entries = "</textarea><script>alert(1)</script>"
        model.addedYears = [.init(year: 2027, source: "\"><img src=x onerror=alert(1)>", days: 1)]
        // act
        let html = CalendarPage.View(model: model, context: .mock(staff: true)).document().render()
        // check
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
    }
}
