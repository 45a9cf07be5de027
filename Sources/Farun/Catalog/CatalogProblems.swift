import FarunCore

extension ServiceTypeProblem {
    /// The message shown next to the field (and in the API's `errors`). Problems with a line say which item.
    var fieldProblem: FieldProblem {
        let field = field.rawValue
        if let item {
            let n = String(item)
            switch kind {
            case .tooLong: return .init(field: field, message: .catalogLineTooLong, args: [n, String(limit ?? 0)])
            case .countOutOfRange: return .init(field: field, message: .catalogLineCountInvalid, args: [n, String(limit ?? 0)])
            case .unknownUnit: return .init(field: field, message: .catalogLineUnitUnknown, args: [n])
            case .malformed: return .init(field: field, message: .catalogLineMalformed, args: [n])
            case .missingItem: return .init(field: field, message: .catalogLineItemMissing, args: [n])
            case .missingBasis: return .init(field: field, message: .catalogLineBasisMissing, args: [n])
            case .missingCitation: return .init(field: field, message: .catalogLineCitationMissing, args: [n])
            case .missingText: return .init(field: field, message: .catalogLineTextMissing, args: [n])
            case .required, .invalidCode, .tooMany, .unknownChoice, .notDayCount:
                return .init(field: field, message: .catalogLineMalformed, args: [n])
            }
        }
        switch kind {
        case .required: return .init(field: field, message: self.field == .channels ? .catalogChannelsRequired : .validationRequired)
        case .tooLong: return .init(field: field, message: .validationTooLong, args: [String(limit ?? 0)])
        case .invalidCode: return .init(field: field, message: .catalogCodeInvalid)
        case .tooMany: return .init(field: field, message: .catalogTooManyLines, args: [String(limit ?? 0)])
        case .countOutOfRange: return .init(field: field, message: .catalogCountInvalid, args: [String(limit ?? 0)])
        case .unknownChoice, .unknownUnit: return .init(field: field, message: .validationChoose)
        case .notDayCount: return .init(field: field, message: .catalogLimitNotDays)
        case .malformed, .missingItem, .missingBasis, .missingCitation, .missingText:
            return .init(field: field, message: .validationRequired)
        }
    }
}
