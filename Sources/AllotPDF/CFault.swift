/// The C calls of this target that can fail (loading poppler-glib and cairo, their calls, poppler's
/// core through CPopplerPaths), each of which a test can make fail on purpose
/// (`CFault.$failing.withValue([.loadPage]) { … }`) to prove that the failure becomes a typed
/// Swift error and never a crash. Empty in normal runs: every call goes through to C.
enum CFault: String, CaseIterable, Sendable {
    /// `poppler_document_new_from_bytes` / `_from_stream` returns no document.
    case openDocument
    /// `poppler_document_get_page` returns no page.
    case loadPage
    /// `poppler_page_get_text` returns NULL (the text read through poppler-glib: a page the one
    /// pass of `allot_paths_read_page` could not read).
    case pageText
    /// `poppler_page_get_text_layout` returns FALSE for a page that has text.
    case textLayout
    /// `poppler_page_get_text_attributes` returns NULL for a page that has text.
    case textAttributes
    /// `cairo_image_surface_create` gives a surface in an error state.
    case cairoSurface
    /// `cairo_surface_write_to_png_stream` fails.
    case cairoPNG
    /// poppler-glib cannot be loaded (`dlopen` of a library that is not installed): no document
    /// opens through it.
    case popplerLibrary
    /// cairo cannot be loaded (`dlopen` of a library that is not installed): no surface is made.
    case cairoLibrary
    /// `allot_paths_open` (poppler's core API) opens no document: every page is read through
    /// poppler-glib and its rules are rendered.
    case openPaths
    /// `allot_paths_read_page` cannot read a page: it is read through poppler-glib and its rules
    /// are rendered.
    case pagePaths

    /// The calls made to fail in the current task or thread.
    @TaskLocal static var failing: Set<CFault> = []

    /// True when `point` is made to fail.
    static func fails(_ point: CFault) -> Bool { failing.contains(point) }
}
