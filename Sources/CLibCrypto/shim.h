#ifndef ALLOT_CLIBCRYPTO_SHIM_H
#define ALLOT_CLIBCRYPTO_SHIM_H
// SHA-256's own functions, not the EVP interface: EVP's first digest starts OpenSSL 3's library
// context (its configuration file read, the default provider loaded, its cleanup at exit), about
// 6 M instructions of every run, for the same digest from the same code (SHA extensions, AVX2).
// OpenSSL 3 marks these deprecated; they remain exported and are what EVP's provider calls.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#endif
