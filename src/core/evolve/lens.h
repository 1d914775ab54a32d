/*
 * lens.h
 *	  Bidirectional lenses over JSON documents (schema evolution of jsonb).
 *
 * A lens is a list of operations, in the spirit of Cambria (Ink & Switch):
 * add, remove, rename, hoist, plunge, wrap, head, convert, and in / map to
 * apply a nested lens inside an object member or to every element of an
 * array member.  Applied forward, it upgrades a document from one version
 * to the next; applied in reverse (each operation inverted, last first) it
 * serves readers of the old version.  Lenses arrive as JSON text
 * (docs/evolution.md gives the format) and are compiled once.
 *
 * What does not live here: where lenses are stored and which document
 * version a jsonb column holds (the SQL layer, sql/src/evolve/), and the
 * conversion between jsonb and JSON text (src/evolve/lens_glue.c).
 */
#ifndef SM_LENS_H
#define SM_LENS_H

#include "json.h"

/* Deepest nesting of in / map accepted in a lens. */
#define SM_LENS_MAX_DEPTH 32

/* Most operations in one lens, nested ones included. */
#define SM_LENS_MAX_OPS 10000

typedef struct sm_lens sm_lens;

/*
 * Compile a lens from JSON text: an array of operation objects.  NULL on
 * error, with err->code SM_EINVAL and err->path the JSON path of the
 * offending operation, SM_ELIMIT or SM_ENOMEM.
 */
extern sm_lens *sm_lens_parse(const char *text, size_t len, sm_error *err);

/* Free a compiled lens (NULL is fine). */
extern void sm_lens_free(sm_lens *lens);

/* Number of operations at the top level. */
extern size_t sm_lens_length(const sm_lens *lens);

/*
 * Apply a lens to a document in place, forward or in reverse.  The document
 * must be an object; an operation whose field is absent does nothing.
 * Returns false with err set (SM_EDATA for a document the lens cannot
 * apply to, such as plunging into a member that is not an object;
 * SM_ENOMEM), leaving the document partly transformed: callers discard it.
 */
extern bool sm_lens_apply(const sm_lens *lens, sm_json *doc, bool reverse,
						  sm_error *err);

/*
 * The same on JSON text: parse doc, apply, write the result into out
 * (appended).  For the glue, the fuzzer and the benchmarks.
 */
extern bool sm_lens_apply_text(const sm_lens *lens, const char *doc, size_t len,
							   bool reverse, sm_buf *out, sm_error *err);

#endif							/* SM_LENS_H */
