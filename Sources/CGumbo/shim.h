#ifndef CODICIL_GUMBO_SHIM_H
#define CODICIL_GUMBO_SHIM_H

/* Gumbo, an HTML5 parser that builds the tree the way browsers do (Debian's libgumbo-dev). */
#include <gumbo.h>

#endif
