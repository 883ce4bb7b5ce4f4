/// The package's core properties (docProps/core.xml): its title, when the author set one.
enum CoreProperties {
    static func title(in package: ZipPackage) -> String {
        guard package.contains("docProps/core.xml"), let root = try? PackageXML.parse(package, "docProps/core.xml") else {
            return ""
        }
        return root.child("title")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
