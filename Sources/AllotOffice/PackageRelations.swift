/// Open Packaging Conventions relationships: which part is the main document, and where a part's
/// relationship ids point. A relationship that points outside the package or nowhere is an error.
enum PackageRelations {
    /// The main document part named by the package relationships (_rels/.rels).
    static func officeDocument(in package: ZipPackage) throws(OfficeError) -> String {
        let root = try PackageXML.parse(package, "_rels/.rels")
        let target = root.children("Relationship").first { ($0.attribute("Type") ?? "").hasSuffix("/officeDocument") }
            .flatMap { $0.attribute("Target") }
        guard let target else { throw .missingPart(path: package.path, part: "officeDocument relationship") }
        let part = resolve(target, from: "")
        guard package.contains(part) else { throw .missingPart(path: package.path, part: part) }
        return part
    }

    /// Relationship id → target part of `part` (from its _rels/NAME.rels); empty when it has none.
    static func targets(of part: String, in package: ZipPackage) throws(OfficeError) -> [String: String] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? part
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard package.contains(relsPart) else { return [:] }
        let root = try PackageXML.parse(package, relsPart)
        var targets: [String: String] = [:]
        for relation in root.children("Relationship") where relation.attribute("TargetMode") != "External" {
            guard let id = relation.attribute("Id"), let target = relation.attribute("Target") else { continue }
            if ZipPackage.isUnsafe(target.hasPrefix("/") ? String(target.dropFirst()) : folder + "/" + target) {
                throw .unsafePath(path: package.path, member: target)
            }
            targets[id] = resolve(target, from: folder)
        }
        return targets
    }

    /// A relationship target resolved against the folder of its source part.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return ZipPackage.normalized(target) }
        return ZipPackage.normalized(folder.isEmpty ? target : folder + "/" + target)
    }
}
