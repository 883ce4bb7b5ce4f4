#ifndef ALLOT_CLIBCRYPTO_SHIM_H
#define ALLOT_CLIBCRYPTO_SHIM_H
#include <openssl/evp.h>
#endif
