#ifndef ALLOT_CLIBXML2_SHIM_H
#define ALLOT_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 enables ICU; its headers then clash with Foundation's ICU in debug builds. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/parserInternals.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as not concurrency-safe. */
static inline void allot_xml_free(void *pointer) { xmlFree(pointer); }
#endif
