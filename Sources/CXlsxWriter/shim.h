#ifndef ALLOT_CXLSXWRITER_SHIM_H
#define ALLOT_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
