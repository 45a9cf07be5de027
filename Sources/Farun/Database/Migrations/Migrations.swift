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
        M015_CreateServiceTypes(),
        M016_SeedServiceCatalog(),
        M017_CreateHandlingUnits(),
        M018_CreateRoutingRules(),
        M019_CreateWorkOrders(),
        M020_CreateWorkOrderEvents(),
        M021_CreateWorkOrderPauses(),
        M022_CreateAttachments(),
        M023_CreateIdempotencyKeys(),
        M024_CreateCallRecords(),
        M025_CreateCallbackTasks(),
        M026_CreateRatingsAndNotices(),
        M027_CreateLaws(),
        M028_CreateLawArticles(),
        M029_CreateKnowledgeEntries(),
        M030_CreateKnowledgeEntryArticles(),
        M031_CreateSearchExpansions(),
        M032_CreateKnowledgeRevisions(),
    ]
}
