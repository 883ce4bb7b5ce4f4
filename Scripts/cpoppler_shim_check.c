// Holds Sources/CPoppler/shim.h to the headers of the libraries it declares (CPopplerShimTests runs
// it; by hand: `clang -DALLOT_REAL_HEADERS $(pkg-config --cflags poppler-glib cairo gio-2.0)` and
// without both, then compare the two programs' output). With the real headers, the shim's tables
// are compiled on the headers' types and each function must have the type the headers give it
// (a static assertion fails the compilation otherwise). Both programs print the sizes and field
// offsets of the structures allot reads and the values of the constants it names: equal output,
// equal declarations.
#ifdef ALLOT_REAL_HEADERS
#include <cairo.h>
#include <gio/gio.h>
#include <poppler.h>
#define ALLOT_CPOPPLER_TYPES_FROM_HEADERS
#endif
#include "../Sources/CPoppler/shim.h"
#include <stdio.h>

#ifdef ALLOT_REAL_HEADERS
#define ALLOT_CHECK_TYPE(type, name, parameters) \
    _Static_assert(__builtin_types_compatible_p(__typeof__(&name), type(*) parameters), #name);
ALLOT_POPPLER_GLIB_FUNCTIONS(ALLOT_CHECK_TYPE)
ALLOT_GLIB_FUNCTIONS(ALLOT_CHECK_TYPE)
ALLOT_GOBJECT_FUNCTIONS(ALLOT_CHECK_TYPE)
ALLOT_GIO_FUNCTIONS(ALLOT_CHECK_TYPE)
ALLOT_CAIRO_FUNCTIONS(ALLOT_CHECK_TYPE)
#endif

#define SIZE(type) printf("sizeof %s %zu\n", #type, sizeof(type));
#define FIELD(type, field) printf("offsetof %s.%s %zu size %zu\n", #type, #field, offsetof(type, field), \
                                  sizeof(((type *)0)->field));
#define VALUE(constant) printf("%s %lld\n", #constant, (long long)(constant));

int main(void) {
    SIZE(gboolean) SIZE(guint) SIZE(gsize) SIZE(goffset) SIZE(GQuark)
    SIZE(GError) FIELD(GError, domain) FIELD(GError, code) FIELD(GError, message)
    SIZE(GList) FIELD(GList, data) FIELD(GList, next) FIELD(GList, prev)
    SIZE(PopplerRectangle) FIELD(PopplerRectangle, x1) FIELD(PopplerRectangle, y1) FIELD(PopplerRectangle, x2)
    FIELD(PopplerRectangle, y2)
    SIZE(PopplerColor) FIELD(PopplerColor, red) FIELD(PopplerColor, green) FIELD(PopplerColor, blue)
    SIZE(PopplerTextAttributes) FIELD(PopplerTextAttributes, font_name) FIELD(PopplerTextAttributes, font_size)
    FIELD(PopplerTextAttributes, is_underlined) FIELD(PopplerTextAttributes, color)
    FIELD(PopplerTextAttributes, start_index) FIELD(PopplerTextAttributes, end_index)
    SIZE(cairo_text_extents_t) FIELD(cairo_text_extents_t, x_advance)
    SIZE(cairo_status_t) SIZE(cairo_format_t) SIZE(cairo_font_slant_t) SIZE(cairo_font_weight_t) SIZE(PopplerError)
    VALUE(CAIRO_STATUS_SUCCESS) VALUE(CAIRO_STATUS_NO_MEMORY) VALUE(CAIRO_STATUS_NULL_POINTER)
    VALUE(CAIRO_STATUS_WRITE_ERROR) VALUE(CAIRO_STATUS_INVALID_FORMAT) VALUE(CAIRO_STATUS_INVALID_STRIDE)
    VALUE(CAIRO_STATUS_INVALID_SIZE)
    VALUE(CAIRO_FORMAT_INVALID) VALUE(CAIRO_FORMAT_ARGB32) VALUE(CAIRO_FORMAT_RGB24)
    VALUE(CAIRO_FONT_SLANT_NORMAL) VALUE(CAIRO_FONT_WEIGHT_NORMAL)
    VALUE(POPPLER_ERROR_INVALID) VALUE(POPPLER_ERROR_ENCRYPTED) VALUE(POPPLER_ERROR_OPEN_FILE)
    VALUE(POPPLER_ERROR_BAD_CATALOG) VALUE(POPPLER_ERROR_DAMAGED)
    return 0;
}
