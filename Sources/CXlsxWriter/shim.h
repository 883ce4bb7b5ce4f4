#ifndef ALLOT_CXLSXWRITER_SHIM_H
#define ALLOT_CXLSXWRITER_SHIM_H
// libxlsxwriter is opened when the first workbook is made (`allot export --xlsx`), not linked:
// loaded at every start it cost every run about 1.7 M instructions in the dynamic loader (its 903
// symbol bindings and libminizip), though no other command writes a workbook. The header gives the
// types; the functions are reached through the table below, each field typed from its declaration.
#include <dlfcn.h>
#include <stddef.h>
#include <xlsxwriter.h>

/// The library built for the header allot was compiled against (Debian libxlsxwriter4).
#define ALLOT_XLSXWRITER_SONAME "libxlsxwriter.so." LXW_SOVERSION

#define ALLOT_XLSXWRITER_FUNCTIONS(X) \
    X(format_set_bg_color) X(format_set_bold) X(format_set_num_format) X(lxw_strerror) X(workbook_add_format) \
    X(workbook_add_worksheet) X(workbook_close) X(workbook_new_opt) X(worksheet_freeze_panes) \
    X(worksheet_set_column) X(worksheet_write_number) X(worksheet_write_string)

/// The libxlsxwriter functions allot calls, found in the opened library.
typedef struct {
#define ALLOT_XLSXWRITER_FIELD(name) __typeof__(&name) _Nonnull name;
    ALLOT_XLSXWRITER_FUNCTIONS(ALLOT_XLSXWRITER_FIELD)
#undef ALLOT_XLSXWRITER_FIELD
} AllotXlsxWriterAPI;

/// Opens the library `soname` and fills `api`; NULL on success, else the loader's message (copy it
/// at once: the next dlerror call reuses it). The library stays open for the process.
static inline const char *_Nullable allot_xlsxwriter_open(const char *_Nonnull soname, AllotXlsxWriterAPI *_Nonnull api) {
    void *library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return dlerror();
#define ALLOT_XLSXWRITER_BIND(name) \
    api->name = (__typeof__(&name))dlsym(library, #name); \
    if (api->name == NULL) return dlerror();
    ALLOT_XLSXWRITER_FUNCTIONS(ALLOT_XLSXWRITER_BIND)
#undef ALLOT_XLSXWRITER_BIND
    return NULL;
}

/// The library's file name.
static inline const char *_Nonnull allot_xlsxwriter_soname(void) { return ALLOT_XLSXWRITER_SONAME; }

#endif
