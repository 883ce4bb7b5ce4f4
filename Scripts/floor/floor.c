/* The floor for `make bench`: the poppler-glib calls allot makes per file, and nothing else.
 *
 * For every file named on the command line: read the bytes into memory, open them with
 * poppler_document_new_from_bytes, and for every page take its size, its text, the glyph boxes
 * (poppler_page_get_text_layout) and the font-size runs (poppler_page_get_text_attributes), as
 * Sources/AllotPDF/Poppler.swift does; then free everything. Prints the pages read on stdout.
 * Built by Scripts/bench.py with: cc -O2 floor.c $(pkg-config --cflags --libs poppler-glib)
 */
#include <poppler.h>
#include <stdio.h>

int main(int argc, char **argv) {
    long pages = 0;
    int failures = 0;
    for (int i = 1; i < argc; i++) {
        gchar *contents = NULL;
        gsize length = 0;
        GError *error = NULL;
        if (!g_file_get_contents(argv[i], &contents, &length, &error)) {
            fprintf(stderr, "%s: %s\n", argv[i], error->message);
            g_error_free(error);
            failures++;
            continue;
        }
        GBytes *bytes = g_bytes_new_take(contents, length);
        PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &error);
        g_bytes_unref(bytes);
        if (document == NULL) {
            fprintf(stderr, "%s: %s\n", argv[i], error ? error->message : "cannot open");
            if (error) g_error_free(error);
            failures++;
            continue;
        }
        int count = poppler_document_get_n_pages(document);
        for (int index = 0; index < count; index++) {
            PopplerPage *page = poppler_document_get_page(document, index);
            if (page == NULL) continue;
            double width = 0, height = 0;
            poppler_page_get_size(page, &width, &height);
            gchar *text = poppler_page_get_text(page);
            g_free(text);
            PopplerRectangle *boxes = NULL;
            guint boxCount = 0;
            if (poppler_page_get_text_layout(page, &boxes, &boxCount)) g_free(boxes);
            GList *attributes = poppler_page_get_text_attributes(page);
            if (attributes) poppler_page_free_text_attributes(attributes);
            g_object_unref(page);
            pages++;
        }
        g_object_unref(document);
    }
    printf("%ld\n", pages);
    return failures ? 2 : 0;
}
