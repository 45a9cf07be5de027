import Fluent

/// All migrations in order. Append only: never edit or reorder a shipped migration.
enum FarunMigrations {
    static let all: [any Migration] = [
        M001_CreateRegions(),
        M002_CreateServicePoints(),
        M003_CreateStaffUsers(),
        M004_CreateRoleGrants(),
        M005_CreateProfessionalProfiles(),
        M006_CreateCitizens(),
        M007_CreateSessions(),
        M008_CreateAPITokens(),
        M009_CreateAuditEvents(),
        M010_MakeAuditTrailAppendOnly(),
        M011_CreateRateLimitCounters(),
        M012_CreateCalendarDays(),
        M013_CreateWorkOrderCounters(),
        M014_CreateOutboxAndJobLeases(),
    ]
}
