/* Reads every page of every PDF named on the command line through CPopplerPaths' C interface
   (open, read each page in one pass, free, close), as AllotPDF does, for valgrind memcheck
   (Scripts/memcheck/run.sh): every block the C side hands out must come back. */
#include "CPopplerPaths.h"
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    allot_paths_prepare();
    for (int f = 1; f < argc; ++f) {
        FILE *in = fopen(argv[f], "rb"); if (!in) continue;
        fseek(in, 0, SEEK_END); long n = ftell(in); fseek(in, 0, SEEK_SET);
        unsigned char *buf = malloc(n); if (fread(buf, 1, n, in) != (size_t)n) { fclose(in); free(buf); continue; }
        fclose(in);
        int err; char msg[256];
        allot_paths_document *doc = allot_paths_open(buf, n, NULL, &err, msg, sizeof msg);
        free(buf);
        if (!doc) { printf("%s: not opened (%d)\n", argv[f], err); continue; }
        size_t glyphs = 0, marks = 0;
        for (int p = 0; p < allot_paths_page_count(doc); ++p) {
            allot_page page;
            if (allot_paths_read_page(doc, p, &page, msg, sizeof msg) == 0) { glyphs += page.box_count; marks += page.mark_count; }
            allot_paths_free_page(&page);
        }
        allot_paths_read_page(doc, 999, &(allot_page){0}, msg, sizeof msg);
        printf("%s: %zu boxes %zu marks\n", argv[f], glyphs, marks);
        allot_paths_close(doc);
    }
    return 0;
}
