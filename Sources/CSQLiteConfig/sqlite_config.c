#include <sqlite3.h>
#include "CSQLiteConfig.h"

/* SQLite's process-wide settings, which only take effect before the library is initialized (its
   first connection), so they are made when the executable loads, before any Swift code runs.
   Memory statistics off: Debian builds SQLite without its lookaside allocator, so every small
   allocation of the store's writer (journal chunks, record buffers) goes to malloc, and with the
   statistics on each malloc and free also takes SQLite's memory mutex and updates its counters:
   134,979 mutex enters on 100 notices; turning them off took the writer from 486.4 M to 472.0 M
   instructions (-3.0%, callgrind). allot never reads those statistics (sqlite3_memory_used) nor
   sets a soft heap limit, which depends on them. */
static int memstatus_result = -1;

__attribute__((constructor)) static void allot_sqlite_configure(void) {
    memstatus_result = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

int allot_sqlite_memstatus_result(void) {
    return memstatus_result;
}
