#ifndef ALLOT_CMALLOC_SHIM_H
#define ALLOT_CMALLOC_SHIM_H
/* glibc's malloc tuning (mallopt), which Glibc's Swift module does not export. */
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
