#ifndef ALLOT_CTESSERACT_SHIM_H
#define ALLOT_CTESSERACT_SHIM_H
// Tesseract is opened when the first image-only page needs it, not linked: loading libtesseract,
// leptonica and what they bring (35 libraries) cost every run of allot about 30 M instructions in
// the dynamic loader, though only scanned pages use them. The header gives the types; the
// functions are reached through the table below, each field typed from its declaration.
#include <dlfcn.h>
#include <stddef.h>
#include <tesseract/capi.h>
#include <tesseract/version.h>

#define ALLOT_TESSERACT_STRING(x) #x
#define ALLOT_TESSERACT_EXPAND(x) ALLOT_TESSERACT_STRING(x)
/// The library built for the header allot was compiled against (Debian libtesseract5).
#define ALLOT_TESSERACT_SONAME "libtesseract.so." ALLOT_TESSERACT_EXPAND(TESSERACT_MAJOR_VERSION)

#define ALLOT_TESSERACT_FUNCTIONS(X) \
    X(TessBaseAPIClear) X(TessBaseAPICreate) X(TessBaseAPIDelete) X(TessBaseAPIDetectOrientationScript) \
    X(TessBaseAPIEnd) X(TessBaseAPIGetDatapath) X(TessBaseAPIGetIterator) X(TessBaseAPIInit3) \
    X(TessBaseAPIRecognize) X(TessBaseAPISetImage) X(TessBaseAPISetPageSegMode) \
    X(TessBaseAPISetSourceResolution) X(TessBaseAPISetVariable) X(TessChoiceIteratorConfidence) \
    X(TessChoiceIteratorDelete) X(TessChoiceIteratorGetUTF8Text) X(TessChoiceIteratorNext) X(TessDeleteText) \
    X(TessPageIteratorBoundingBox) X(TessPageIteratorIsAtBeginningOf) X(TessResultIteratorConfidence) \
    X(TessResultIteratorDelete) X(TessResultIteratorGetChoiceIterator) \
    X(TessResultIteratorGetPageIteratorConst) X(TessResultIteratorGetUTF8Text) X(TessResultIteratorNext)

/// The Tesseract functions allot calls, found in the opened library.
typedef struct {
#define ALLOT_TESSERACT_FIELD(name) __typeof__(&name) _Nonnull name;
    ALLOT_TESSERACT_FUNCTIONS(ALLOT_TESSERACT_FIELD)
#undef ALLOT_TESSERACT_FIELD
} AllotTesseractAPI;

/// Opens the library `soname` and fills `api`; NULL on success, else the loader's message (copy it
/// at once: the next dlerror call reuses it). The library stays open for the process: its C++
/// statics are not meant to be unloaded, and every engine is made from this one table.
static inline const char *_Nullable allot_tesseract_open(const char *_Nonnull soname, AllotTesseractAPI *_Nonnull api) {
    void *library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return dlerror();
#define ALLOT_TESSERACT_BIND(name) \
    api->name = (__typeof__(&name))dlsym(library, #name); \
    if (api->name == NULL) return dlerror();
    ALLOT_TESSERACT_FUNCTIONS(ALLOT_TESSERACT_BIND)
#undef ALLOT_TESSERACT_BIND
    return NULL;
}

/// The library's file name.
static inline const char *_Nonnull allot_tesseract_soname(void) { return ALLOT_TESSERACT_SONAME; }
/// The Debian package that installs it, for messages.
static inline const char *_Nonnull allot_tesseract_package(void) {
    return "libtesseract" ALLOT_TESSERACT_EXPAND(TESSERACT_MAJOR_VERSION);
}

#endif
