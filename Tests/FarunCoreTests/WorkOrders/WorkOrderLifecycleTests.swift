import Testing
@testable import FarunCore

@Suite struct WorkOrderLifecycleTests {
    typealias L = WorkOrderLifecycle
    static let full = L.Input(reason: "不属于本单位职责", missingMaterials: ["身份证复印件"], hasAssignee: true, hasTarget: true)

    /// The legal moves, written out independently of the implementation's table.
    static let legal: Set<String> = [
        "submitted accept accepted", "submitted refuse refused", "submitted request_supplement supplement_requested",
        "submitted transfer transferred", "submitted withdraw withdrawn",
        "accepted assign assigned", "accepted transfer transferred", "accepted return returned",
        "accepted request_supplement supplement_requested", "accepted withdraw withdrawn",
        "assigned assign assigned", "assigned start in_progress", "assigned transfer transferred", "assigned return returned",
        "assigned request_supplement supplement_requested", "assigned withdraw withdrawn",
        "in_progress assign assigned", "in_progress resolve resolved", "in_progress transfer transferred",
        "in_progress request_supplement supplement_requested", "in_progress withdraw withdrawn",
        "supplement_requested supplement_received submitted", "supplement_requested withdraw withdrawn",
        "transferred accept accepted", "transferred return returned", "transferred withdraw withdrawn",
        "returned accept accepted", "returned refuse refused", "returned transfer transferred", "returned withdraw withdrawn",
        "resolved close closed",
    ]

    @Test func everyStateAndActionPairIsEitherTheListedMoveOrRefused() {
        for state in WorkOrderState.allCases {
            for action in WorkOrderAction.allCases {
                // act: try every actor; a legal move works for at least one of them
                let results = WorkOrderActor.allCases.map { L.apply(action, to: .init(state), by: $0, input: Self.full) }
                let reached = results.compactMap { try? $0.get().to.state }
                // check
                if let target = reached.first {
                    #expect(Self.legal.contains("\(state.rawValue) \(action.rawValue) \(target.rawValue)"), "unexpected \(state) \(action) → \(target)")
                } else {
                    #expect(!Self.legal.contains { $0.hasPrefix("\(state.rawValue) \(action.rawValue) ") }, "\(state) \(action) should be legal")
                    #expect(results.allSatisfy { $0 == .failure(.notAllowed(from: state, action: action)) })
                }
            }
        }
    }

    @Test func finalStatesOfferNoActions() {
        for state in WorkOrderState.allCases where state.isFinal {
            for actor in WorkOrderActor.allCases {
                #expect(L.availableActions(for: .init(state), actor: actor).isEmpty)
            }
        }
    }

    @Test func aWalkInRequestGoesFromSubmissionToClosure() throws {
        // setup
        var status = L.Status(.submitted)
        let steps: [(WorkOrderAction, WorkOrderActor, WorkOrderState)] = [
            (.accept, .frontDesk, .accepted), (.assign, .handlingUnit, .assigned), (.start, .assignee, .inProgress),
            (.resolve, .assignee, .resolved), (.close, .citizen, .closed),
        ]
        for (action, actor, expected) in steps {
            // act
            status = try L.apply(action, to: status, by: actor, input: Self.full).get().to
            // check
            #expect(status.state == expected)
        }
    }

    @Test func aSupplementRequestPausesTheClockAndResumesWhereItStopped() throws {
        // setup
        let inProgress = L.Status(.inProgress)
        // act
        let pause = try L.apply(.requestSupplement, to: inProgress, by: .assignee, input: .init(missingMaterials: ["劳动合同"])).get()
        let resume = try L.apply(.supplementReceived, to: pause.to, by: .assignee).get()
        // check
        #expect(pause.to == .init(.supplementRequested, resumeState: .inProgress))
        #expect(pause.pausesClock)
        #expect(!pause.to.state.clockRuns)
        #expect(resume.to == .init(.inProgress))
        #expect(resume.resumesClock)
    }

    @Test func aTransferredOrderIsTakenOrSentBackByTheReceivingUnit() throws {
        // setup
        let transferred = try L.apply(.transfer, to: .init(.accepted), by: .handlingUnit, input: .init(reason: "属于公证处职责", hasTarget: true)).get().to
        // act
        let taken = try L.apply(.accept, to: transferred, by: .handlingUnit).get()
        let sentBack = try L.apply(.returnToFrontDesk, to: transferred, by: .handlingUnit, input: .init(reason: "材料不属本辖区")).get()
        let again = try L.apply(.transfer, to: sentBack.to, by: .frontDesk, input: .init(reason: "转北平镇", hasTarget: true)).get()
        // check
        #expect(transferred.state == .transferred)
        #expect(taken.to.state == .accepted)
        #expect(sentBack.to.state == .returned)
        #expect(again.to.state == .transferred)
    }

    @Test func actionsThatNeedAReasonMaterialsAssigneeOrTargetSaySo() {
        #expect(L.apply(.refuse, to: .init(.submitted), by: .frontDesk, input: .init(reason: "  ")) == .failure(.reasonRequired))
        #expect(L.apply(.transfer, to: .init(.submitted), by: .frontDesk, input: .init(reason: "转办")) == .failure(.targetRequired))
        #expect(L.apply(.returnToFrontDesk, to: .init(.accepted), by: .handlingUnit) == .failure(.reasonRequired))
        #expect(L.apply(.requestSupplement, to: .init(.submitted), by: .frontDesk, input: .init(missingMaterials: [" "])) == .failure(.missingMaterialsRequired))
        #expect(L.apply(.assign, to: .init(.accepted), by: .handlingUnit) == .failure(.assigneeRequired))
    }

    @Test func onlyTheRightActorMayTakeAStep() {
        #expect(L.apply(.resolve, to: .init(.inProgress), by: .frontDesk, input: Self.full) == .failure(.notYourStep(actor: .frontDesk, action: .resolve)))
        #expect(L.apply(.withdraw, to: .init(.accepted), by: .frontDesk) == .failure(.notYourStep(actor: .frontDesk, action: .withdraw)))
        #expect(L.apply(.assign, to: .init(.accepted), by: .citizen, input: Self.full) == .failure(.notYourStep(actor: .citizen, action: .assign)))
        #expect(L.availableActions(for: .init(.submitted), actor: .citizen) == [.withdraw])
        #expect(Set(L.availableActions(for: .init(.inProgress), actor: .assignee)) == [.requestSupplement, .resolve])
    }

    @Test func theClockRunsOnlyWhileSomeoneOwesTheCitizenAnAnswer() {
        #expect(WorkOrderState.allCases.filter(\.clockRuns) == [.submitted, .accepted, .assigned, .inProgress, .transferred, .returned])
    }
}
