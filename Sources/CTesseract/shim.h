#ifndef ALLOT_CTESSERACT_SHIM_H
#define ALLOT_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#endif
