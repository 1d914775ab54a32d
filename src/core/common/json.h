/*
 * json.h
 *	  A small, defensive JSON (RFC 8259) parser and compact writer.
 *
 * The core receives schema definitions and model parameters as JSON text
 * (the glue turns jsonb into text), so it needs its own parser that never
 * trusts its input: the text is not NUL-terminated, nesting is bounded by
 * SM_JSON_MAX_DEPTH, every size computation is overflow-checked, and
 * everything PostgreSQL's jsonb would refuse (invalid UTF-8, lone
 * surrogates, \u0000) is refused here too.
 *
 * Object members are kept in input order, duplicates included: jsonb would
 * silently keep the last one, but a schema validator wants to report them.
 */
#ifndef SM_JSON_H
#define SM_JSON_H

#include "sm_common.h"

/* Deepest nesting of arrays and objects accepted by the parser. */
#define SM_JSON_MAX_DEPTH 128

typedef enum sm_jtype
{
	SM_JNULL,
	SM_JFALSE,
	SM_JTRUE,
	SM_JNUMBER,
	SM_JSTRING,
	SM_JARRAY,
	SM_JOBJECT
} sm_jtype;

/*
 * A JSON value.  Strings are unescaped UTF-8 and always NUL-terminated (they
 * cannot contain NUL since \u0000 is rejected), so str can be used as a C
 * string; len excludes the terminator.  A number keeps its text as written
 * (str/len) next to its double value, so that integers beyond 2^53 and
 * numeric values keep their exact spelling.
 */
typedef struct sm_json
{
	sm_jtype	type;
	char	   *str;			/* SM_JSTRING: value; SM_JNUMBER: text */
	size_t		len;
	double		num;			/* SM_JNUMBER (may be +-inf for 1e999) */
	size_t		n;				/* items in array/object */
	struct sm_json **items;		/* array elements / object values */
	char	  **keys;			/* object keys (unescaped), in input order */
	size_t	   *keylens;
} sm_json;

/*
 * Parse len bytes of JSON text into a tree.  Returns NULL on error, with
 * err->code SM_EINVAL (syntax; the message gives the byte offset and
 * err->path the JSON path of the enclosing element), SM_ELIMIT (nesting
 * deeper than SM_JSON_MAX_DEPTH) or SM_ENOMEM.
 */
extern sm_json *sm_json_parse(const char *text, size_t len, sm_error *err);

/* Free a tree (NULL is fine). */
extern void sm_json_free(sm_json *v);

/* Syntax check only, same rules as sm_json_parse; allocates nothing. */
extern bool sm_json_valid(const char *text, size_t len);

/*
 * Member of an object by key; NULL if absent or obj is not an object.  With
 * duplicate keys the last one wins, like jsonb.
 */
extern const sm_json *sm_json_get(const sm_json *obj, const char *key);
extern const sm_json *sm_json_get_n(const sm_json *obj, const char *key,
									size_t keylen);

/* Append compact JSON text for v; false on allocation failure or a
 * non-finite number without text. */
extern bool sm_json_write(const sm_json *v, sm_buf *out);

/* Append s as a quoted, escaped JSON string. */
extern bool sm_json_write_string(sm_buf *out, const char *s, size_t len);

/*
 * Append a finite double as the shortest JSON number text that reads back
 * to the same double (integers without exponent up to 1e15); false if d is
 * not finite.
 */
extern bool sm_json_write_double(sm_buf *out, double d);

/* "null", "boolean", "number", "string", "array" or "object". */
extern const char *sm_json_type_name(sm_jtype t);

/* Same with an article, for messages: "a string", "an array", ... */
extern const char *sm_json_type_phrase(sm_jtype t);

/* Deep copy; NULL on allocation failure. */
extern sm_json *sm_json_clone(const sm_json *v);

/*
 * Structural equality: numbers compare by value, objects member by member
 * in order.
 */
extern bool sm_json_equal(const sm_json *a, const sm_json *b);

/*
 * Building trees by hand.  sm_json_new returns an empty value of the given
 * type; sm_json_new_string copies len bytes; sm_json_new_number keeps d and
 * no text.  Appending takes ownership of item (also on failure, when it is
 * freed).
 */
extern sm_json *sm_json_new(sm_jtype type);
extern sm_json *sm_json_new_string(const char *s, size_t len);
extern sm_json *sm_json_new_number(double d);
extern bool sm_json_array_append(sm_json *arr, sm_json *item);
extern bool sm_json_object_append(sm_json *obj, const char *key, size_t keylen,
								  sm_json *item);

/* Whether s[0..len) is well-formed UTF-8 (no surrogates, no overlongs). */
extern bool sm_utf8_valid(const char *s, size_t len);

/*
 * JSON paths for error reports: "tables[1].columns[3].max".  prefix is the
 * parent's path; NULL, "" or "$" stand for the root.  A key that is not a
 * plain identifier is written ["like this"].  The result is truncated to
 * dstsize bytes.
 */
extern void sm_json_path_key(char *dst, size_t dstsize, const char *prefix,
							 const char *key, size_t keylen);
extern void sm_json_path_index(char *dst, size_t dstsize, const char *prefix,
							   size_t index);

#endif							/* SM_JSON_H */
