// Wall time of SHA-256 over files, through the calls Sources/AllotSource/LibCrypto.swift makes
// (SHA256_Init, SHA256_Update, SHA256_Final), to say what the hash costs natively: under callgrind
// valgrind hides the CPU's SHA extensions, so the count there is libcrypto's AVX2 path (README,
// "The store, the prepared rows and the export"). Build and run:
//   cc -O2 -o /tmp/sha256_timing Scripts/sha256/sha256_timing.c -lcrypto
//   /tmp/sha256_timing 20 bench-out/corpus-12/*.pdf                                  # SHA extensions
//   OPENSSL_ia32cap=":~0x20000000" /tmp/sha256_timing 20 bench-out/corpus-12/*.pdf   # without them
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s PASSES FILE...\n", argv[0]);
        return 2;
    }
    int passes = atoi(argv[1]);
    int count = argc - 2;
    unsigned char **buffers = calloc((size_t)count, sizeof *buffers);
    size_t *lengths = calloc((size_t)count, sizeof *lengths);
    size_t total = 0;
    if (!buffers || !lengths) return 1;
    for (int i = 0; i < count; i++) {
        FILE *file = fopen(argv[i + 2], "rb");
        if (!file) { perror(argv[i + 2]); return 1; }
        fseek(file, 0, SEEK_END);
        long length = ftell(file);
        fseek(file, 0, SEEK_SET);
        buffers[i] = malloc(length > 0 ? (size_t)length : 1);
        if (!buffers[i] || fread(buffers[i], 1, (size_t)length, file) != (size_t)length) { perror(argv[i + 2]); return 1; }
        fclose(file);
        lengths[i] = (size_t)length;
        total += (size_t)length;
    }
    unsigned char digest[SHA256_DIGEST_LENGTH];
    unsigned check = 0;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (int pass = 0; pass < passes; pass++) {
        for (int i = 0; i < count; i++) {
            SHA256_CTX context;
            SHA256_Init(&context);
            SHA256_Update(&context, buffers[i], lengths[i]);
            SHA256_Final(digest, &context);
            check += digest[0];
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%zu bytes x %d: %.3f ms per pass, %.2f ns/byte (%u)\n", total, passes,
           passes ? seconds / passes * 1e3 : 0.0, passes ? seconds * 1e9 / ((double)total * passes) : 0.0, check);
    for (int i = 0; i < count; i++) free(buffers[i]);
    free(buffers);
    free(lengths);
    return 0;
}
