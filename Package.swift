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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C boundary: module maps only. Each is imported by exactly one Swift target.
        .systemLibrary(
            name: "CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "poppler-data"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),

        // Plain value types passed between stages.
        .target(name: "AllotModel"),
        // Stage 1: PDF → positioned glyphs (the only importer of CPoppler).
        .target(name: "AllotPDF", dependencies: ["CPoppler", "AllotModel"]),
        // Stage 1 for HTML: page → text lines and tables in the same model (the only importer of CLibXML2).
        .target(name: "AllotHTML", dependencies: ["CLibXML2", "AllotModel", "AllotNormalize"]),
        // Stage 2: glyphs → lines → cells.
        .target(name: "AllotLayout", dependencies: ["AllotModel"]),
        // Stage 4: names, amounts, division codes (bundled reference data).
        .target(name: "AllotNormalize", dependencies: ["AllotModel"], resources: [.copy("Resources")]),
        // Stage 3: lines → allocation tables merged across pages; notice metadata.
        .target(name: "AllotTables", dependencies: ["AllotModel", "AllotLayout", "AllotNormalize"]),
        // Stage 3: notice metadata (GB/T 9704 elements) from the body lines.
        .target(name: "AllotNotice", dependencies: ["AllotModel", "AllotNormalize"]),
        // Stage 5: hierarchy checks → findings.
        .target(name: "AllotReconcile", dependencies: ["AllotModel"]),
        // Stage 6: CSV (and later SQLite, data package) writers.
        .target(name: "AllotStore", dependencies: [
            "AllotModel", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Looking at what was read: page overlays (drawn by AllotPDF) and the HTML report.
        .target(name: "AllotReport", dependencies: ["AllotModel", "AllotStore", "AllotPDF"]),
        // The whole job for one file and for a batch.
        .target(name: "AllotPipeline", dependencies: [
            "AllotModel", "AllotPDF", "AllotHTML", "AllotLayout", "AllotTables", "AllotNotice",
            "AllotNormalize", "AllotReconcile", "AllotStore", "AllotReport",
        ]),
        .executableTarget(name: "allot", dependencies: [
            "AllotPipeline", "AllotModel", "AllotReport", "AllotStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "AllotPDFTests", dependencies: ["AllotPDF", "AllotModel"]),
        .testTarget(name: "AllotLayoutTests", dependencies: ["AllotLayout", "AllotModel"]),
        .testTarget(name: "AllotNormalizeTests", dependencies: ["AllotNormalize", "AllotModel"]),
        .testTarget(name: "AllotTablesTests", dependencies: ["AllotTables", "AllotLayout", "AllotModel"]),
        .testTarget(name: "AllotHTMLTests", dependencies: ["AllotHTML", "AllotModel"]),
        .testTarget(name: "AllotNoticeTests", dependencies: ["AllotNotice", "AllotModel"]),
        .testTarget(name: "AllotReconcileTests", dependencies: ["AllotReconcile", "AllotModel"]),
        .testTarget(name: "AllotStoreTests", dependencies: ["AllotStore", "AllotModel"]),
        .testTarget(name: "AllotReportTests", dependencies: ["AllotReport", "AllotModel", "AllotStore", "AllotPDF"]),
        .testTarget(name: "AllotPipelineTests", dependencies: [
            "AllotPipeline", "AllotModel", "AllotPDF", "AllotLayout", "AllotTables", "AllotReport", "AllotStore",
        ]),
    ]
)
