@testable import Farun
import Testing

/// The stylesheet is served as written; a block left open silently swallows every rule after it (an unclosed
/// `@media print` once hid the work-order and robot styles from screens).
@Suite struct AssetTests {
    @Test func theStylesheetClosesEveryBlockItOpens() throws {
        // setup
        let css = try #require(Assets.named("farun.css")).body
        // act
        var depth = 0
        var lowest = 0
        var inComment = false
        var previous: Character = " "
        for character in css {
            if inComment {
                if previous == "*" && character == "/" { inComment = false }
            } else if previous == "/" && character == "*" {
                inComment = true
            } else if character == "{" {
                depth += 1
            } else if character == "}" {
                depth -= 1
                lowest = min(lowest, depth)
            }
            previous = character
        }
        // check
        #expect(depth == 0, "unclosed blocks at the end of farun.css: \(depth)")
        #expect(lowest == 0, "a closing brace without an opening one in farun.css")
    }

    @Test func theScriptsAndStylesheetAreServed() {
        // setup, act, check
        for name in ["farun.css", "farun.js", "kiosk.js", "workbench.js"] {
            #expect(Assets.named(name)?.body.isEmpty == false, "\(name) is missing from the bundle")
        }
    }
}
