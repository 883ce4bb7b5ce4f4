#ifndef ALLOT_CPOPPLER_SHIM_H
#define ALLOT_CPOPPLER_SHIM_H
// poppler-glib and cairo are opened when first needed, not linked: allot reads pages through
// poppler's core (CPopplerPaths) and asks poppler-glib only for a file the core cannot open, a page
// its one pass cannot read or a page to render, and cairo only to render. Linked, poppler-glib,
// gio, gobject, glib and cairo cost every run about 10 M instructions in the dynamic loader
// (README, "poppler-glib opened with dlopen"). Their headers are not read either (they need
// pkg-config's include paths): the few types, constants and functions allot uses are declared
// below as the headers of the sonames named here declare them (poppler-glib 22.12, GLib 2.74,
// cairo 1.16; these parts have not changed since poppler-glib 8 and cairo 2). Functions are
// reached only through the tables, filled by dlsym: nothing here can be called directly.
#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>

// Scripts/cpoppler_shim_check.c compiles this file after the real headers, with the types left to
// them, to hold the declarations below and the functions' types to the headers (CPopplerShimTests).
#ifndef ALLOT_CPOPPLER_TYPES_FROM_HEADERS
// GLib (glib.h, glibconfig.h for LP64).
typedef int gboolean;
typedef unsigned int guint;
typedef unsigned long gsize;
typedef long goffset;
typedef uint32_t GQuark;
typedef struct _GBytes GBytes;
typedef struct _GInputStream GInputStream;
typedef struct _GCancellable GCancellable;
/// A GLib error: domain, code and message (gerror.h).
typedef struct _GError {
    GQuark domain;
    int code;
    char *_Nullable message;
} GError;
/// A node of a doubly linked list (glist.h).
typedef struct _GList {
    void *_Nullable data;
    struct _GList *_Nullable next;
    struct _GList *_Nullable prev;
} GList;

// cairo (cairo.h). Only the status values allot names; cairo returns others, which Swift keeps
// as raw values.
typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef enum _cairo_status {
    CAIRO_STATUS_SUCCESS = 0,
    CAIRO_STATUS_NO_MEMORY = 1,
    CAIRO_STATUS_NULL_POINTER = 7,
    CAIRO_STATUS_WRITE_ERROR = 11,
    CAIRO_STATUS_INVALID_FORMAT = 16,
    CAIRO_STATUS_INVALID_STRIDE = 24,
    CAIRO_STATUS_INVALID_SIZE = 32,
} cairo_status_t;
typedef enum _cairo_format {
    CAIRO_FORMAT_INVALID = -1,
    CAIRO_FORMAT_ARGB32 = 0,
    CAIRO_FORMAT_RGB24 = 1,
} cairo_format_t;
typedef enum _cairo_font_slant { CAIRO_FONT_SLANT_NORMAL = 0 } cairo_font_slant_t;
typedef enum _cairo_font_weight { CAIRO_FONT_WEIGHT_NORMAL = 0 } cairo_font_weight_t;
typedef struct {
    double x_bearing;
    double y_bearing;
    double width;
    double height;
    double x_advance;
    double y_advance;
} cairo_text_extents_t;
typedef cairo_status_t (*cairo_write_func_t)(void *_Nullable closure, const unsigned char *_Nullable data,
                                             unsigned int length);

// poppler-glib (poppler.h, poppler-page.h).
typedef struct _PopplerDocument PopplerDocument;
typedef struct _PopplerPage PopplerPage;
typedef enum {
    POPPLER_ERROR_INVALID,
    POPPLER_ERROR_ENCRYPTED,
    POPPLER_ERROR_OPEN_FILE,
    POPPLER_ERROR_BAD_CATALOG,
    POPPLER_ERROR_DAMAGED
} PopplerError;
typedef struct _PopplerRectangle {
    double x1;
    double y1;
    double x2;
    double y2;
} PopplerRectangle;
typedef struct _PopplerColor {
    uint16_t red;
    uint16_t green;
    uint16_t blue;
} PopplerColor;
typedef struct _PopplerTextAttributes {
    char *_Nullable font_name;
    double font_size;
    gboolean is_underlined;
    PopplerColor color;
    int start_index;
    int end_index;
} PopplerTextAttributes;
#endif

// The functions, by library: X(return type, name, parameters).
#define ALLOT_POPPLER_GLIB_FUNCTIONS(X) \
    X(PopplerDocument *_Nullable, poppler_document_new_from_bytes, \
      (GBytes *_Nonnull bytes, const char *_Nullable password, GError *_Nullable *_Nullable error)) \
    X(PopplerDocument *_Nullable, poppler_document_new_from_stream, \
      (GInputStream *_Nonnull stream, goffset length, const char *_Nullable password, \
       GCancellable *_Nullable cancellable, GError *_Nullable *_Nullable error)) \
    X(int, poppler_document_get_n_pages, (PopplerDocument *_Nonnull document)) \
    X(PopplerPage *_Nullable, poppler_document_get_page, (PopplerDocument *_Nonnull document, int index)) \
    X(GQuark, poppler_error_quark, (void)) \
    X(void, poppler_page_free_text_attributes, (GList *_Nullable list)) \
    X(void, poppler_page_get_size, (PopplerPage *_Nonnull page, double *_Nullable width, double *_Nullable height)) \
    X(char *_Nullable, poppler_page_get_text, (PopplerPage *_Nonnull page)) \
    X(GList *_Nullable, poppler_page_get_text_attributes, (PopplerPage *_Nonnull page)) \
    X(gboolean, poppler_page_get_text_layout, \
      (PopplerPage *_Nonnull page, PopplerRectangle *_Nullable *_Nonnull rectangles, guint *_Nonnull count)) \
    X(void, poppler_page_render, (PopplerPage *_Nonnull page, cairo_t *_Nonnull cairo))
#define ALLOT_GLIB_FUNCTIONS(X) \
    X(GBytes *_Nonnull, g_bytes_new, (const void *_Nullable data, gsize size)) \
    X(void, g_bytes_unref, (GBytes *_Nullable bytes)) \
    X(void, g_error_free, (GError *_Nonnull error)) \
    X(void, g_free, (void *_Nullable memory)) \
    X(const char *_Nullable, g_quark_to_string, (GQuark quark))
#define ALLOT_GOBJECT_FUNCTIONS(X) \
    X(void, g_object_unref, (void *_Nonnull object))
#define ALLOT_GIO_FUNCTIONS(X) \
    X(GInputStream *_Nonnull, g_memory_input_stream_new_from_bytes, (GBytes *_Nonnull bytes))
#define ALLOT_CAIRO_FUNCTIONS(X) \
    X(cairo_t *_Nonnull, cairo_create, (cairo_surface_t *_Nonnull target)) \
    X(void, cairo_destroy, (cairo_t *_Nonnull cr)) \
    X(void, cairo_fill, (cairo_t *_Nonnull cr)) \
    X(int, cairo_format_stride_for_width, (cairo_format_t format, int width)) \
    X(cairo_surface_t *_Nonnull, cairo_image_surface_create_for_data, \
      (unsigned char *_Nullable data, cairo_format_t format, int width, int height, int stride)) \
    X(cairo_surface_t *_Nonnull, cairo_image_surface_create_from_png, (const char *_Nonnull filename)) \
    X(unsigned char *_Nullable, cairo_image_surface_get_data, (cairo_surface_t *_Nonnull surface)) \
    X(cairo_format_t, cairo_image_surface_get_format, (cairo_surface_t *_Nonnull surface)) \
    X(int, cairo_image_surface_get_height, (cairo_surface_t *_Nonnull surface)) \
    X(int, cairo_image_surface_get_stride, (cairo_surface_t *_Nonnull surface)) \
    X(int, cairo_image_surface_get_width, (cairo_surface_t *_Nonnull surface)) \
    X(void, cairo_line_to, (cairo_t *_Nonnull cr, double x, double y)) \
    X(void, cairo_move_to, (cairo_t *_Nonnull cr, double x, double y)) \
    X(void, cairo_paint, (cairo_t *_Nonnull cr)) \
    X(void, cairo_rectangle, (cairo_t *_Nonnull cr, double x, double y, double width, double height)) \
    X(void, cairo_restore, (cairo_t *_Nonnull cr)) \
    X(void, cairo_save, (cairo_t *_Nonnull cr)) \
    X(void, cairo_scale, (cairo_t *_Nonnull cr, double sx, double sy)) \
    X(void, cairo_select_font_face, \
      (cairo_t *_Nonnull cr, const char *_Nonnull family, cairo_font_slant_t slant, cairo_font_weight_t weight)) \
    X(void, cairo_set_dash, (cairo_t *_Nonnull cr, const double *_Nullable dashes, int count, double offset)) \
    X(void, cairo_set_font_size, (cairo_t *_Nonnull cr, double size)) \
    X(void, cairo_set_line_width, (cairo_t *_Nonnull cr, double width)) \
    X(void, cairo_set_source_rgb, (cairo_t *_Nonnull cr, double red, double green, double blue)) \
    X(void, cairo_set_source_rgba, (cairo_t *_Nonnull cr, double red, double green, double blue, double alpha)) \
    X(void, cairo_show_text, (cairo_t *_Nonnull cr, const char *_Nonnull utf8)) \
    X(cairo_status_t, cairo_status, (cairo_t *_Nonnull cr)) \
    X(const char *_Nonnull, cairo_status_to_string, (cairo_status_t status)) \
    X(void, cairo_stroke, (cairo_t *_Nonnull cr)) \
    X(void, cairo_surface_destroy, (cairo_surface_t *_Nullable surface)) \
    X(void, cairo_surface_finish, (cairo_surface_t *_Nonnull surface)) \
    X(void, cairo_surface_flush, (cairo_surface_t *_Nonnull surface)) \
    X(cairo_status_t, cairo_surface_status, (cairo_surface_t *_Nonnull surface)) \
    X(cairo_status_t, cairo_surface_write_to_png_stream, \
      (cairo_surface_t *_Nonnull surface, cairo_write_func_t _Nonnull write, void *_Nullable closure)) \
    X(void, cairo_text_extents, (cairo_t *_Nonnull cr, const char *_Nonnull utf8, cairo_text_extents_t *_Nonnull extents))

#define ALLOT_CPOPPLER_FIELD(type, name, parameters) type (*_Nonnull name) parameters;
/// The poppler-glib, GLib, GObject and GIO functions allot calls, found in the opened libraries.
typedef struct {
    ALLOT_POPPLER_GLIB_FUNCTIONS(ALLOT_CPOPPLER_FIELD)
    ALLOT_GLIB_FUNCTIONS(ALLOT_CPOPPLER_FIELD)
    ALLOT_GOBJECT_FUNCTIONS(ALLOT_CPOPPLER_FIELD)
    ALLOT_GIO_FUNCTIONS(ALLOT_CPOPPLER_FIELD)
} AllotPopplerAPI;
/// The cairo functions allot calls, found in the opened library.
typedef struct {
    ALLOT_CAIRO_FUNCTIONS(ALLOT_CPOPPLER_FIELD)
} AllotCairoAPI;
#undef ALLOT_CPOPPLER_FIELD

/// The libraries whose ABI is declared above (Debian libpoppler-glib8, libglib2.0-0, libcairo2).
#define ALLOT_POPPLER_GLIB_SONAME "libpoppler-glib.so.8"
#define ALLOT_GLIB_SONAME "libglib-2.0.so.0"
#define ALLOT_GOBJECT_SONAME "libgobject-2.0.so.0"
#define ALLOT_GIO_SONAME "libgio-2.0.so.0"
#define ALLOT_CAIRO_SONAME "libcairo.so.2"

// Each function is looked up in the library that defines it. A library stays open for the
// process: every document and surface is made through the one table. Lazily bound, as the start-up
// link bound them: binding every symbol of the five libraries and the 17 only they bring at once
// (RTLD_NOW) cost a run that opens them about 3 M instructions more (callgrind).
#define ALLOT_CPOPPLER_BIND(type, name, parameters) \
    api->name = (type (*) parameters)dlsym(library, #name); \
    if (api->name == NULL) return dlerror();
#define ALLOT_CPOPPLER_OPEN(soname) \
    library = dlopen(soname, RTLD_LAZY | RTLD_LOCAL); \
    if (library == NULL) return dlerror();

/// Opens poppler-glib and the GLib libraries it is used with (each named by its soname) and fills
/// `api`; NULL on success, else the loader's message (copy it at once: the next dlerror call
/// reuses it).
static inline const char *_Nullable allot_poppler_open(const char *_Nonnull poppler_glib, const char *_Nonnull glib,
                                                       const char *_Nonnull gobject, const char *_Nonnull gio,
                                                       AllotPopplerAPI *_Nonnull api) {
    void *library;
    ALLOT_CPOPPLER_OPEN(poppler_glib)
    ALLOT_POPPLER_GLIB_FUNCTIONS(ALLOT_CPOPPLER_BIND)
    ALLOT_CPOPPLER_OPEN(glib)
    ALLOT_GLIB_FUNCTIONS(ALLOT_CPOPPLER_BIND)
    ALLOT_CPOPPLER_OPEN(gobject)
    ALLOT_GOBJECT_FUNCTIONS(ALLOT_CPOPPLER_BIND)
    ALLOT_CPOPPLER_OPEN(gio)
    ALLOT_GIO_FUNCTIONS(ALLOT_CPOPPLER_BIND)
    return NULL;
}

/// Opens cairo (named by its soname) and fills `api`; NULL on success, else the loader's message.
static inline const char *_Nullable allot_cairo_open(const char *_Nonnull cairo, AllotCairoAPI *_Nonnull api) {
    void *library;
    ALLOT_CPOPPLER_OPEN(cairo)
    ALLOT_CAIRO_FUNCTIONS(ALLOT_CPOPPLER_BIND)
    return NULL;
}
#undef ALLOT_CPOPPLER_BIND
#undef ALLOT_CPOPPLER_OPEN

#endif
