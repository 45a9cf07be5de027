import FarunCore
import Foundation

/// The domain's refusals as field problems and messages people read (pages) or problem+json (API).
enum MediationErrors {
    static func fieldProblem(_ problem: MediationProblem) -> FieldProblem {
        switch problem {
        case .partiesMissing: FieldProblem(field: "parties", message: .mediationPartiesMissing)
        case .partyNameMissing(let i): FieldProblem(field: "parties[\(i)].name", message: .mediationPartyNameMissing, args: ["\(i + 1)"])
        case .applicantContactMissing: FieldProblem(field: "parties[0].phone", message: .mediationApplicantContact)
        case .partyRefusesMediation(let i): FieldProblem(field: "parties[\(i)].consent", message: .mediationPartyRefuses, args: ["\(i + 1)"])
        case .consentNotRecorded(let i): FieldProblem(field: "parties[\(i)].consent", message: .mediationConsentMissing, args: ["\(i + 1)"])
        case .summaryMissing: FieldProblem(field: "summary", message: .mediationSummaryMissing)
        case .amount(let p): amountProblem(p)
        case .notAllowed(let stage, let action): FieldProblem(field: "stage", message: .mediationNotAllowed, args: [stage.rawValue, action.rawValue])
        case .conflictOfInterest: FieldProblem(field: "mediator_id", message: .mediationConflict)
        case .sessionInvalid(let p): sessionProblem(p)
        case .agreementIncomplete(let missing): agreementProblems(missing).first ?? FieldProblem(field: "agreement", message: .mediationNoAgreement)
        case .signatureInvalid(let p): signatureProblem(p)
        case .failureReasonMissing: FieldProblem(field: "reason", message: .mediationFailureReason)
        case .visitInvalid: FieldProblem(field: "notes", message: .mediationVisitInvalid)
        case .screeningInvalid(let p): screeningProblem(p)
        }
    }

    static func amountProblem(_ problem: DisputeAmount.Problem) -> FieldProblem {
        switch problem {
        case .negative: FieldProblem(field: "amount", message: .mediationAmountNegative)
        case .tooLarge: FieldProblem(field: "amount", message: .mediationAmountTooLarge)
        case .notANumber: FieldProblem(field: "amount", message: .mediationAmountInvalid)
        case .tooPrecise: FieldProblem(field: "amount", message: .mediationAmountTooPrecise)
        }
    }

    static func sessionProblem(_ problem: SessionProblem) -> FieldProblem {
        switch problem {
        case .placeMissing: FieldProblem(field: "place", message: .mediationSessionPlace)
        case .linkMissing: FieldProblem(field: "link", message: .mediationSessionLink)
        case .linkNotHTTPS: FieldProblem(field: "link", message: .mediationSessionHTTPS)
        case .participantsMissing: FieldProblem(field: "participants", message: .mediationSessionParticipants)
        case .notesMissing: FieldProblem(field: "notes", message: .mediationSessionNotes)
        case .inFuture: FieldProblem(field: "held_at", message: .mediationSessionFuture)
        }
    }

    static func signatureProblem(_ problem: SignatureProblem) -> FieldProblem {
        switch problem {
        case .unknownParty: FieldProblem(field: "party_position", message: .mediationSignatureUnknownParty)
        case .electronicNotForPersonalRelations: FieldProblem(field: "method", message: .mediationSignatureElectronic)
        case .methodDoesNotFitForm: FieldProblem(field: "method", message: .mediationSignatureMethod)
        case .alreadySigned: FieldProblem(field: "kind", message: .mediationSignatureTwice)
        case .notForOralAgreement: FieldProblem(field: "kind", message: .mediationSignatureOral)
        }
    }

    static func screeningProblem(_ problem: ScreeningProblem) -> FieldProblem {
        switch problem {
        case .negative: FieldProblem(field: "found", message: .mediationScreeningNegative)
        case .moreHandledThanFound: FieldProblem(field: "resolved", message: .mediationScreeningMoreHandled)
        case .futurePeriod: FieldProblem(field: "period", message: .mediationScreeningFuture)
        case .implausible: FieldProblem(field: "found", message: .mediationScreeningImplausible)
        }
    }

    /// The missing agreement content, one problem per element, each named in the reader's language by the page.
    static func agreementProblems(_ missing: [AgreementElement]) -> [FieldProblem] {
        missing.map { element in
            let key: L = switch element {
            case .partiesParticulars: .mediationMissingPartiesParticulars
            case .facts: .mediationMissingFacts
            case .issues: .mediationMissingIssues
            case .responsibilities: .mediationMissingResponsibilities
            case .terms: .mediationMissingTerms
            case .performanceManner: .mediationMissingPerformanceManner
            case .performanceDeadline: .mediationMissingPerformanceDeadline
            case .committee: .mediationMissingCommittee
            }
            return FieldProblem(field: element.rawValue, message: key)
        }
    }

    /// Stage conflicts and conflicts of interest are 409s; everything else is a validation problem.
    static func appError(_ problems: [MediationProblem]) -> AppError {
        if let first = problems.first {
            switch first {
            case .notAllowed(let stage, let action): return .conflict(.mediationNotAllowed, [stage.rawValue, action.rawValue])
            case .conflictOfInterest: return .conflict(.mediationConflict)
            case .agreementIncomplete(let missing): return .validation(agreementProblems(missing))
            default: break
            }
        }
        return .validation(problems.map(fieldProblem))
    }
}

extension MediationErrors {
    /// 司法确认 refusals, each citing its rule.
    static func confirmationProblem(_ problem: ConfirmationProblem) -> FieldProblem {
        switch problem {
        case .personalRelations: FieldProblem(field: "court_basis", message: .mediationConfirmationPersonal)
        case .windowClosed(let due): FieldProblem(field: "filed_on", message: .mediationConfirmationLate, args: [due.description])
        case .agreementNotEffective: FieldProblem(field: "filed_on", message: .mediationConfirmationNotEffective)
        case .filingDateInvalid: FieldProblem(field: "filed_on", message: .mediationConfirmationFiledOn)
        case .courtNameMissing: FieldProblem(field: "court_name", message: .mediationConfirmationCourtName)
        case .alreadyApplied: FieldProblem(field: "court_basis", message: .mediationConfirmationExists)
        case .noApplication: FieldProblem(field: "outcome", message: .mediationConfirmationMissing)
        case .outcomeAlreadyRecorded: FieldProblem(field: "outcome", message: .mediationConfirmationDecided)
        case .decisionDateInvalid: FieldProblem(field: "decided_on", message: .mediationConfirmationDecidedOn)
        case .referralNotForRejection: FieldProblem(field: "referral", message: .mediationConfirmationReferral)
        }
    }
}
