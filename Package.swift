// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Farun",
    defaultLocalization: "zh-Hans",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "farun", targets: ["farun"]),
        .library(name: "FarunCore", targets: ["FarunCore"]),
        .library(name: "Farun", targets: ["Farun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.19.0"),
    ],
    targets: [
        // Pure domain: no Vapor, no database, no wall clock.
        .target(name: "FarunCore"),
        .target(
            name: "Farun",
            dependencies: [
                "FarunCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.process("Resources")]
        ),
        .executableTarget(name: "farun", dependencies: ["Farun"]),
        .testTarget(name: "FarunCoreTests", dependencies: ["FarunCore"]),
        .testTarget(
            name: "FarunTests",
            dependencies: [
                "Farun",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["Pages/__Snapshots__", "Catalog/__Snapshots__", "Tracking/__Snapshots__", "Knowledge/__Snapshots__", "Units/__Snapshots__", "WorkOrderPages/__Snapshots__", "Fixtures"]
        ),
    ]
)
