// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "allot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "allot", targets: ["allot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C boundary: module maps only. Each is imported by exactly one Swift target.
        .systemLibrary(
            name: "CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "poppler-data"])]),

        // Plain value types passed between stages.
        .target(name: "AllotModel"),
        // Stage 1: PDF → positioned glyphs (the only importer of CPoppler).
        .target(name: "AllotPDF", dependencies: ["CPoppler", "AllotModel"]),
        // Stage 2: glyphs → lines → cells.
        .target(name: "AllotLayout", dependencies: ["AllotModel"]),
        // Stage 4: names, amounts, division codes (bundled reference data).
        .target(name: "AllotNormalize", dependencies: ["AllotModel"], resources: [.copy("Resources")]),
        // Stage 3: lines → allocation tables merged across pages; notice metadata.
        .target(name: "AllotTables", dependencies: ["AllotModel", "AllotLayout", "AllotNormalize"]),
        // Stage 5: hierarchy checks → findings.
        .target(name: "AllotReconcile", dependencies: ["AllotModel"]),
        // Stage 6: CSV (and later SQLite, data package) writers.
        .target(name: "AllotStore", dependencies: ["AllotModel"]),
        // The whole job for one file and for a batch.
        .target(name: "AllotPipeline", dependencies: [
            "AllotModel", "AllotPDF", "AllotLayout", "AllotTables", "AllotNormalize",
            "AllotReconcile", "AllotStore",
        ]),
        .executableTarget(name: "allot", dependencies: [
            "AllotPipeline", "AllotModel",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "AllotPDFTests", dependencies: ["AllotPDF", "AllotModel"]),
        .testTarget(name: "AllotLayoutTests", dependencies: ["AllotLayout", "AllotModel"]),
        .testTarget(name: "AllotNormalizeTests", dependencies: ["AllotNormalize", "AllotModel"]),
        .testTarget(name: "AllotTablesTests", dependencies: ["AllotTables", "AllotLayout", "AllotModel"]),
        .testTarget(name: "AllotReconcileTests", dependencies: ["AllotReconcile", "AllotModel"]),
        .testTarget(name: "AllotStoreTests", dependencies: ["AllotStore", "AllotModel"]),
        .testTarget(name: "AllotPipelineTests", dependencies: ["AllotPipeline", "AllotModel"]),
    ]
)
