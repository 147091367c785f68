#ifndef CODICIL_CMARK_GFM_SHIM_H
#define CODICIL_CMARK_GFM_SHIM_H

/* cmark-gfm, the CommonMark parser behind GitHub's rendering, with its table, strikethrough,
   autolink and tag-filter extensions (Debian's libcmark-gfm-dev, libcmark-gfm-extensions-dev). */
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

#endif
