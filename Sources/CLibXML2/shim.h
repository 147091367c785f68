#ifndef CODICIL_LIBXML2_SHIM_H
#define CODICIL_LIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Foundation carries its own ICU; importing libxml2's ICU declarations beside it
   makes 'UErrorCode' ambiguous. Codicil never uses libxml2's ICU support. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>
#include <libxml/HTMLparser.h>
#include <libxml/entities.h>

/* Swift 6 cannot use libxml2's global function pointer xmlFree directly. */
static inline void codicil_xml_free(void *pointer) { xmlFree(pointer); }

/* Accepts no external resource at all: no DTD, no external entity, no network. */
static inline xmlParserInputPtr codicil_refuse_external_entity(const char *url, const char *id,
                                                               xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

static inline void codicil_install_entity_refusal(void) {
    xmlSetExternalEntityLoader(codicil_refuse_external_entity);
}

/* True when the document's internal subset declares any general or parameter entity. */
static inline int codicil_declares_entities(xmlDocPtr document) {
    if (document == NULL || document->intSubset == NULL) return 0;
    return document->intSubset->entities != NULL || document->intSubset->pentities != NULL;
}

#endif
