/* version.c — the library's own version, for hosts that link a shared libprecis and want to know
 * which release they got at run time (the header's PRECIS_VERSION_STRING is the compile-time one). */
#include "precis.h"

const char *precis_version(void) { return PRECIS_VERSION_STRING; }
