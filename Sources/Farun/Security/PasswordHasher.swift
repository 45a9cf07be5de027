import Vapor

/// bcrypt on a thread pool, so hashing never blocks an event loop. Tests use a lower cost.
struct PasswordHasher: Sendable {
    let cost: Int

    func hash(_ password: String, on pool: NIOThreadPool) async throws -> String {
        let cost = self.cost
        return try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, hash: String, on pool: NIOThreadPool) async throws -> Bool {
        try await pool.runIfActive { try Bcrypt.verify(password, created: hash) }
    }
}

extension Application {
    private struct HasherKey: StorageKey { typealias Value = PasswordHasher }
    var passwordHasher: PasswordHasher {
        get { storage[HasherKey.self] ?? PasswordHasher(cost: 12) }
        set { storage[HasherKey.self] = newValue }
    }

    func hashPassword(_ password: String) async throws -> String {
        try await passwordHasher.hash(password, on: threadPool)
    }

    func verifyPassword(_ password: String, hash: String) async throws -> Bool {
        try await passwordHasher.verify(password, hash: hash, on: threadPool)
    }
}
