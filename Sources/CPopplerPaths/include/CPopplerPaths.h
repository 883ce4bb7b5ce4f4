#ifndef ALLOT_CPOPPLERPATHS_H
#define ALLOT_CPOPPLERPATHS_H
/* A PDF page read in one pass with poppler's core (C++) API behind a C interface: its text, the
   box of every character and the font sizes, as poppler-glib's text calls give them, and the
   marks (vector paths, images) it paints. Coordinates are device points with the origin top-left
   and the page's rotation applied (crop box, 72 dpi). No C++ exception crosses this interface. */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a mark is. */
enum {
    /* A straight piece of a stroked path (curves are left out); `width` is the line width in points. */
    ALLOT_MARK_STROKE = 0,
    /* The box of a filled subpath without curves (a rule drawn as `re f`, a cell background). */
    ALLOT_MARK_FILL = 1,
    /* The box an image is painted into. */
    ALLOT_MARK_IMAGE = 2
};

/* One mark the page paints. */
typedef struct {
    /* A stroke's two ends, or a box's corners (x0 <= x1, y0 <= y1). */
    double x0, y0, x1, y1;
    /* Stroke width in points (0: the thinnest line the device can draw); 0 for fills and images. */
    double width;
    /* The clip box in force when the mark was painted. */
    double clip_x0, clip_y0, clip_x1, clip_y1;
    /* Paint colour composited over white at its opacity, each channel 0 … 1 (1 for images). */
    double red, green, blue;
    /* ALLOT_MARK_STROKE, ALLOT_MARK_FILL or ALLOT_MARK_IMAGE. */
    int kind;
    /* 1 when the stroke is dashed. */
    int dashed;
} allot_mark;

typedef struct allot_paths_document allot_paths_document;

/* Makes poppler's global parameters for the whole process, quiet; call before any poppler
   document (poppler-glib's too) is opened. Safe to call again and from any thread. */
void allot_paths_prepare(void);

/* Opens a document from `length` bytes (copied); NULL on failure with `*error` set to poppler's
   error code (or -1 when no document could be made) and `message` filled. */
allot_paths_document *allot_paths_open(const unsigned char *bytes, size_t length, const char *password,
                                       int *error, char *message, size_t message_size);

/* Number of pages; 0 for NULL. */
int allot_paths_page_count(const allot_paths_document *document);

/* Characters `start` … `end` (inclusive offsets into the page's boxes) set at `font_size`: the
   runs of poppler_page_get_text_attributes, of which only the size is kept. */
typedef struct {
    int start;
    int end;
    double font_size;
} allot_text_run;

/* One page read: every block is malloc'd and freed by allot_paths_free_page. */
typedef struct {
    /* Page size in points, sides swapped on a page turned a quarter (poppler_page_get_size). */
    double width, height;
    /* The page text, NUL-terminated UTF-8 (poppler_page_get_text). */
    char *text;
    /* `box_count` boxes of 4 doubles (x1, y1, x2, y2), one per character of `text`, spaces and
       line ends included (poppler_page_get_text_layout); NULL when the page has no text. */
    double *boxes;
    size_t box_count;
    /* 1 when the page has a text layout (poppler_page_get_text_layout returns TRUE). */
    int has_layout;
    /* The font-size runs over the boxes, in order. */
    allot_text_run *runs;
    size_t run_count;
    /* The marks the page paints, in painting order. */
    allot_mark *marks;
    size_t mark_count;
} allot_page;

/* Reads page `index` (0-based) in one pass: returns 0 with `*page` filled, or -1 with `message`
   filled (and `*page` empty) when the page cannot be read. */
int allot_paths_read_page(allot_paths_document *document, int index, allot_page *page, char *message,
                          size_t message_size);

/* Frees the blocks of a page read and empties it; safe on an empty page. */
void allot_paths_free_page(allot_page *page);

void allot_paths_close(allot_paths_document *document);

#ifdef __cplusplus
}
#endif
#endif
