extension DivisionsCSV {
    /// The divisions under `root` (root included), each parent before its children: depth-first, siblings in
    /// file order.
    ///
    /// Throws the first of, in this order:
    /// - `rootNotFound` when no record has the root's code;
    /// - `duplicateCode` for a code that appears twice anywhere;
    /// - `parentLevelMismatch` / `codeParentMismatch` for a division in the subtree whose level may not sit
    ///   under its parent's level, or whose code does not start with its parent's prefix;
    /// - `unknownParent` for a division whose code lies under the root's prefix but whose parent is missing
    ///   from `records` (or which has no parent at all).
    ///
    /// Records whose parent exists but lies outside the subtree are ignored; the root's own parent is never
    /// looked at.
    public static func subtree(of root: DivisionCode, in records: [DivisionRecord]) throws(ImportProblem)
        -> [DivisionRecord]
    {
        guard let rootRecord = records.first(where: { $0.code == root }) else {
            throw ImportProblem(line: nil, kind: .rootNotFound, detail: "no division has code \(root)")
        }
        var byCode: [DivisionCode: DivisionRecord] = [:]
        var children: [DivisionCode: [DivisionRecord]] = [:]
        for record in records {
            if let first = byCode[record.code] {
                throw ImportProblem(
                    line: record.line, kind: .duplicateCode,
                    detail: "code \(record.code) already appears on line \(first.line)")
            }
            byCode[record.code] = record
            if let parent = record.parentCode, record.code != root { children[parent, default: []].append(record) }
        }

        var ordered: [DivisionRecord] = []
        var stack = [rootRecord]
        while let parent = stack.popLast() {
            ordered.append(parent)
            let kids = children[parent.code] ?? []
            for child in kids { try check(child, under: parent) }
            stack.append(contentsOf: kids.reversed())
        }

        let included = Set(ordered.map(\.code))
        for record in records where !included.contains(record.code)
            && record.code.value.hasPrefix(root.significantPrefix)
            && (record.parentCode.map({ byCode[$0] == nil }) ?? true)
        {
            let parent = record.parentCode.map { "its parent \($0) is not in the file" } ?? "it has no parent"
            throw ImportProblem(
                line: record.line, kind: .unknownParent, detail: "\(record.code) \(record.name): \(parent)")
        }
        return ordered
    }

    private static func check(_ child: DivisionRecord, under parent: DivisionRecord) throws(ImportProblem) {
        guard parent.level.allowsChild(child.level) else {
            throw ImportProblem(
                line: child.line, kind: .parentLevelMismatch,
                detail: "a \(child.level.rawValue) may not sit under a \(parent.level.rawValue) (\(parent.code))")
        }
        guard child.code.isPrefixCompatible(childOf: parent.code) else {
            throw ImportProblem(
                line: child.line, kind: .codeParentMismatch,
                detail: "\(child.code) does not start with the prefix of its parent \(parent.code)")
        }
    }
}
