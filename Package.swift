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
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // C boundary: module maps only. Each is imported by exactly one Swift target.
        .systemLibrary(
            name: "CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "poppler-data"])]),
        .systemLibrary(
            name: "CTesseract", pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "tesseract-ocr-chi-sim", "tesseract-ocr-eng"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CFreeXL", pkgConfig: "freexl",
            providers: [.apt(["libfreexl-dev"])]),

        // Plain value types passed between stages, and the typed checks findings are made from.
        .target(name: "AllotModel"),
        // Pure text functions every stage may use: names (whitespace, NFKC, radicals), amounts, CJK
        // ranges, table vocabulary and furniture matchers. Holds the bundled reference files.
        .target(name: "AllotText", dependencies: ["AllotModel"], resources: [.copy("Resources")]),
        // Stage 1 (extract): an input file's bytes, read once, and their SHA-256, for every extractor.
        .target(name: "AllotSource"),
        // Stage 1 (extract): PDF → positioned glyphs; page rendering (the only importer of CPoppler:
        // poppler-glib and cairo).
        .target(name: "AllotPDF", dependencies: ["CPoppler", "AllotModel", "AllotSource"]),
        // libxml2 behind a small Swift API: HTML and XML element trees, a streaming XML reader
        // (the only importer of CLibXML2).
        .target(name: "AllotXML", dependencies: ["CLibXML2"]),
        // Stage 1 (extract) for HTML: page → lines and table grids in the same model.
        .target(name: "AllotHTML", dependencies: ["AllotXML", "AllotModel", "AllotSource", "AllotText"]),
        // Stage 1 (extract) for xlsx, xls, docx, OFD and ZIP archives: lines and table grids, or
        // positioned glyphs, in the same model (the only importer of CFreeXL).
        .target(name: "AllotOffice", dependencies: [
            "AllotXML", "AllotModel", "AllotSource", "CFreeXL",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // Stage 1 (extract) for image-only pages: page pixels → recognized glyphs with confidences
        // (the only importer of CTesseract).
        .target(name: "AllotOCR", dependencies: ["CTesseract", "AllotModel"]),
        // Stage 2 (layout): glyphs → lines → cells.
        .target(name: "AllotLayout", dependencies: ["AllotModel"]),
        // Stage 3 (tables): lines → raw tables merged across pages, page furniture dropped.
        .target(name: "AllotTables", dependencies: ["AllotModel", "AllotLayout", "AllotText"]),
        // Stage 3 (notice): metadata (GB/T 9704 elements) from the body lines.
        .target(name: "AllotNotice", dependencies: ["AllotModel", "AllotText"]),
        // Stage 4 (normalize): raw table + notice context → allocation rows built once (level,
        // hierarchy, region, GB/T 2260 code) and the findings about cells and names.
        .target(name: "AllotNormalize", dependencies: ["AllotModel", "AllotText"]),
        // Stage 5 (reconcile): sums, cross-footing and the table's shape → findings.
        .target(name: "AllotReconcile", dependencies: ["AllotModel"]),
        // Stage 6 (emit): SQLite store, CSV export, data package, dataset reader and diff.
        .target(name: "AllotStore", dependencies: [
            "AllotModel", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Looking at what was read: page overlays (drawn by AllotPDF) and the HTML report.
        .target(name: "AllotReport", dependencies: ["AllotModel", "AllotStore", "AllotPDF"]),
        // The whole job for one file and for a batch, on top of the stages.
        .target(name: "AllotPipeline", dependencies: [
            "AllotModel", "AllotPDF", "AllotOCR", "AllotHTML", "AllotOffice", "AllotLayout", "AllotTables", "AllotNotice",
            "AllotNormalize", "AllotReconcile", "AllotText",
        ]),
        // The command line: parses, runs the pipeline, writes through the store, reports.
        .executableTarget(name: "allot", dependencies: [
            "AllotPipeline", "AllotModel", "AllotReport", "AllotStore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "AllotModelTests", dependencies: ["AllotModel"]),
        .testTarget(name: "AllotSourceTests", dependencies: ["AllotSource"]),
        .testTarget(name: "AllotPDFTests", dependencies: ["AllotPDF", "AllotModel"]),
        .testTarget(name: "AllotOCRTests", dependencies: ["AllotOCR", "AllotModel", "AllotPDF", "AllotLayout"]),
        .testTarget(name: "AllotLayoutTests", dependencies: ["AllotLayout", "AllotModel"]),
        .testTarget(name: "AllotTextTests", dependencies: ["AllotText", "AllotModel"]),
        .testTarget(name: "AllotNormalizeTests", dependencies: ["AllotNormalize", "AllotText", "AllotModel"]),
        .testTarget(name: "AllotTablesTests", dependencies: ["AllotTables", "AllotLayout", "AllotModel"]),
        .testTarget(name: "AllotHTMLTests", dependencies: ["AllotHTML", "AllotXML", "AllotTables", "AllotModel", "AllotStore"]),
        .testTarget(name: "AllotOfficeTests", dependencies: [
            "AllotOffice", "AllotTables", "AllotModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "AllotNoticeTests", dependencies: ["AllotNotice", "AllotText", "AllotModel"]),
        .testTarget(name: "AllotReconcileTests", dependencies: ["AllotReconcile", "AllotModel"]),
        .testTarget(name: "AllotXMLTests", dependencies: ["AllotXML"]),
        .testTarget(name: "AllotStoreTests", dependencies: ["AllotStore", "AllotModel"]),
        .testTarget(name: "AllotReportTests", dependencies: ["AllotReport", "AllotModel", "AllotStore", "AllotPDF"]),
        .testTarget(name: "AllotPipelineTests", dependencies: [
            "AllotPipeline", "AllotModel", "AllotPDF", "AllotLayout", "AllotTables", "AllotReport", "AllotStore",
            "AllotOffice", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
    ]
)
