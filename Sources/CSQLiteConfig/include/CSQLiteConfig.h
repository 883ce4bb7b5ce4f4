#ifndef ALLOT_CSQLITECONFIG_H
#define ALLOT_CSQLITECONFIG_H
/* SQLite's process-wide settings, made before its first use (sqlite_config.c). */

/* What sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) returned when the process loaded: SQLITE_OK (0),
   SQLite's error code if the library was already initialized, or -1 if the constructor never ran. */
int allot_sqlite_memstatus_result(void);

#endif
