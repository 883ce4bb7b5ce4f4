#ifndef ALLOT_CFREEXL_SHIM_H
#define ALLOT_CFREEXL_SHIM_H
#include <freexl.h>
#endif
