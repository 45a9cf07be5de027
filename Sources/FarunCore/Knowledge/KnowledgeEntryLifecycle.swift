/// What staff do to a typical case or FAQ besides editing it.
public enum KnowledgeEntryAction: String, Sendable, CaseIterable {
    case publish
    case retire
}

/// The life of a case or FAQ: draft → published → retired.
///
/// Decisions, so pages, the API and tests agree:
/// - **Republishing is allowed** (retired → published). An entry is usually retired because a law changed; once
///   corrected it goes back to citizens as the same record, keeping its audit trail and links, rather than being
///   typed again as a new draft.
/// - **A draft cannot be retired**: it was never public, so there is nothing to take down; it simply stays a draft.
/// - **Edits are allowed in every state.** Only an edit of a published entry changes what citizens and the search
///   see, so only that edit (and every publish or retire) changes the search index's revision.
public enum KnowledgeEntryLifecycle {
    /// An action the current state does not allow.
    public struct NotAllowed: Error, Sendable, Equatable {
        public let from: KnowledgeEntryState
        public let action: KnowledgeEntryAction

        public init(from: KnowledgeEntryState, action: KnowledgeEntryAction) {
            self.from = from
            self.action = action
        }
    }

    /// The state after `action`, or why it is refused.
    public static func apply(_ action: KnowledgeEntryAction, to state: KnowledgeEntryState) -> Result<KnowledgeEntryState, NotAllowed> {
        switch (state, action) {
        case (.draft, .publish), (.retired, .publish): .success(.published)
        case (.published, .retire): .success(.retired)
        case (.published, .publish), (.draft, .retire), (.retired, .retire): .failure(NotAllowed(from: state, action: action))
        }
    }

    /// The actions offered in `state`, in the order pages show them.
    public static func actions(from state: KnowledgeEntryState) -> [KnowledgeEntryAction] {
        KnowledgeEntryAction.allCases.filter { (try? apply($0, to: state).get()) != nil }
    }

    /// Whether editing an entry in `state` changes what citizens and the search index see.
    public static func editIsPublic(in state: KnowledgeEntryState) -> Bool {
        state == .published
    }
}
