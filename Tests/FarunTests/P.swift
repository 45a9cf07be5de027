import Testing
import VaporTesting
import SnapshotTesting
@testable import Farun
@Test func placeholder2() { #expect(1 == 1) }
