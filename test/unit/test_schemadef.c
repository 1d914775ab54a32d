/* Unit tests of src/core/schemadef.c: validation, errors, canonical form. */
#include <stdlib.h>

#include "schemadef.h"
#include "unit.h"
#include "unit_alloc.h"

static sm_error E;				/* error of the last canonicalize() */
static char *OUT;				/* output of the last canonicalize() */
static int	n_accepted = 0;
static int	n_not_idempotent = 0;

/* JSON with ' for " (tests stay readable); a literal ' is written \u0027. */
static char *
dq(const char *s)
{
	char	   *r = strdup(s);

	for (char *p = r; *p; p++)
		if (*p == '\'')
			*p = '"';
	return r;
}

/*
 * Canonicalise len bytes; NULL on error (E holds it).  Every accepted
 * input is canonicalised a second time and must give the same bytes.
 */
static const char *
canon_raw(const char *json, size_t len, const sm_schemadef_limits *lim)
{
	sm_buf		out;

	free(OUT);
	OUT = NULL;
	sm_buf_init(&out);
	sm_error_clear(&E);
	if (!sm_schemadef_canonicalize(json, len, lim, &out, &E))
	{
		sm_buf_free(&out);
		return NULL;
	}
	n_accepted++;
	{
		sm_buf		again;
		sm_error	e2;

		sm_buf_init(&again);
		sm_error_clear(&e2);
		if (!sm_schemadef_canonicalize(out.data, out.len, lim, &again, &e2) ||
			again.len != out.len || memcmp(again.data, out.data, out.len) != 0)
		{
			n_not_idempotent++;
			printf("# not idempotent: %s\n#   -> %s\n", out.data,
				   again.data ? again.data : e2.message);
		}
		sm_buf_free(&again);
	}
	OUT = strdup(out.data);
	sm_buf_free(&out);
	return OUT;
}

static const char *
canon(const char *sq)
{
	char	   *j = dq(sq);
	const char *r = canon_raw(j, strlen(j), NULL);

	free(j);
	return r;
}

/* The canonical form of in is expected (both written with '). */
static int
out_is(const char *in, const char *expected)
{
	const char *r = canon(in);
	char	   *e = dq(expected);
	int			ok = r && strcmp(r, e) == 0;

	if (!ok)
		printf("# got: %s\n# exp: %s\n", r ? r : E.message, e);
	free(e);
	return ok;
}

/* in is rejected with code, path and (unless NULL) exactly msg. */
static int
err_is(const char *in, sm_errcode code, const char *path, const char *msg)
{
	const char *r = canon(in);
	int			ok = r == NULL && E.code == code && strcmp(E.path, path) == 0 &&
		(msg == NULL || strcmp(E.message, msg) == 0);

	if (!ok)
		printf("# got: %s [code %d] path=%s msg=%s\n", r ? r : "(error)", (int) E.code,
			   E.path, E.message);
	return ok;
}

#define EINVAL_AT(in, path, msg) CHECK(err_is((in), SM_EINVAL, (path), (msg)))
#define OUT_IS(in, exp) CHECK(out_is((in), (exp)))

/* Canonical spelling of a type, or "<unknown>". */
static const char *
norm(const char *type)
{
	static char r[128];
	sm_buf		b;

	sm_buf_init(&b);
	if (sm_type_normalize(type, strlen(type), &b))
		snprintf(r, sizeof(r), "%s", b.data);
	else
		snprintf(r, sizeof(r), "<unknown>");
	sm_buf_free(&b);
	return r;
}

#define NORM(in, exp) CHECK_STR(norm(in), (exp))

/* A one-table definition around some columns. */
#define T1(cols) "{'tables':[{'name':'t','columns':[" cols "]}]}"
/* A table with an id key and some other columns, and relationships. */
#define ID "{'name':'id','type':'integer','primary_key':true}"


/* A definition with n tables of one column each. */
static char *
many_tables(int n)
{
	char	   *s = malloc((size_t) n * 80 + 32);
	size_t		o = 0;

	o += (size_t) sprintf(s + o, "{\"tables\":[");
	for (int i = 0; i < n; i++)
		o += (size_t) sprintf(s + o, "%s{\"name\":\"t%d\",\"columns\":[{\"name\":\"a\",\"type\":\"int\"}]}",
							  i ? "," : "", i);
	sprintf(s + o, "]}");
	return s;
}

/* A definition with one table of n columns. */
static char *
many_columns(int n)
{
	char	   *s = malloc((size_t) n * 48 + 64);
	size_t		o = 0;

	o += (size_t) sprintf(s + o, "{\"tables\":[{\"name\":\"wide\",\"columns\":[");
	for (int i = 0; i < n; i++)
		o += (size_t) sprintf(s + o, "%s{\"name\":\"c%d\",\"type\":\"int\"}", i ? "," : "", i);
	sprintf(s + o, "]}]}");
	return s;
}

/* n relationships from p.id to c.p0..c.p(n-1). */
static char *
many_relationships(int n)
{
	char	   *s = malloc((size_t) n * 140 + 128);
	size_t		o = 0;

	o += (size_t) sprintf(s + o, "{\"tables\":[{\"name\":\"p\",\"columns\":[{\"name\":\"id\",\"type\":\"int\",\"primary_key\":true}]},"
						  "{\"name\":\"c\",\"columns\":[");
	for (int i = 0; i < n; i++)
		o += (size_t) sprintf(s + o, "%s{\"name\":\"p%d\",\"type\":\"int\"}", i ? "," : "", i);
	o += (size_t) sprintf(s + o, "]}],\"relationships\":[");
	for (int i = 0; i < n; i++)
		o += (size_t) sprintf(s + o, "%s{\"source_table\":\"p\",\"source_column\":\"id\",\"target_table\":\"c\",\"target_column\":\"p%d\"}",
							  i ? "," : "", i);
	sprintf(s + o, "]}");
	return s;
}

static const char chinook[] =
	"{\n"
	"  \"name\": \"chinook\",\n"
	"  \"domain\": \"music store\",\n"
	"  \"description\": \"Chinook sample database: artists, albums, tracks, playlists, customers, employees and invoices\",\n"
	"  \"tables\": [\n"
	"    {\"name\": \"artist\", \"rows\": 275, \"columns\": [\n"
	"      {\"name\": \"artist_id\", \"type\": \"int\", \"primary_key\": true},\n"
	"      {\"name\": \"name\", \"type\": \"varchar(120)\"}]},\n"
	"    {\"name\": \"album\", \"rows\": 347, \"columns\": [\n"
	"      {\"name\": \"album_id\", \"type\": \"INT4\", \"primary_key\": true},\n"
	"      {\"name\": \"title\", \"type\": \"character varying(160)\", \"required\": true},\n"
	"      {\"name\": \"artist_id\", \"type\": \"integer\", \"required\": true}]},\n"
	"    {\"name\": \"genre\", \"rows\": 25, \"columns\": [\n"
	"      {\"name\": \"genre_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"name\", \"type\": \"varchar(120)\",\n"
	"       \"model\": {\"kind\": \"categorical\", \"values\": {\"Rock\": 0.35, \"Latin\": 0.17, \"Metal\": 0.12, \"Alternative & Punk\": 0.11, \"Jazz\": 0.04}}}]},\n"
	"    {\"name\": \"media_type\", \"rows\": 5, \"columns\": [\n"
	"      {\"name\": \"media_type_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"name\", \"type\": \"varchar(120)\",\n"
	"       \"values\": [\"MPEG audio file\", \"Protected AAC audio file\", \"Protected MPEG-4 video file\", \"Purchased AAC audio file\", \"AAC audio file\"]}]},\n"
	"    {\"name\": \"track\", \"rows\": 3503, \"columns\": [\n"
	"      {\"name\": \"track_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"name\", \"type\": \"varchar(200)\", \"required\": true},\n"
	"      {\"name\": \"album_id\", \"type\": \"integer\"},\n"
	"      {\"name\": \"media_type_id\", \"type\": \"integer\", \"required\": true},\n"
	"      {\"name\": \"genre_id\", \"type\": \"integer\"},\n"
	"      {\"name\": \"composer\", \"type\": \"varchar(220)\", \"null_rate\": 0.28},\n"
	"      {\"name\": \"milliseconds\", \"type\": \"integer\", \"required\": true, \"min\": 1071, \"max\": 5286953,\n"
	"       \"model\": {\"kind\": \"lognormal\", \"mu\": 12.4, \"sigma\": 0.45}},\n"
	"      {\"name\": \"bytes\", \"type\": \"integer\", \"min\": 38747, \"max\": 1059546140},\n"
	"      {\"name\": \"unit_price\", \"type\": \"numeric(10,2)\", \"required\": true, \"min\": 0.99, \"max\": 1.99}]},\n"
	"    {\"name\": \"playlist\", \"rows\": 18, \"columns\": [\n"
	"      {\"name\": \"playlist_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"name\", \"type\": \"varchar(120)\"}]},\n"
	"    {\"name\": \"playlist_track\", \"rows\": 8715, \"columns\": [\n"
	"      {\"name\": \"playlist_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"track_id\", \"type\": \"integer\", \"primary_key\": true}]},\n"
	"    {\"name\": \"employee\", \"rows\": 8, \"columns\": [\n"
	"      {\"name\": \"employee_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"last_name\", \"type\": \"varchar(20)\", \"required\": true, \"semantic\": \"last_name\"},\n"
	"      {\"name\": \"first_name\", \"type\": \"varchar(20)\", \"required\": true, \"semantic\": \"first_name\"},\n"
	"      {\"name\": \"title\", \"type\": \"varchar(30)\"},\n"
	"      {\"name\": \"reports_to\", \"type\": \"integer\"},\n"
	"      {\"name\": \"birth_date\", \"type\": \"timestamp\", \"min\": \"1940-01-01\", \"max\": \"2005-12-31 23:59:59\"},\n"
	"      {\"name\": \"hire_date\", \"type\": \"timestamp\", \"min\": \"2000-01-01\"},\n"
	"      {\"name\": \"address\", \"type\": \"varchar(70)\"},\n"
	"      {\"name\": \"city\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"state\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"country\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"postal_code\", \"type\": \"varchar(10)\", \"semantic\": \"postal_code\"},\n"
	"      {\"name\": \"phone\", \"type\": \"varchar(24)\", \"semantic\": \"phone\"},\n"
	"      {\"name\": \"fax\", \"type\": \"varchar(24)\"},\n"
	"      {\"name\": \"email\", \"type\": \"varchar(60)\", \"semantic\": \"email\", \"privacy\": \"medium\"}]},\n"
	"    {\"name\": \"customer\", \"rows\": 59, \"columns\": [\n"
	"      {\"name\": \"customer_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"first_name\", \"type\": \"varchar(40)\", \"required\": true, \"privacy\": \"high\"},\n"
	"      {\"name\": \"last_name\", \"type\": \"varchar(20)\", \"required\": true, \"privacy\": \"high\"},\n"
	"      {\"name\": \"company\", \"type\": \"varchar(80)\", \"null_rate\": 0.83},\n"
	"      {\"name\": \"address\", \"type\": \"varchar(70)\"},\n"
	"      {\"name\": \"city\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"state\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"country\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"postal_code\", \"type\": \"varchar(10)\"},\n"
	"      {\"name\": \"phone\", \"type\": \"varchar(24)\"},\n"
	"      {\"name\": \"fax\", \"type\": \"varchar(24)\"},\n"
	"      {\"name\": \"email\", \"type\": \"varchar(60)\", \"required\": true, \"unique\": true,\n"
	"       \"pattern\": \"[a-z]{3,12}\\\\.[a-z]{3,12}@[a-z]{4,10}\\\\.(com|org|net)\"},\n"
	"      {\"name\": \"support_rep_id\", \"type\": \"integer\"}]},\n"
	"    {\"name\": \"invoice\", \"rows\": 412, \"columns\": [\n"
	"      {\"name\": \"invoice_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"customer_id\", \"type\": \"integer\", \"required\": true},\n"
	"      {\"name\": \"invoice_date\", \"type\": \"timestamp\", \"required\": true, \"min\": \"2021-01-01\", \"max\": \"2025-12-22\"},\n"
	"      {\"name\": \"billing_address\", \"type\": \"varchar(70)\"},\n"
	"      {\"name\": \"billing_city\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"billing_state\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"billing_country\", \"type\": \"varchar(40)\"},\n"
	"      {\"name\": \"billing_postal_code\", \"type\": \"varchar(10)\"},\n"
	"      {\"name\": \"total\", \"type\": \"numeric(10,2)\", \"required\": true, \"min\": 0}],\n"
	"     \"checks\": [{\"name\": \"invoice_total_nonnegative\", \"expression\": \"total >= 0\"}]},\n"
	"    {\"name\": \"invoice_line\", \"rows\": 2240, \"columns\": [\n"
	"      {\"name\": \"invoice_line_id\", \"type\": \"integer\", \"primary_key\": true},\n"
	"      {\"name\": \"invoice_id\", \"type\": \"integer\", \"required\": true},\n"
	"      {\"name\": \"track_id\", \"type\": \"integer\", \"required\": true},\n"
	"      {\"name\": \"unit_price\", \"type\": \"numeric(10,2)\", \"required\": true},\n"
	"      {\"name\": \"quantity\", \"type\": \"integer\", \"required\": true, \"min\": 1, \"max\": 1}]}\n"
	"  ],\n"
	"  \"relationships\": [\n"
	"    {\"name\": \"album_artist_id_fkey\", \"source_table\": \"artist\", \"source_column\": \"artist_id\",\n"
	"     \"target_table\": \"album\", \"target_column\": \"artist_id\"},\n"
	"    {\"name\": \"customer_support_rep_id_fkey\", \"source_table\": \"customer\", \"source_column\": \"support_rep_id\",\n"
	"     \"target_table\": \"employee\", \"target_column\": \"employee_id\", \"relationship_type\": \"many-to-one\"},\n"
	"    {\"name\": \"employee_reports_to_fkey\", \"source_table\": \"employee\", \"source_column\": \"employee_id\",\n"
	"     \"target_table\": \"employee\", \"target_column\": \"reports_to\", \"relationship_type\": \"hierarchy\"},\n"
	"    {\"name\": \"invoice_customer_id_fkey\", \"source_table\": \"customer\", \"source_column\": \"customer_id\",\n"
	"     \"target_table\": \"invoice\", \"target_column\": \"customer_id\", \"cardinality\": {\"min\": 0, \"max\": 20, \"mean\": 7}},\n"
	"    {\"name\": \"invoice_line_invoice_id_fkey\", \"source_table\": \"invoice\", \"source_column\": \"invoice_id\",\n"
	"     \"target_table\": \"invoice_line\", \"target_column\": \"invoice_id\", \"on_delete\": \"CASCADE\"},\n"
	"    {\"name\": \"invoice_line_track_id_fkey\", \"source_table\": \"track\", \"source_column\": \"track_id\",\n"
	"     \"target_table\": \"invoice_line\", \"target_column\": \"track_id\"},\n"
	"    {\"name\": \"playlist_track_playlist_id_fkey\", \"source_table\": \"playlist\", \"source_column\": \"playlist_id\",\n"
	"     \"target_table\": \"playlist_track\", \"target_column\": \"playlist_id\", \"on_delete\": \"cascade\"},\n"
	"    {\"name\": \"playlist_track_track_id_fkey\", \"source_table\": \"track\", \"source_column\": \"track_id\",\n"
	"     \"target_table\": \"playlist_track\", \"target_column\": \"track_id\"},\n"
	"    {\"name\": \"track_album_id_fkey\", \"source_table\": \"album\", \"source_column\": \"album_id\",\n"
	"     \"target_table\": \"track\", \"target_column\": \"album_id\", \"on_delete\": \"set_null\"},\n"
	"    {\"name\": \"track_genre_id_fkey\", \"source_table\": \"genre\", \"source_column\": \"genre_id\",\n"
	"     \"target_table\": \"track\", \"target_column\": \"genre_id\"},\n"
	"    {\"name\": \"track_media_type_id_fkey\", \"source_table\": \"media_type\", \"source_column\": \"media_type_id\",\n"
	"     \"target_table\": \"track\", \"target_column\": \"media_type_id\"},\n"
	"    {\"source_table\": \"playlist\", \"source_column\": \"playlist_id\",\n"
	"     \"target_table\": \"track\", \"target_column\": \"track_id\", \"relationship_type\": \"many-to-many\",\n"
	"     \"through\": \"playlist_track\", \"through_source_column\": \"playlist_id\", \"through_target_column\": \"track_id\",\n"
	"     \"description\": \"tracks of a playlist\"}\n"
	"  ],\n"
	"  \"target_volume\": {\"records_per_day\": 5000}\n"
	"}\n";

int
main(void)
{
	sm_schemadef_limits lim;

	/* ------------------------------------------------------------ types */
	NORM("int", "integer");
	NORM("INT4", "integer");
	NORM(" Integer ", "integer");
	NORM("serial", "integer");
	NORM("serial4", "integer");
	NORM("int2", "smallint");
	NORM("smallserial", "smallint");
	NORM("int8", "bigint");
	NORM("BigSerial", "bigint");
	NORM("float4", "real");
	NORM("float", "double precision");
	NORM("float(10)", "real");
	NORM("float(25)", "double precision");
	NORM("float8", "double precision");
	NORM("double", "double precision");
	NORM("number", "double precision");
	NORM("DOUBLE   PRECISION", "double precision");
	NORM("decimal(10,2)", "numeric(10,2)");
	NORM("numeric", "numeric");
	NORM("numeric(5)", "numeric(5,0)");
	NORM("numeric( 10 , -2 )", "numeric(10,-2)");
	NORM("varchar(20)", "character varying(20)");
	NORM("varchar", "character varying");
	NORM("character varying (5)", "character varying(5)");
	NORM("char varying(5)", "character varying(5)");
	NORM("char(3)", "character(3)");
	NORM("char", "character(1)");
	NORM("character", "character(1)");
	NORM("bpchar", "bpchar");
	NORM("bpchar(4)", "character(4)");
	NORM("\"char\"", "\"char\"");
	NORM("string", "text");
	NORM("bool", "boolean");
	NORM("timestamp", "timestamp without time zone");
	NORM("datetime", "timestamp without time zone");
	NORM("timestamptz", "timestamp with time zone");
	NORM("timestamp(3)", "timestamp(3) without time zone");
	NORM("timestamp(3) with time zone", "timestamp(3) with time zone");
	NORM("TIMESTAMP WITH TIME ZONE", "timestamp with time zone");
	NORM("timestamp without time zone", "timestamp without time zone");
	NORM("timestamptz(6)", "timestamp(6) with time zone");
	NORM("time", "time without time zone");
	NORM("timetz", "time with time zone");
	NORM("time(2) with time zone", "time(2) with time zone");
	NORM("json", "jsonb");
	NORM("jsonb", "jsonb");
	NORM("int[]", "integer[]");
	NORM("text[][]", "text[]");
	NORM("varchar(10)[3]", "character varying(10)[]");
	NORM("timestamptz []", "timestamp with time zone[]");
	NORM("bit", "bit(1)");
	NORM("bit(8)", "bit(8)");
	NORM("varbit", "bit varying");
	NORM("bit varying(5)", "bit varying(5)");
	NORM("interval(3)", "interval(3)");
	NORM("enum", "enum");
	NORM("enum[]", "enum[]");
	NORM("money", "money");
	NORM("uuid", "uuid");
	NORM("citext", "citext");
	NORM("inet", "inet");
	NORM("cidr", "cidr");
	NORM("macaddr", "macaddr");
	NORM("xml", "xml");
	NORM("tsvector", "tsvector");
	NORM("oid", "oid");
	NORM("name", "name");
	NORM("bytea", "bytea");
	NORM("date", "date");
	NORM("intger", "<unknown>");
	NORM("", "<unknown>");
	NORM("   ", "<unknown>");
	NORM("varchar(0)", "<unknown>");
	NORM("varchar(10485760)", "character varying(10485760)");
	NORM("varchar(10485761)", "<unknown>");
	NORM("varchar(-1)", "<unknown>");
	NORM("numeric(1001)", "<unknown>");
	NORM("numeric(1000,1000)", "numeric(1000,1000)");
	NORM("numeric(10,1001)", "<unknown>");
	NORM("numeric(10,2,1)", "<unknown>");
	NORM("timestamp(7)", "<unknown>");
	NORM("timestamp with time zone(3)", "<unknown>");
	NORM("double precision(3)", "<unknown>");
	NORM("serial[]", "<unknown>");
	NORM("int(4)", "<unknown>");
	NORM("text(5)", "<unknown>");
	NORM("int]", "<unknown>");
	NORM("int[", "<unknown>");
	NORM("(int)", "<unknown>");
	NORM("varchar()", "<unknown>");
	NORM("foo bar", "<unknown>");
	NORM("integer with time zone", "<unknown>");
	NORM("\"CHAR\"", "<unknown>");
	NORM("text; drop table x", "<unknown>");
	{
		sm_type		t;

		CHECK(sm_type_parse("bigserial", 9, &t) && t.kind == SM_TYPE_BIGINT && t.serial && !t.is_array);
		CHECK(sm_type_parse("numeric(12,4)[]", 15, &t) && t.kind == SM_TYPE_NUMERIC &&
			  t.mod1 == 12 && t.mod2 == 4 && t.is_array);
		CHECK(sm_type_parse("varchar(20)", 11, &t) && t.kind == SM_TYPE_VARCHAR && t.mod1 == 20);
		/* the length is honoured: "int4" cut to 3 bytes is "int" */
		CHECK(sm_type_parse("int4", 3, &t) && t.kind == SM_TYPE_INTEGER);
		CHECK(sm_type_is_text(SM_TYPE_CITEXT) && !sm_type_is_text(SM_TYPE_BYTEA));
		CHECK(sm_type_is_integer(SM_TYPE_SMALLINT) && !sm_type_is_integer(SM_TYPE_NUMERIC));
		CHECK(sm_type_is_numeric(SM_TYPE_MONEY) && sm_type_is_datetime(SM_TYPE_TIMESTAMPTZ));
	}

	/* ------------------------------------------------------------ root */
	OUT_IS(T1("{'name':'a','type':'int'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'}]}]}");
	EINVAL_AT("[]", "$", "expected an object, got an array");
	EINVAL_AT("\"x\"", "$", "expected an object, got a string");
	EINVAL_AT("{}", "$", "missing required key \"tables\"");
	EINVAL_AT("{'tables':[]}", "tables", "tables must not be empty");
	EINVAL_AT("{'tables':{}}", "tables", "expected an array, got an object");
	EINVAL_AT("{'tables':null}", "tables", "expected an array, got null");
	CHECK(err_is("{'tables':[}", SM_EINVAL, "tables[0]", NULL) &&
		  strstr(E.message, "invalid JSON at byte offset 11") != NULL);
	CHECK(err_is("", SM_EINVAL, "$", NULL));
	EINVAL_AT(T1("{'name':'a','type':'int'}") " x", "$",
			  "invalid JSON at byte offset 64: unexpected data after the JSON value");
	/* unknown keys, with suggestions */
	CHECK(err_is("{'nmae':'x','tables':[]}", SM_EINVAL, "nmae", "unknown key \"nmae\"") &&
		  strcmp(E.hint, "did you mean \"name\"?") == 0 &&
		  strstr(E.detail, "allowed keys: name, domain, description, tables") != NULL);
	CHECK(err_is("{'tables':[],'foo':1}", SM_EINVAL, "foo", "unknown key \"foo\"") &&
		  strstr(E.hint, "x-") != NULL);
	EINVAL_AT("{'tables':[],'we ird':1}", "[\"we ird\"]", "unknown key \"we ird\"");
	/* duplicate keys, anywhere */
	CHECK(err_is("{'name':'a','name':'b','tables':[]}", SM_EINVAL, "name", "duplicate key \"name\""));
	EINVAL_AT(T1("{'name':'a','type':'int','type':'int'}"), "tables[0].columns[0].type",
			  "duplicate key \"type\"");
	EINVAL_AT("{'x-meta':{'a':{'b':1,'b':2}}," "'tables':[{'name':'t','columns':[{'name':'a','type':'int'}]}]}",
			  "x-meta.a.b", "duplicate key \"b\"");
	/* the first error wins */
	EINVAL_AT("{'tables':[{'name':'t','columns':[{'name':'a','type':'intger'},{'name':'b','type':'nope'}]}]}",
			  "tables[0].columns[0].type", "unknown type \"intger\"");
	/* scalar keys */
	OUT_IS("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}]}],'description':'d','domain':'retail','name':'s'}",
		   "{'name':'s','domain':'retail','description':'d','tables':[{'name':'t','columns':[{'name':'a','type':'integer'}]}]}");
	EINVAL_AT("{'name':'','tables':[]}", "name", "name must not be empty");
	EINVAL_AT("{'name':7,'tables':[]}", "name", "expected a string, got a number");
	/* privacy and target volume */
	OUT_IS("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}]}],'privacy':{'differential_privacy':false,'epsilon':1.0},'target_volume':{'records_per_day':10000}}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'}]}],'privacy':{'epsilon':1},'target_volume':{'records_per_day':10000}}");
	OUT_IS("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}]}],'privacy':{'epsilon':0.5,'differential_privacy':true},'target_volume':{}}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'}]}],'privacy':{'differential_privacy':true,'epsilon':0.5}}");
	OUT_IS("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}]}],'privacy':{'differential_privacy':false}}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'}]}]}");
	EINVAL_AT("{'tables':[],'privacy':{'epsilon':0}}", "privacy.epsilon", "epsilon must be greater than 0, got 0");
	EINVAL_AT("{'tables':[],'privacy':{'epsilon':'1'}}", "privacy.epsilon", "expected a number, got a string");
	EINVAL_AT("{'tables':[],'privacy':{'differential_privacy':1}}", "privacy.differential_privacy",
			  "expected a boolean, got a number");
	EINVAL_AT("{'tables':[],'privacy':{'dp':true}}", "privacy.dp", "unknown key \"dp\"");
	EINVAL_AT("{'tables':[],'privacy':true}", "privacy", "expected an object, got a boolean");
	EINVAL_AT("{'tables':[],'target_volume':{'records_per_day':-1}}", "target_volume.records_per_day",
			  "records_per_day must be at least 0, got -1");
	EINVAL_AT("{'tables':[],'target_volume':{'records_per_day':2.5}}", "target_volume.records_per_day",
			  "expected an integer, got 2.5");
	OUT_IS("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}]}],'target_volume':{'records_per_day':1e3}}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'}]}],'target_volume':{'records_per_day':1000}}");
	/* extension keys are kept, sorted, at the end of their object */
	OUT_IS("{'x_b':[1,{'k':'v'}],'tables':[{'x-t':true,'name':'t','columns':[{'x-z':1,'x-a':null,'name':'a','type':'int'}]}],'x-a':'first'}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer','x-a':null,'x-z':1}],'x-t':true}],'x-a':'first','x_b':[1,{'k':'v'}]}");

	/* ------------------------------------------------------------ tables */
	EINVAL_AT("{'tables':[{'columns':[]}]}", "tables[0]", "missing required key \"name\"");
	EINVAL_AT("{'tables':[{'name':'','columns':[]}]}", "tables[0].name", "table name must not be empty");
	EINVAL_AT("{'tables':[{'name':'t'}]}", "tables[0]", "missing required key \"columns\"");
	EINVAL_AT("{'tables':[{'name':'t','columns':{}}]}", "tables[0].columns", "expected an array, got an object");
	EINVAL_AT("{'tables':[{'name':'t','columns':[]}]}", "tables[0].columns", "table \"t\" has no columns");
	EINVAL_AT("{'tables':['t']}", "tables[0]", "expected an object, got a string");
	EINVAL_AT("{'tables':[{'name':'t','colums':[]}]}", "tables[0].colums", "unknown key \"colums\"");
	CHECK(strcmp(E.hint, "did you mean \"columns\"?") == 0);
	/* 63 bytes is the longest name */
	OUT_IS("{'tables':[{'name':'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij123','columns':[{'name':'a','type':'int'}]}]}",
		   "{'tables':[{'name':'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij123','columns':[{'name':'a','type':'integer'}]}]}");
	CHECK(err_is("{'tables':[{'name':'abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1234','columns':[]}]}",
				 SM_EINVAL, "tables[0].name", NULL) &&
		  strstr(E.message, "is too long") && strstr(E.detail, "64 bytes, the limit is 63"));
	/* 21 three-byte characters = 63 bytes: fine; one more: too long */
	OUT_IS("{'tables':[{'name':'\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac','columns':[{'name':'a','type':'int'}]}]}",
		   "{'tables':[{'name':'\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac\xe2\x82\xac','columns':[{'name':'a','type':'integer'}]}]}");
	CHECK(err_is("{'tables':[{'name':'\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac','columns':[]}]}",
				 SM_EINVAL, "tables[0].name", NULL) && strstr(E.detail, "66 bytes"));
	/* quotes, spaces, apostrophes and non-ASCII survive */
	CHECK(canon("{'tables':[{'name':'My \\'Table\\'','schema':'S\u00e9ma','source':'public.\\'My Table\\'','columns':[{'name':'it\\u0027s col','type':'text'}]}]}") &&
		  strcmp(OUT, "{\"tables\":[{\"name\":\"My \\\"Table\\\"\",\"schema\":\"S\xc3\xa9ma\",\"source\":\"public.\\\"My Table\\\"\","
				 "\"columns\":[{\"name\":\"it's col\",\"type\":\"text\"}]}]}") == 0);
	CHECK(OUT && strstr(OUT, "\"name\":\"it's col\"") != NULL);
	/* rows, description, source */
	OUT_IS("{'tables':[{'rows':1e2,'description':'','name':'t','columns':[{'name':'a','type':'int'}]}]}",
		   "{'tables':[{'name':'t','description':'','rows':100,'columns':[{'name':'a','type':'integer'}]}]}");
	EINVAL_AT("{'tables':[{'name':'t','rows':-5,'columns':[]}]}", "tables[0].rows", "rows must be at least 0, got -5");
	EINVAL_AT("{'tables':[{'name':'t','rows':'5','columns':[]}]}", "tables[0].rows", "expected a number, got a string");
	EINVAL_AT("{'tables':[{'name':'t','rows':1e40,'columns':[]}]}", "tables[0].rows",
			  "rows must be at most 9223372036854775807, got 1e40");
	EINVAL_AT("{'tables':[{'name':'t','source':'','columns':[]}]}", "tables[0].source", "source must not be empty");
	/* duplicate tables: identity is (schema, name) */
	CHECK(err_is("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}]},{'name':'u','columns':[{'name':'a','type':'int'}]},{'name':'t','columns':[]}]}",
				 SM_EINVAL, "tables[2].name", "duplicate table \"t\"") &&
		  strcmp(E.detail, "first defined at tables[0]") == 0);
	EINVAL_AT("{'tables':[{'name':'t','schema':'s','columns':[{'name':'a','type':'int'}]},{'schema':'s','name':'t','columns':[]}]}",
			  "tables[1].name", "duplicate table \"s.t\"");
	OUT_IS("{'tables':[{'name':'t','schema':'s','columns':[{'name':'a','type':'int'}]},{'name':'t','columns':[{'name':'a','type':'int'}]},{'name':'t','schema':'u','columns':[{'name':'a','type':'int'}]}]}",
		   "{'tables':[{'name':'t','schema':'s','columns':[{'name':'a','type':'integer'}]},{'name':'t','columns':[{'name':'a','type':'integer'}]},{'name':'t','schema':'u','columns':[{'name':'a','type':'integer'}]}]}");
	/* checks */
	OUT_IS("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}],'checks':[{'expression':'a > 0'},{'name':'c2','expression':'a < 9','x-note':'n'}]}]}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'}],'checks':[{'expression':'a > 0'},{'name':'c2','expression':'a < 9','x-note':'n'}]}]}");
	EINVAL_AT("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}],'checks':[{'name':'c'}]}]}",
			  "tables[0].checks[0]", "missing required key \"expression\"");
	CHECK(err_is("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}],'checks':['a > 0']}]}",
				 SM_EINVAL, "tables[0].checks[0]", "expected an object, got a string") && E.hint[0]);
	EINVAL_AT("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}],'checks':[{'name':'c','expression':'a>0'},{'name':'c','expression':'a<0'}]}]}",
			  "tables[0].checks[1].name", "duplicate check constraint name \"c\"");
	EINVAL_AT("{'tables':[{'name':'t','columns':[{'name':'a','type':'int'}],'checks':[{'expression':''}]}]}",
			  "tables[0].checks[0].expression", "expression must not be empty");

	/* ------------------------------------------------------------ columns */
	EINVAL_AT(T1("{'type':'int'}"), "tables[0].columns[0]", "missing required key \"name\"");
	EINVAL_AT(T1("{'name':'a'}"), "tables[0].columns[0]", "missing required key \"type\"");
	EINVAL_AT(T1("['a','int']"), "tables[0].columns[0]", "expected an object, got an array");
	EINVAL_AT(T1("{'name':'a','type':5}"), "tables[0].columns[0].type", "expected a string, got a number");
	CHECK(err_is(T1("{'name':'a','type':'intger'}"), SM_EINVAL, "tables[0].columns[0].type",
				 "unknown type \"intger\"") &&
		  strcmp(E.hint, "did you mean \"integer\"?") == 0 && strstr(E.detail, "accepted types include") != NULL);
	CHECK(err_is(T1("{'name':'a','type':'blob'}"), SM_EINVAL, "tables[0].columns[0].type",
				 "unknown type \"blob\"") && strstr(E.detail, "bigint") != NULL);
	EINVAL_AT(T1("{'name':'a','type':'varchar(0)'}"), "tables[0].columns[0].type",
			  "invalid type modifier in \"varchar(0)\"");
	EINVAL_AT(T1("{'name':'a','type':'serial[]'}"), "tables[0].columns[0].type",
			  "invalid type modifier in \"serial[]\"");
	CHECK(err_is(T1("{'name':'id','type':'int'},{'name':'b','type':'int'},{'name':'id','type':'text'}"),
				 SM_EINVAL, "tables[0].columns[2].name", "duplicate column name \"id\"") &&
		  strcmp(E.detail, "first defined at tables[0].columns[0]") == 0);
	/* column names are case-sensitive, like quoted identifiers */
	OUT_IS(T1("{'name':'id','type':'int'},{'name':'ID','type':'int'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'id','type':'integer'},{'name':'ID','type':'integer'}]}]}");
	CHECK(err_is(T1("{'name':'a','type':'int','tpye':'x'}"), SM_EINVAL, "tables[0].columns[0].tpye",
				 "unknown key \"tpye\"") && strcmp(E.hint, "did you mean \"type\"?") == 0);
	/* every key in canonical order */
	OUT_IS(T1("{'x-k':1,'description':'d','model':{'kind':'uniform'},'privacy':'LOW','missing_markers':['','N/A'],"
			  "'semantic':'email','format':'lower','distinct_ratio':1,'null_rate':0.25,'checks':['length(a) > 1'],"
			  "'domain':'public.email','pattern':'[a-z]+@x\\\\.org','max_length':40,'min_length':3,"
			  "'default':'\\'a@x.org\\'','unique':true,'name':'a','type':'VARCHAR(50)'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'character varying(50)','unique':true,"
		   "'default':'\\'a@x.org\\'','min_length':3,'max_length':40,'pattern':'[a-z]+@x\\\\.org',"
		   "'domain':'public.email','checks':['length(a) > 1'],'null_rate':0.25,'distinct_ratio':1,"
		   "'format':'lower','semantic':'email','missing_markers':['','N/A'],'privacy':'low',"
		   "'model':{'kind':'uniform'},'description':'d','x-k':1}]}]}");
	/* defaults are omitted */
	OUT_IS(T1("{'name':'a','type':'int','primary_key':false,'unique':false,'required':false,'sequence':false,'checks':[],'missing_markers':[]}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'}]}]}");

	/* min / max */
	CHECK(err_is("{'tables':[{'name':'t0','columns':[{'name':'a','type':'int'}]},"
				 "{'name':'t1','columns':[{'name':'a','type':'int'},{'name':'b','type':'int'},{'name':'c','type':'int'},"
				 "{'name':'d','type':'integer','min':10,'max':5}]}]}",
				 SM_EINVAL, "tables[1].columns[3].max", "min (10) is greater than max (5)"));
	EINVAL_AT(T1("{'name':'a','type':'int','min':'ten'}"), "tables[0].columns[0].min", "expected a number, got a string");
	EINVAL_AT(T1("{'name':'a','type':'int','max':1.5}"), "tables[0].columns[0].max",
			  "max must be an integer for type integer, got 1.5");
	CHECK(err_is(T1("{'name':'a','type':'smallint','max':40000}"), SM_EINVAL, "tables[0].columns[0].max",
				 "max (40000) is out of range for type smallint") &&
		  strcmp(E.detail, "smallint holds values from -32768 to 32767") == 0);
	EINVAL_AT(T1("{'name':'a','type':'int','min':-2147483649}"), "tables[0].columns[0].min",
			  "min (-2147483649) is out of range for type integer");
	OUT_IS(T1("{'name':'a','type':'int8','min':-9223372036854775808,'max':9223372036854775807}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'bigint','min':-9223372036854775808,'max':9223372036854775807}]}]}");
	EINVAL_AT(T1("{'name':'a','type':'bigint','max':9223372036854775808}"), "tables[0].columns[0].max",
			  "max (9223372036854775808) is out of range for type bigint");
	OUT_IS(T1("{'name':'a','type':'int','min':1e2,'max':2.50e3}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer','min':100,'max':2500}]}]}");
	OUT_IS(T1("{'name':'a','type':'real','min':0.10,'max':1E1}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'real','min':0.1,'max':10}]}]}");
	EINVAL_AT(T1("{'name':'a','type':'real','max':1e39}"), "tables[0].columns[0].max",
			  "max (1e39) is out of range for type real");
	EINVAL_AT(T1("{'name':'a','type':'float8','max':1e999}"), "tables[0].columns[0].max",
			  "max (1e999) is out of range for type double precision");
	OUT_IS(T1("{'name':'a','type':'numeric(5,2)','min':-999.99,'max':999.990}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'numeric(5,2)','min':-999.99,'max':999.990}]}]}");
	EINVAL_AT(T1("{'name':'a','type':'numeric(5,2)','max':1000}"), "tables[0].columns[0].max",
			  "max (1000) is out of range for type numeric(5,2)");
	OUT_IS(T1("{'name':'a','type':'numeric','max':1e500}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'numeric','max':1e500}]}]}");
	EINVAL_AT(T1("{'name':'a','type':'numeric','min':2,'max':1.5}"), "tables[0].columns[0].max",
			  "min (2) is greater than max (1.5)");
	CHECK(err_is(T1("{'name':'a','type':'text','min':1}"), SM_EINVAL, "tables[0].columns[0].min",
				 "min is not allowed for type text") && E.hint[0]);
	EINVAL_AT(T1("{'name':'a','type':'boolean','max':true}"), "tables[0].columns[0].max",
			  "max is not allowed for type boolean");
	EINVAL_AT(T1("{'name':'a','type':'int[]','min':1}"), "tables[0].columns[0].min",
			  "min is not allowed for type integer[]");
	EINVAL_AT(T1("{'name':'a','type':'timetz','min':'10:00'}"), "tables[0].columns[0].min",
			  "min is not allowed for type time with time zone");
	/* date and time bounds */
	OUT_IS(T1("{'name':'d','type':'date','min':'2020-01-01','max':'2020-12-31'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'d','type':'date','min':'2020-01-01','max':'2020-12-31'}]}]}");
	CHECK(err_is(T1("{'name':'d','type':'date','min':'2020-13-01'}"), SM_EINVAL, "tables[0].columns[0].min",
				 "min (\"2020-13-01\") is not a valid date") &&
		  strcmp(E.hint, "use the ISO 8601 form YYYY-MM-DD") == 0);
	EINVAL_AT(T1("{'name':'d','type':'date','min':20200101}"), "tables[0].columns[0].min",
			  "expected a string, got a number");
	EINVAL_AT(T1("{'name':'d','type':'date','min':'2020-06-01','max':'2020-05-31'}"), "tables[0].columns[0].max",
			  "min (2020-06-01) is greater than max (2020-05-31)");
	OUT_IS(T1("{'name':'ts','type':'timestamp','min':'2020-01-01T10:00','max':'2020-01-01 10:00:00.5'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'ts','type':'timestamp without time zone','min':'2020-01-01T10:00','max':'2020-01-01 10:00:00.5'}]}]}");
	EINVAL_AT(T1("{'name':'ts','type':'timestamp','min':'2020-01-01T10:00Z'}"), "tables[0].columns[0].min",
			  "min (\"2020-01-01T10:00Z\") has a time zone but the column is timestamp without time zone");
	EINVAL_AT(T1("{'name':'ts','type':'timestamptz','min':'2020-01-01T12:00+02:00','max':'2020-01-01T09:00Z'}"),
			  "tables[0].columns[0].max",
			  "min (2020-01-01T12:00+02:00) is greater than max (2020-01-01T09:00Z)");
	OUT_IS(T1("{'name':'ts','type':'timestamptz','min':'2020-01-01T10:00+02:00','max':'2020-01-01T09:00Z'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'ts','type':'timestamp with time zone','min':'2020-01-01T10:00+02:00','max':'2020-01-01T09:00Z'}]}]}");
	OUT_IS(T1("{'name':'tm','type':'time(3)','min':'08:00','max':'17:30:00'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'tm','type':'time(3) without time zone','min':'08:00','max':'17:30:00'}]}]}");
	EINVAL_AT(T1("{'name':'tm','type':'time','max':'25:00'}"), "tables[0].columns[0].max",
			  "max (\"25:00\") is not a valid time without time zone");

	/* lengths */
	EINVAL_AT(T1("{'name':'a','type':'varchar(20)','max_length':30}"), "tables[0].columns[0].max_length",
			  "max_length (30) exceeds the length of character varying(20)");
	OUT_IS(T1("{'name':'a','type':'varchar(20)','max_length':20}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'character varying(20)'}]}]}");
	OUT_IS(T1("{'name':'a','type':'varchar(20)','max_length':10,'min_length':10}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'character varying(20)','min_length':10,'max_length':10}]}]}");
	EINVAL_AT(T1("{'name':'a','type':'text','min_length':5,'max_length':4}"), "tables[0].columns[0].max_length",
			  "min_length (5) is greater than max_length (4)");
	EINVAL_AT(T1("{'name':'a','type':'char(2)','min_length':3}"), "tables[0].columns[0].min_length",
			  "min_length (3) exceeds the length of character(2)");
	EINVAL_AT(T1("{'name':'a','type':'int','min_length':1}"), "tables[0].columns[0].min_length",
			  "min_length is not allowed for type integer");
	EINVAL_AT(T1("{'name':'a','type':'text[]','max_length':1}"), "tables[0].columns[0].max_length",
			  "max_length is not allowed for type text[]");
	EINVAL_AT(T1("{'name':'a','type':'text','min_length':-1}"), "tables[0].columns[0].min_length",
			  "min_length must be at least 0, got -1");
	EINVAL_AT(T1("{'name':'a','type':'text','max_length':'10'}"), "tables[0].columns[0].max_length",
			  "expected a number, got a string");

	/* patterns */
	OUT_IS(T1("{'name':'a','type':'text','pattern':'[A-Z]{2}-[0-9]{4}'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'text','pattern':'[A-Z]{2}-[0-9]{4}'}]}]}");
	EINVAL_AT(T1("{'name':'a','type':'int','pattern':'[0-9]+'}"), "tables[0].columns[0].pattern",
			  "pattern is not allowed for type integer");
	CHECK(err_is(T1("{'name':'a','type':'text','pattern':'[a-'}"), SM_EINVAL, "tables[0].columns[0].pattern", NULL) &&
		  strncmp(E.message, "invalid pattern: ", 17) == 0);
	CHECK(err_is(T1("{'name':'a','type':'text','pattern':'(ab'}"), SM_EINVAL, "tables[0].columns[0].pattern", NULL) &&
		  strncmp(E.message, "invalid pattern: ", 17) == 0);
	EINVAL_AT(T1("{'name':'a','type':'text','pattern':'[^\\\\s\\\\S]'}"), "tables[0].columns[0].pattern",
			  "pattern \"[^\\s\\S]\" matches no string");
	EINVAL_AT(T1("{'name':'a','type':'varchar(3)','pattern':'[0-9]{4}'}"), "tables[0].columns[0].pattern",
			  "pattern \"[0-9]{4}\" needs at least 4 characters, but the column holds at most 3");
	EINVAL_AT(T1("{'name':'a','type':'text','pattern':5}"), "tables[0].columns[0].pattern",
			  "expected a string, got a number");

	/* values and enums */
	OUT_IS(T1("{'name':'size','type':'enum','values':['S','M','L'],'enum_type':'public.size'}"),
		   "{'tables':[{'name':'t','columns':[{'name':'size','type':'enum','values':['S','M','L'],'enum_type':'public.size'}]}]}");
	CHECK(err_is(T1("{'name':'size','type':'enum'}"), SM_EINVAL, "tables[0].columns[0]",
				 "missing required key \"values\" for type enum") && E.hint[0]);
	EINVAL_AT(T1("{'name':'size','type':'enum','values':[]}"), "tables[0].columns[0].values", "values must not be empty");
	CHECK(err_is(T1("{'name':'size','type':'enum','values':['S','M','S']}"), SM_EINVAL, "tables[0].columns[0].values[2]",
				 "duplicate value \"S\" in values") &&
		  strcmp(E.detail, "first given at tables[0].columns[0].values[0]") == 0);
	EINVAL_AT(T1("{'name':'size','type':'enum','values':['S','']}"), "tables[0].columns[0].values[1]",
			  "values must not contain an empty string");
	EINVAL_AT(T1("{'name':'size','type':'enum','values':['S',1]}"), "tables[0].columns[0].values[1]",
			  "expected a string, got a number");
	EINVAL_AT(T1("{'name':'size','type':'enum','values':'S,M'}"), "tables[0].columns[0].values",
			  "expected an array, got a string");
	EINVAL_AT(T1("{'name':'n','type':'int','values':['1']}"), "tables[0].columns[0].values",
			  "values is not allowed for type integer");
	EINVAL_AT(T1("{'name':'c','type':'varchar(2)','values':['ab','abc']}"), "tables[0].columns[0].values[1]",
			  "value \"abc\" is longer than 2 characters");
	OUT_IS(T1("{'name':'c','type':'varchar(2)','values':['\u00e9\u00e9','']}"),
		   "{'tables':[{'name':'t','columns':[{'name':'c','type':'character varying(2)','values':['\xc3\xa9\xc3\xa9','']}]}]}");
	EINVAL_AT(T1("{'name':'c','type':'text','pattern':'[a-z]+','values':['ok','NO']}"), "tables[0].columns[0].values[1]",
			  "value \"NO\" does not match pattern \"[a-z]+\"");
	EINVAL_AT(T1("{'name':'c','type':'text','enum_type':'e'}"), "tables[0].columns[0].enum_type",
			  "enum_type is only allowed for type enum");
	EINVAL_AT(T1("{'name':'size','type':'enum','values':['abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1234']}"),
			  "tables[0].columns[0].values[0]",
			  "enum label \"abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij1234\" is too long");
	OUT_IS(T1("{'name':'tags','type':'enum[]','values':['a','b']}"),
		   "{'tables':[{'name':'t','columns':[{'name':'tags','type':'enum[]','values':['a','b']}]}]}");

	/* other column keys */
	EINVAL_AT(T1("{'name':'a','type':'int','null_rate':1.5}"), "tables[0].columns[0].null_rate",
			  "null_rate must be between 0 and 1, got 1.5");
	EINVAL_AT(T1("{'name':'a','type':'int','distinct_ratio':-0.1}"), "tables[0].columns[0].distinct_ratio",
			  "distinct_ratio must be between 0 and 1, got -0.1");
	EINVAL_AT(T1("{'name':'a','type':'int','required':true,'null_rate':0.2}"), "tables[0].columns[0].null_rate",
			  "null_rate must be 0 for a required column");
	OUT_IS(T1("{'name':'a','type':'int','required':true,'null_rate':0}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer','required':true,'null_rate':0}]}]}");
	CHECK(err_is(T1("{'name':'a','type':'text','privacy':'secret'}"), SM_EINVAL, "tables[0].columns[0].privacy",
				 "unknown privacy level \"secret\"") && strstr(E.hint, "medium") != NULL);
	EINVAL_AT(T1("{'name':'a','type':'text','checks':['a <> \\'\\'','']}"), "tables[0].columns[0].checks[1]",
			  "checks must not contain an empty string");
	EINVAL_AT(T1("{'name':'a','type':'text','missing_markers':[null]}"), "tables[0].columns[0].missing_markers[0]",
			  "expected a string, got null");
	EINVAL_AT(T1("{'name':'a','type':'text','format':''}"), "tables[0].columns[0].format", "format must not be empty");
	EINVAL_AT(T1("{'name':'a','type':'text','default':''}"), "tables[0].columns[0].default", "default must not be empty");
	EINVAL_AT(T1("{'name':'a','type':'text','required':'yes'}"), "tables[0].columns[0].required",
			  "expected a boolean, got a string");

	/* serial and sequences */
	OUT_IS(T1("{'name':'id','type':'serial','primary_key':true},{'name':'b','type':'bigserial'},{'name':'c','type':'int','sequence':true}"),
		   "{'tables':[{'name':'t','columns':[{'name':'id','type':'integer','primary_key':true,'sequence':true},"
		   "{'name':'b','type':'bigint','sequence':true},{'name':'c','type':'integer','sequence':true}]}]}");
	EINVAL_AT(T1("{'name':'id','type':'serial','sequence':false}"), "tables[0].columns[0].sequence",
			  "sequence cannot be false for type \"serial\"");
	EINVAL_AT(T1("{'name':'id','type':'text','sequence':true}"), "tables[0].columns[0].sequence",
			  "sequence is not allowed for type text");

	/* aliases */
	OUT_IS(T1("{'name':'a','data_type':'string','is_nullable':'NO','is_unique':true},"
			  "{'name':'b','data_type':'number','is_nullable':'YES'},"
			  "{'name':'c','type':'int','nullable':false,'is_primary_key':true},"
			  "{'name':'d','type':'date','privacyLevel':'high'},"
			  "{'name':'e','type':'text','constraints':{'pattern':'[a-z]{2}','required':true,'unique':true,'min_length':2,'max_length':2,'x-c':1}},"
			  "{'name':'f','type':'int','constraints':{'min':1,'max':9},'min':1}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'text','unique':true,'required':true},"
		   "{'name':'b','type':'double precision'},"
		   "{'name':'c','type':'integer','primary_key':true},"
		   "{'name':'d','type':'date','privacy':'high'},"
		   "{'name':'e','type':'text','unique':true,'required':true,'min_length':2,'max_length':2,'pattern':'[a-z]{2}','x-c':1},"
		   "{'name':'f','type':'integer','min':1,'max':9}]}]}");
	OUT_IS(T1("{'name':'a','type':'int','data_type':'INTEGER','is_nullable':false,'required':true}"),
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer','required':true}]}]}");
	CHECK(err_is(T1("{'name':'a','type':'int','data_type':'text'}"), SM_EINVAL, "tables[0].columns[0].data_type",
				 "\"data_type\" conflicts with \"type\"") && E.detail[0]);
	EINVAL_AT(T1("{'name':'a','type':'int','required':true,'is_nullable':'YES'}"), "tables[0].columns[0].is_nullable",
			  "\"is_nullable\" conflicts with \"required\"");
	EINVAL_AT(T1("{'name':'a','type':'int','nullable':true,'constraints':{'required':true}}"),
			  "tables[0].columns[0].constraints.required", "\"constraints.required\" conflicts with \"nullable\"");
	EINVAL_AT(T1("{'name':'a','type':'int','min':1,'constraints':{'min':2}}"), "tables[0].columns[0].constraints.min",
			  "\"constraints.min\" conflicts with \"min\"");
	EINVAL_AT(T1("{'name':'a','type':'text','privacy':'low','privacyLevel':'high'}"), "tables[0].columns[0].privacyLevel",
			  "\"privacyLevel\" conflicts with \"privacy\"");
	EINVAL_AT(T1("{'name':'a','type':'int','is_nullable':'maybe'}"), "tables[0].columns[0].is_nullable",
			  "is_nullable must be a boolean, \"YES\" or \"NO\", got \"maybe\"");
	EINVAL_AT(T1("{'name':'a','type':'int','is_nullable':1}"), "tables[0].columns[0].is_nullable",
			  "expected a boolean or \"YES\"/\"NO\", got a number");
	EINVAL_AT(T1("{'name':'a','type':'int','constraints':{'minimum':1}}"), "tables[0].columns[0].constraints.minimum",
			  "unknown key \"minimum\"");
	EINVAL_AT(T1("{'name':'a','type':'int','constraints':[]}"), "tables[0].columns[0].constraints",
			  "expected an object, got an array");
	EINVAL_AT(T1("{'name':'a','type':'int','x-c':1,'constraints':{'x-c':2}}"), "tables[0].columns[0].constraints.x-c",
			  "key \"x-c\" conflicts with the same key at tables[0].columns[0]");
	EINVAL_AT(T1("{'name':'a','type':'int','constraints':{'min':'x'}}"), "tables[0].columns[0].constraints.min",
			  "expected a number, got a string");

	/* models */
	OUT_IS(T1("{'name':'c','type':'text','model':{'values':{'Paris':0.5,'Lyon':0.25,'Nice':0.25},'kind':'categorical','x-src':'fit','order':2}}"),
		   "{'tables':[{'name':'t','columns':[{'name':'c','type':'text','model':{'kind':'categorical','values':{'Paris':0.5,'Lyon':0.25,'Nice':0.25},'order':2,'x-src':'fit'}}]}]}");
	OUT_IS(T1("{'name':'x','type':'float8','model':{'sigma':2.0,'mu':1.50,'kind':'normal','quantiles':[0,1.0]}}"),
		   "{'tables':[{'name':'t','columns':[{'name':'x','type':'double precision','model':{'kind':'normal','mu':1.50,'quantiles':[0,1.0],'sigma':2.0}}]}]}");
	CHECK(err_is(T1("{'name':'x','type':'int','model':{'kind':'gaussian'}}"), SM_EINVAL, "tables[0].columns[0].model.kind",
				 "unknown model kind \"gaussian\"") && strstr(E.detail, "truncated_normal") != NULL);
	EINVAL_AT(T1("{'name':'x','type':'int','model':{'mu':1}}"), "tables[0].columns[0].model",
			  "missing required key \"kind\"");
	EINVAL_AT(T1("{'name':'x','type':'int','model':'normal'}"), "tables[0].columns[0].model",
			  "expected an object, got a string");
	EINVAL_AT(T1("{'name':'c','type':'text','model':{'kind':'categorical'}}"), "tables[0].columns[0].model",
			  "missing required key \"values\" for model kind categorical");
	EINVAL_AT(T1("{'name':'c','type':'text','model':{'kind':'categorical','values':['a','b']}}"),
			  "tables[0].columns[0].model.values", "expected an object, got an array");
	EINVAL_AT(T1("{'name':'c','type':'text','model':{'kind':'categorical','values':{'a':1,'b':-1}}}"),
			  "tables[0].columns[0].model.values.b", "weight must not be negative, got -1");
	EINVAL_AT(T1("{'name':'c','type':'text','model':{'kind':'categorical','values':{'a':0,'b':0}}}"),
			  "tables[0].columns[0].model.values", "the category weights must have a positive, finite sum");
	EINVAL_AT(T1("{'name':'c','type':'text','model':{'kind':'categorical','values':{'a':'1'}}}"),
			  "tables[0].columns[0].model.values.a", "expected a number, got a string");
	EINVAL_AT(T1("{'name':'c','type':'text','model':{'kind':'categorical','values':{'a':1,'a':2}}}"),
			  "tables[0].columns[0].model.values.a", "duplicate key \"a\"");
	EINVAL_AT(T1("{'name':'c','type':'enum','values':['x','y'],'model':{'kind':'categorical','values':{'x':1,'z b':2}}}"),
			  "tables[0].columns[0].model.values[\"z b\"]", "category \"z b\" is not one of the column's values");
	EINVAL_AT(T1("{'name':'c','type':'text','model':{'kind':'ngram','table':{'ab':1,'ab':2}}}"),
			  "tables[0].columns[0].model.table.ab", "duplicate key \"ab\"");

	/* ------------------------------------------------------------ keys */
	/* column flags make a composite key; written at table level */
	OUT_IS("{'tables':[{'name':'pt','columns':[{'name':'p','type':'int','primary_key':true},{'name':'t','type':'int','primary_key':true,'required':true},{'name':'n','type':'text'}]}]}",
		   "{'tables':[{'name':'pt','columns':[{'name':'p','type':'integer'},{'name':'t','type':'integer'},{'name':'n','type':'text'}],'primary_key':['p','t']}]}");
	/* a table-level single key is written on the column */
	OUT_IS("{'tables':[{'name':'t','primary_key':['b'],'columns':[{'name':'a','type':'int'},{'name':'b','type':'int','unique':true}]}]}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'},{'name':'b','type':'integer','primary_key':true}]}]}");
	/* both forms may be given when they agree; the array fixes the order */
	OUT_IS("{'tables':[{'name':'t','primary_key':['b','a'],'columns':[{'name':'a','type':'int','primary_key':true},{'name':'b','type':'int','is_primary_key':true}]}]}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer'},{'name':'b','type':'integer'}],'primary_key':['b','a']}]}");
	EINVAL_AT("{'tables':[{'name':'t','primary_key':['a','b'],'columns':[{'name':'a','type':'int','primary_key':true},{'name':'b','type':'int'}]}]}",
			  "tables[0].primary_key[1]",
			  "column \"b\" is in the table's primary_key but is not marked \"primary_key\": true");
	EINVAL_AT("{'tables':[{'name':'t','primary_key':['a'],'columns':[{'name':'a','type':'int','primary_key':true},{'name':'b','type':'int','is_primary_key':true}]}]}",
			  "tables[0].columns[1].is_primary_key",
			  "column \"b\" is marked as primary key but is not in the table's primary_key");
	CHECK(err_is("{'tables':[{'name':'t','primary_key':['a','c'],'columns':[{'name':'a','type':'int'},{'name':'b','type':'int'}]}]}",
				 SM_EINVAL, "tables[0].primary_key[1]", "column \"c\" does not exist in table \"t\""));
	EINVAL_AT("{'tables':[{'name':'t','primary_key':['a','a'],'columns':[{'name':'a','type':'int'}]}]}",
			  "tables[0].primary_key[1]", "column \"a\" appears more than once in primary_key");
	EINVAL_AT("{'tables':[{'name':'t','primary_key':[],'columns':[{'name':'a','type':'int'}]}]}",
			  "tables[0].primary_key", "primary_key must not be empty");
	EINVAL_AT("{'tables':[{'name':'t','primary_key':'a','columns':[{'name':'a','type':'int'}]}]}",
			  "tables[0].primary_key", "expected an array, got a string");
	EINVAL_AT(T1("{'name':'a','type':'int','primary_key':true,'required':false}"), "tables[0].columns[0].required",
			  "a primary key column cannot be nullable");
	EINVAL_AT(T1("{'name':'a','type':'int','primary_key':true,'is_nullable':'YES'}"), "tables[0].columns[0].is_nullable",
			  "a primary key column cannot be nullable");
	EINVAL_AT("{'tables':[{'name':'t','primary_key':['a'],'columns':[{'name':'a','type':'int','nullable':true}]}]}",
			  "tables[0].primary_key[0]", "primary key column \"a\" cannot be nullable");
	EINVAL_AT("{'tables':[{'name':'t','primary_key':['a'],'columns':[{'name':'a','type':'int','null_rate':0.1}]}]}",
			  "tables[0].columns[0].null_rate", "null_rate must be 0 for a required column");
	/* unique constraints */
	OUT_IS("{'tables':[{'name':'t','unique':[['a'],['b','c'],['c','b']],'columns':[{'name':'a','type':'int'},{'name':'b','type':'int'},{'name':'c','type':'int'}]}]}",
		   "{'tables':[{'name':'t','columns':[{'name':'a','type':'integer','unique':true},{'name':'b','type':'integer'},{'name':'c','type':'integer'}],'unique':[['b','c'],['c','b']]}]}");
	CHECK(err_is("{'tables':[{'name':'t','unique':[['a','b'],['b'],['a','b']],'columns':[{'name':'a','type':'int'},{'name':'b','type':'int'}]}]}",
				 SM_EINVAL, "tables[0].unique[2]", "duplicate unique constraint") &&
		  strcmp(E.detail, "first defined at tables[0].unique[0]") == 0);
	EINVAL_AT("{'tables':[{'name':'t','unique':[['a','x']],'columns':[{'name':'a','type':'int'}]}]}",
			  "tables[0].unique[0][1]", "column \"x\" does not exist in table \"t\"");
	CHECK(err_is("{'tables':[{'name':'t','unique':['a'],'columns':[{'name':'a','type':'int'}]}]}",
				 SM_EINVAL, "tables[0].unique[0]", "expected an array, got a string") && E.hint[0]);
	EINVAL_AT("{'tables':[{'name':'t','unique':[[]],'columns':[{'name':'a','type':'int'}]}]}",
			  "tables[0].unique[0]", "unique constraint must not be empty");
	CHECK(err_is("{'tables':[{'name':'t','unique':[['nmae']],'columns':[{'name':'name','type':'text'}]}]}",
				 SM_EINVAL, "tables[0].unique[0][0]", "column \"nmae\" does not exist in table \"t\"") &&
		  strcmp(E.hint, "did you mean \"name\"?") == 0);

	/* ------------------------------------------------------------ relationships */
#define PC "{'name':'p','columns':[{'name':'id','type':'int','primary_key':true},{'name':'code','type':'text','unique':true},{'name':'label','type':'text'}]}," \
	"{'name':'c','columns':[{'name':'id','type':'int','primary_key':true},{'name':'p_id','type':'bigint'},{'name':'p_code','type':'varchar(10)','required':true},{'name':'note','type':'text'}]}"
#define PC_OUT "{'name':'p','columns':[{'name':'id','type':'integer','primary_key':true},{'name':'code','type':'text','unique':true},{'name':'label','type':'text'}]}," \
	"{'name':'c','columns':[{'name':'id','type':'integer','primary_key':true},{'name':'p_id','type':'bigint'},{'name':'p_code','type':'character varying(10)','required':true},{'name':'note','type':'text'}]}"
#define REL(tables, rels) "{'tables':[" tables "],'relationships':[" rels "]}"
#define P2C "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id'}"

	OUT_IS(REL(PC, "{'relationship_type':'one-to-many','target_column':'p_id','target_table':'c','source_column':'id','source_table':'p'}"),
		   REL(PC_OUT, P2C));
	OUT_IS("{'tables':[" PC "],'relationships':[]}", "{'tables':[" PC_OUT "]}");
	/* many-to-one is stored the other way round */
	OUT_IS(REL(PC, "{'source_table':'c','source_column':'p_id','target_table':'p','target_column':'id','relationship_type':'Many_To_One'}"),
		   REL(PC_OUT, P2C));
	OUT_IS(REL(PC, "{'name':'c_p_fk','source_table':'p','source_column':'code','target_table':'c','target_column':'p_code','type':'one to one','on_delete':'CASCADE','description':'d','x-k':[1]}"),
		   REL(PC_OUT, "{'name':'c_p_fk','source_table':'p','source_column':'code','target_table':'c','target_column':'p_code','relationship_type':'one-to-one','on_delete':'cascade','description':'d','x-k':[1]}"));
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','type':'one-to-one','relationship_type':'one-to-many'}"),
			  "relationships[0].type", "\"type\" conflicts with \"relationship_type\"");
	CHECK(err_is(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','relationship_type':'1:n'}"),
				 SM_EINVAL, "relationships[0].relationship_type", "unknown relationship type \"1:n\"") && E.hint[0]);
	CHECK(err_is(REL(PC, "{'source_table':'pp','source_column':'id','target_table':'c','target_column':'p_id'}"),
				 SM_EINVAL, "relationships[0].source_table", "table \"pp\" does not exist") &&
		  strcmp(E.hint, "did you mean \"p\"?") == 0);
	CHECK(err_is(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_ld'}"),
				 SM_EINVAL, "relationships[0].target_column", "column \"p_ld\" does not exist in table \"c\"") &&
		  strcmp(E.hint, "did you mean \"p_id\"?") == 0);
	EINVAL_AT(REL(PC, "{'source_table':'p','target_table':'c','target_column':'p_id'}"),
			  "relationships[0]", "missing required key \"source_column\"");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_column':'p_id'}"),
			  "relationships[0]", "missing required key \"target_table\"");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','source_columns':['id'],'target_table':'c','target_column':'p_id'}"),
			  "relationships[0].source_columns", "\"source_column\" and \"source_columns\" cannot both be given");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':1,'target_table':'c','target_column':'p_id'}"),
			  "relationships[0].source_column", "expected a string, got a number");
	CHECK(err_is(REL(PC, "{'source_table':'p','source_column':'label','target_table':'c','target_column':'note'}"),
				 SM_EINVAL, "relationships[0].source_column", "column \"label\" of table \"p\" is not a primary key or unique") &&
		  E.hint[0]);
	/* after the many-to-one swap, errors still point at the keys as written */
	EINVAL_AT(REL(PC, "{'source_table':'c','source_column':'note','target_table':'p','target_column':'label','relationship_type':'many-to-one'}"),
			  "relationships[0].target_column", "column \"label\" of table \"p\" is not a primary key or unique");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'code','target_table':'c','target_column':'p_id'}"),
			  "relationships[0].target_column", "column \"p_id\" (bigint) cannot reference column \"code\" (text)");
	CHECK(err_is(REL(PC, "{'sourc_table':'p'}"), SM_EINVAL, "relationships[0].sourc_table", "unknown key \"sourc_table\"") &&
		  strcmp(E.hint, "did you mean \"source_table\"?") == 0);
	EINVAL_AT(REL(PC, "'p'"), "relationships[0]", "expected an object, got a string");
	EINVAL_AT("{'tables':[" PC "],'relationships':{}}", "relationships", "expected an array, got an object");
	/* duplicates, including a many-to-one spelling of the same link */
	CHECK(err_is(REL(PC, P2C "," "{'source_table':'p','source_column':'code','target_table':'c','target_column':'p_code'},"
					 "{'source_table':'c','source_column':'p_id','target_table':'p','target_column':'id','relationship_type':'many-to-one'}"),
				 SM_EINVAL, "relationships[2]", "duplicate relationship") &&
		  strcmp(E.detail, "first defined at relationships[0] (same tables and columns)") == 0);
	/* on_delete */
	OUT_IS(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','on_delete':'SET_NULL'}"),
		   REL(PC_OUT, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','on_delete':'set null'}"));
	OUT_IS(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','on_delete':'no action'}"),
		   REL(PC_OUT, P2C));
	CHECK(err_is(REL(PC, "{'source_table':'p','source_column':'code','target_table':'c','target_column':'p_code','on_delete':'set null'}"),
				 SM_EINVAL, "relationships[0].on_delete", "on_delete \"set null\" needs nullable referencing columns") &&
		  strcmp(E.detail, "column \"p_code\" is required") == 0);
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','on_delete':'explode'}"),
			  "relationships[0].on_delete", "unknown on_delete action \"explode\"");
	/* cardinality */
	OUT_IS(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','cardinality':{'mean':2.50,'max':5,'min':1}}"),
		   REL(PC_OUT, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','cardinality':{'min':1,'max':5,'mean':2.5}}"));
	OUT_IS(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','cardinality':{}}"),
		   REL(PC_OUT, P2C));
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','cardinality':{'min':5,'max':1}}"),
			  "relationships[0].cardinality.max", "min (5) is greater than max (1)");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','cardinality':{'min':1,'max':5,'mean':7}}"),
			  "relationships[0].cardinality.mean", "mean (7) is outside the range from min to max");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','relationship_type':'one-to-one','cardinality':{'max':2}}"),
			  "relationships[0].cardinality.max", "max must be at most 1 for a one-to-one relationship, got 2");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','cardinality':{'min':-1}}"),
			  "relationships[0].cardinality.min", "min must be at least 0, got -1");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','cardinality':{'avg':1}}"),
			  "relationships[0].cardinality.avg", "unknown key \"avg\"");

	/* hierarchies */
#define EMP "{'name':'e','columns':[{'name':'id','type':'int','primary_key':true},{'name':'boss','type':'int'}]}"
#define EMP_OUT "{'name':'e','columns':[{'name':'id','type':'integer','primary_key':true},{'name':'boss','type':'integer'}]}"
	CHECK(err_is(REL(EMP, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss'}"),
				 SM_EINVAL, "relationships[0].target_table",
				 "relationship from table \"e\" to itself must be declared as a hierarchy") &&
		  strcmp(E.hint, "add \"hierarchy\": true, or use \"relationship_type\": \"hierarchy\"") == 0);
	OUT_IS(REL(EMP, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','hierarchy':true}"),
		   REL(EMP_OUT, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','hierarchy':true}"));
	OUT_IS(REL(EMP, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','relationship_type':'self-referencing'}"),
		   REL(EMP_OUT, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','hierarchy':true}"));
	OUT_IS(REL(EMP, "{'source_table':'e','source_column':'boss','target_table':'e','target_column':'id','relationship_type':'many-to-one','hierarchy':true}"),
		   REL(EMP_OUT, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','hierarchy':true}"));
	OUT_IS(REL(EMP, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','relationship_type':'hierarchy','hierarchy':true}"),
		   REL(EMP_OUT, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','hierarchy':true}"));
	EINVAL_AT(REL(EMP, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'boss','relationship_type':'hierarchy','hierarchy':false}"),
			  "relationships[0].hierarchy", "\"hierarchy\": false conflicts with the relationship type");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','hierarchy':true}"),
			  "relationships[0].hierarchy", "a hierarchy relates a table to itself, but source and target tables differ");
	EINVAL_AT(REL(PC, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p_id','relationship_type':'hierarchy'}"),
			  "relationships[0].relationship_type", "a hierarchy relates a table to itself, but source and target tables differ");
	EINVAL_AT(REL(EMP, "{'source_table':'e','source_column':'id','target_table':'e','target_column':'id','hierarchy':true}"),
			  "relationships[0].target_column", "a column cannot reference itself");

	/* composite keys */
#define AB "{'name':'a','primary_key':['x','y'],'columns':[{'name':'x','type':'int'},{'name':'y','type':'text'}]}," \
	"{'name':'b','columns':[{'name':'id','type':'int','primary_key':true},{'name':'ax','type':'int'},{'name':'ay','type':'text'}]}"
#define AB_OUT "{'name':'a','columns':[{'name':'x','type':'integer'},{'name':'y','type':'text'}],'primary_key':['x','y']}," \
	"{'name':'b','columns':[{'name':'id','type':'integer','primary_key':true},{'name':'ax','type':'integer'},{'name':'ay','type':'text'}]}"
	OUT_IS(REL(AB, "{'source_table':'a','source_columns':['x','y'],'target_table':'b','target_columns':['ax','ay']}"),
		   REL(AB_OUT, "{'source_table':'a','source_columns':['x','y'],'target_table':'b','target_columns':['ax','ay']}"));
	/* a key is a set: the columns may come in another order */
	OUT_IS(REL(AB, "{'source_table':'a','source_columns':['y','x'],'target_table':'b','target_columns':['ay','ax']}"),
		   REL(AB_OUT, "{'source_table':'a','source_columns':['y','x'],'target_table':'b','target_columns':['ay','ax']}"));
	EINVAL_AT(REL(AB, "{'source_table':'a','source_columns':['x','y'],'target_table':'b','target_columns':['ax']}"),
			  "relationships[0].target_columns",
			  "the number of target columns (1) does not match the number of source columns (2)");
	EINVAL_AT(REL(AB, "{'source_table':'a','source_columns':['x','y'],'target_table':'b','target_columns':['ay','ax']}"),
			  "relationships[0].target_columns", "column \"ay\" (text) cannot reference column \"x\" (integer)");
	EINVAL_AT(REL(AB, "{'source_table':'a','source_columns':['x'],'target_table':'b','target_columns':['ax']}"),
			  "relationships[0].source_columns", "column \"x\" of table \"a\" is not a primary key or unique");
	EINVAL_AT(REL(AB, "{'source_table':'a','source_columns':['x','x'],'target_table':'b','target_columns':['ax','ax']}"),
			  "relationships[0].source_columns[1]", "column \"x\" appears more than once in source_columns");
	EINVAL_AT(REL(AB, "{'source_table':'a','source_columns':[],'target_table':'b','target_column':'ax'}"),
			  "relationships[0].source_columns", "source_columns must not be empty");
	/* one-element arrays are written as single columns */
	OUT_IS(REL(PC, "{'source_table':'p','source_columns':['id'],'target_table':'c','target_columns':['p_id']}"),
		   REL(PC_OUT, P2C));
	/* a composite unique constraint can be referenced too */
	OUT_IS(REL("{'name':'u','unique':[['k1','k2']],'columns':[{'name':'k1','type':'int'},{'name':'k2','type':'int'}]},{'name':'v','columns':[{'name':'a','type':'int'},{'name':'b','type':'int'}]}",
			   "{'source_table':'u','source_columns':['k2','k1'],'target_table':'v','target_columns':['b','a']}"),
		   REL("{'name':'u','columns':[{'name':'k1','type':'integer'},{'name':'k2','type':'integer'}],'unique':[['k1','k2']]},{'name':'v','columns':[{'name':'a','type':'integer'},{'name':'b','type':'integer'}]}",
			   "{'source_table':'u','source_columns':['k2','k1'],'target_table':'v','target_columns':['b','a']}"));

	/* many-to-many through a junction table */
#define STJ "{'name':'s','columns':[{'name':'id','type':'int','primary_key':true}]},{'name':'t','columns':[{'name':'id','type':'bigint','primary_key':true}]}," \
	"{'name':'j','columns':[{'name':'s_id','type':'int','primary_key':true},{'name':'t_id','type':'bigint','primary_key':true}]}"
#define STJ_OUT "{'name':'s','columns':[{'name':'id','type':'integer','primary_key':true}]},{'name':'t','columns':[{'name':'id','type':'bigint','primary_key':true}]}," \
	"{'name':'j','columns':[{'name':'s_id','type':'integer'},{'name':'t_id','type':'bigint'}],'primary_key':['s_id','t_id']}"
	OUT_IS(REL(STJ, "{'through_target_column':'t_id','through_source_columns':['s_id'],'through':'j','relationship_type':'many-to-many','source_table':'s','source_column':'id','target_table':'t','target_column':'id'}"),
		   REL(STJ_OUT, "{'source_table':'s','source_column':'id','target_table':'t','target_column':'id','relationship_type':'many-to-many','through':'j','through_source_column':'s_id','through_target_column':'t_id'}"));
	CHECK(err_is(REL(STJ, "{'relationship_type':'many-to-many','source_table':'s','source_column':'id','target_table':'t','target_column':'id'}"),
				 SM_EINVAL, "relationships[0]", "missing required key \"through\" for a many-to-many relationship") &&
		  strstr(E.hint, "through_source_column") != NULL);
	EINVAL_AT(REL(STJ, "{'relationship_type':'many-to-many','source_table':'s','source_column':'id','target_table':'t','target_column':'id','through':'jj','through_source_column':'s_id','through_target_column':'t_id'}"),
			  "relationships[0].through", "table \"jj\" does not exist");
	EINVAL_AT(REL(STJ, "{'relationship_type':'many-to-many','source_table':'s','source_column':'id','target_table':'t','target_column':'id','through':'j','through_source_column':'sid','through_target_column':'t_id'}"),
			  "relationships[0].through_source_column", "column \"sid\" does not exist in table \"j\"");
	EINVAL_AT(REL(STJ, "{'relationship_type':'many-to-many','source_table':'s','source_column':'id','target_table':'t','target_column':'id','through':'j','through_source_column':'s_id'}"),
			  "relationships[0]", "missing required key \"through_target_column\"");
	EINVAL_AT(REL(STJ, "{'relationship_type':'many-to-many','source_table':'s','source_column':'id','target_table':'t','target_column':'id','through':'j','through_source_columns':['s_id','t_id'],'through_target_column':'s_id'}"),
			  "relationships[0].through_source_columns",
			  "the number of through source columns (2) does not match the number of source columns (1)");
	EINVAL_AT(REL(STJ, "{'source_table':'s','source_column':'id','target_table':'j','target_column':'s_id','through':'j'}"),
			  "relationships[0].through", "\"through\" is only allowed for many-to-many relationships");
	EINVAL_AT(REL(STJ, "{'relationship_type':'many-to-many','source_table':'s','source_column':'id','target_table':'j','target_column':'s_id','through':'j','through_source_column':'s_id','through_target_column':'s_id'}"),
			  "relationships[0].target_column", "column \"s_id\" of table \"j\" is not a primary key or unique");

	/* schemas: resolution, ambiguity, canonical schema keys */
#define SCH "{'name':'p','schema':'a','columns':[{'name':'id','type':'int','primary_key':true}]}," \
	"{'name':'c','schema':'a','columns':[{'name':'p','type':'int'}]},{'name':'c','schema':'b','columns':[{'name':'p','type':'int'}]}"
#define SCH_OUT "{'name':'p','schema':'a','columns':[{'name':'id','type':'integer','primary_key':true}]}," \
	"{'name':'c','schema':'a','columns':[{'name':'p','type':'integer'}]},{'name':'c','schema':'b','columns':[{'name':'p','type':'integer'}]}"
	CHECK(err_is(REL(SCH, "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p'}"),
				 SM_EINVAL, "relationships[0].target_table", "table name \"c\" is ambiguous") &&
		  strcmp(E.hint, "set \"target_schema\" to choose one") == 0);
	OUT_IS(REL(SCH, "{'source_table':'p','source_column':'id','target_schema':'b','target_table':'c','target_column':'p'}"),
		   REL(SCH_OUT, "{'source_schema':'a','source_table':'p','source_column':'id','target_schema':'b','target_table':'c','target_column':'p'}"));
	EINVAL_AT(REL(SCH, "{'source_table':'p','source_column':'id','target_schema':'z','target_table':'c','target_column':'p'}"),
			  "relationships[0].target_table", "table \"z.c\" does not exist");
	/* a table without schema wins over same-named qualified ones */
	OUT_IS(REL(SCH ",{'name':'c','columns':[{'name':'p','type':'int'}]}",
			   "{'source_table':'p','source_column':'id','target_table':'c','target_column':'p'}"),
		   REL(SCH_OUT ",{'name':'c','columns':[{'name':'p','type':'integer'}]}",
			   "{'source_schema':'a','source_table':'p','source_column':'id','target_table':'c','target_column':'p'}"));

	/* ------------------------------------------------------------ limits */
	lim = sm_schemadef_default_limits;
	CHECK(lim.max_bytes == 8 * 1024 * 1024 && lim.max_tables == 1000 &&
		  lim.max_columns == 1600 && lim.max_relationships == 10000);
	lim.max_bytes = 20;
	CHECK(canon_raw("{\"tables\": [], \"name\": \"x\"}", 27, &lim) == NULL && E.code == SM_ELIMIT &&
		  strcmp(E.path, "$") == 0 && strcmp(E.message, "definition is 27 bytes, the limit is 20 bytes") == 0);
	{
		char	   *s = many_tables(1001);

		CHECK(canon_raw(s, strlen(s), NULL) == NULL && E.code == SM_ELIMIT && strcmp(E.path, "tables") == 0 &&
			  strcmp(E.message, "definition has 1001 tables, the limit is 1000") == 0);
		free(s);
		s = many_tables(1000);
		CHECK(canon_raw(s, strlen(s), NULL) != NULL);
		free(s);
		s = many_tables(3);
		lim = sm_schemadef_default_limits;
		lim.max_tables = 2;
		CHECK(canon_raw(s, strlen(s), &lim) == NULL && E.code == SM_ELIMIT &&
			  strcmp(E.message, "definition has 3 tables, the limit is 2") == 0);
		free(s);
		s = many_columns(1601);
		CHECK(canon_raw(s, strlen(s), NULL) == NULL && E.code == SM_ELIMIT &&
			  strcmp(E.path, "tables[0].columns") == 0 &&
			  strcmp(E.message, "table \"wide\" has 1601 columns, the limit is 1600") == 0);
		free(s);
		s = many_columns(1600);
		CHECK(canon_raw(s, strlen(s), NULL) != NULL);
		free(s);
		lim = sm_schemadef_default_limits;
		lim.max_columns = 20000;
		s = many_relationships(10001);
		CHECK(canon_raw(s, strlen(s), &lim) == NULL && E.code == SM_ELIMIT && strcmp(E.path, "relationships") == 0 &&
			  strcmp(E.message, "definition has 10001 relationships, the limit is 10000") == 0);
		free(s);
		s = many_relationships(10000);
		CHECK(canon_raw(s, strlen(s), &lim) != NULL);
		free(s);
	}
	/* JSON nesting beyond 128 levels inside extension metadata */
	{
		char		s[1024];
		size_t		o = 0;

		o += (size_t) sprintf(s, "{\"tables\":[{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"type\":\"int\"}]}],\"x-deep\":");
		for (int i = 0; i < 130; i++)
			s[o++] = '[';
		for (int i = 0; i < 130; i++)
			s[o++] = ']';
		s[o++] = '}';
		CHECK(canon_raw(s, o, NULL) == NULL && E.code == SM_ELIMIT);
	}

	/* ------------------------------------------------------------ chinook */
	{
		const char *r = canon_raw(chinook, strlen(chinook), NULL);
		sm_error	err;
		sm_schema  *s;
		char	   *first = r ? strdup(r) : NULL;

		CHECK(r != NULL);
		CHECK(r && strstr(r, "{\"name\":\"playlist_track\",\"rows\":8715,\"columns\":[{\"name\":\"playlist_id\",\"type\":\"integer\"},"
						 "{\"name\":\"track_id\",\"type\":\"integer\"}],\"primary_key\":[\"playlist_id\",\"track_id\"]}"));
		CHECK(r && strstr(r, "{\"source_table\":\"playlist\",\"source_column\":\"playlist_id\",\"target_table\":\"track\","
						 "\"target_column\":\"track_id\",\"relationship_type\":\"many-to-many\",\"through\":\"playlist_track\","
						 "\"through_source_column\":\"playlist_id\",\"through_target_column\":\"track_id\","
						 "\"description\":\"tracks of a playlist\"}"));
		CHECK(r && strstr(r, "{\"name\":\"employee_reports_to_fkey\",\"source_table\":\"employee\",\"source_column\":\"employee_id\","
						 "\"target_table\":\"employee\",\"target_column\":\"reports_to\",\"hierarchy\":true}"));
		CHECK(r && strstr(r, "{\"name\":\"customer_support_rep_id_fkey\",\"source_table\":\"employee\",\"source_column\":\"employee_id\","
						 "\"target_table\":\"customer\",\"target_column\":\"support_rep_id\"}"));
		CHECK(r && strstr(r, "{\"name\":\"artist_id\",\"type\":\"integer\",\"primary_key\":true}"));
		CHECK(r && strstr(r, "\"on_delete\":\"set null\""));
		CHECK(r && strstr(r, "{\"name\":\"milliseconds\",\"type\":\"integer\",\"required\":true,\"min\":1071,\"max\":5286953,"
						 "\"model\":{\"kind\":\"lognormal\",\"mu\":12.4,\"sigma\":0.45}}"));

		sm_error_clear(&err);
		s = sm_schema_parse(chinook, strlen(chinook), NULL, &err);
		CHECK(s != NULL && err.code == SM_OK);
		if (s)
		{
			int			pt = sm_schema_find_table(s, NULL, "playlist_track");
			int			emp = sm_schema_find_table(s, NULL, "employee");
			int			trk = sm_schema_find_table(s, NULL, "track");
			int			cus = sm_schema_find_table(s, NULL, "customer");
			const sm_relationship *m2m = &s->relationships[11];
			const sm_table *track = &s->tables[trk];
			int			ms = sm_table_find_column(track, "milliseconds");
			sm_buf		b;

			CHECK(s->ntables == 11 && s->nrelationships == 12);
			CHECK(strcmp(s->name, "chinook") == 0 && s->records_per_day == 5000 && !s->has_privacy);
			CHECK(pt == 6 && s->tables[pt].primary_key.n == 2 && s->tables[pt].primary_key.cols[0] == 0 &&
				  s->tables[pt].primary_key.cols[1] == 1 && s->tables[pt].columns[1].required);
			CHECK(sm_schema_find_table(s, "public", "track") == -1 && sm_schema_find_table(s, NULL, "nope") == -1);
			CHECK(m2m->type == SM_REL_MANY_TO_MANY && m2m->through_table == pt &&
				  m2m->source_table == sm_schema_find_table(s, NULL, "playlist") && m2m->target_table == trk &&
				  m2m->through_source_columns.n == 1 && m2m->through_source_columns.cols[0] == 0 &&
				  m2m->through_target_columns.cols[0] == 1);
			CHECK(s->relationships[2].hierarchy && s->relationships[2].source_table == emp &&
				  s->relationships[2].target_table == emp && s->relationships[2].target_columns.cols[0] == 4);
			CHECK(s->relationships[1].source_table == emp && s->relationships[1].target_table == cus &&
				  s->relationships[1].type == SM_REL_ONE_TO_MANY);
			CHECK(s->relationships[3].has_cardinality && s->relationships[3].card_min == 0 &&
				  s->relationships[3].card_max == 20 && s->relationships[3].card_mean == 7);
			CHECK(ms == 6 && track->columns[ms].type.kind == SM_TYPE_INTEGER && track->columns[ms].required &&
				  track->columns[ms].min.ivalue == 1071 && track->columns[ms].max.ivalue == 5286953);
			CHECK(track->columns[ms].model && track->columns[ms].model->kind == SM_MODEL_LOGNORMAL &&
				  sm_json_get(track->columns[ms].model->params, "mu") &&
				  sm_json_get(track->columns[ms].model->params, "mu")->num == 12.4);
			CHECK(track->columns[8].type.kind == SM_TYPE_NUMERIC && track->columns[8].type.mod1 == 10 &&
				  track->columns[8].type.mod2 == 2 && track->columns[8].min.value == 0.99 &&
				  strcmp(track->columns[8].min.text, "0.99") == 0);
			CHECK(track->columns[5].null_rate == 0.28 && track->columns[0].distinct_ratio == -1);
			CHECK(sm_column_max_length(&s->tables[cus].columns[11]) == 60 &&
				  s->tables[cus].columns[11].unique && s->tables[cus].columns[11].pattern != NULL &&
				  s->tables[cus].columns[1].privacy == SM_PRIVACY_HIGH);
			CHECK(s->tables[2].columns[1].model && s->tables[2].columns[1].model->ncategories == 5 &&
				  strcmp(s->tables[2].columns[1].model->labels[3], "Alternative & Punk") == 0 &&
				  s->tables[2].columns[1].model->weights[3] == 0.11);
			CHECK(s->tables[emp].columns[5].type.kind == SM_TYPE_TIMESTAMP &&
				  s->tables[emp].columns[5].min.ivalue == INT64_C(-1893456000000000) &&
				  strcmp(s->tables[emp].columns[5].max.text, "2005-12-31 23:59:59") == 0);
			CHECK(s->tables[9].nchecks == 1 && strcmp(s->tables[9].checks[0].expression, "total >= 0") == 0);
			CHECK(s->tables[3].columns[1].values.n == 5);
			/* the structures write back the same canonical text */
			sm_buf_init(&b);
			CHECK(sm_schema_write_json(s, &b) && first && strcmp(b.data, first) == 0);
			sm_buf_free(&b);
			sm_schema_free(s);
		}
		free(first);
	}

	/* ------------------------------------------------------------ misc */
	/* the decoded structures of an aliased column */
	{
		sm_error	err;
		const char *j = "{\"tables\":[{\"name\":\"t\",\"columns\":[{\"name\":\"a\",\"data_type\":\"serial\",\"is_primary_key\":true},"
			"{\"name\":\"b\",\"type\":\"varchar(8)\",\"is_nullable\":\"NO\",\"constraints\":{\"min_length\":2}}]}]}";
		sm_schema  *s;

		sm_error_clear(&err);
		s = sm_schema_parse(j, strlen(j), NULL, &err);
		CHECK(s && s->tables[0].columns[0].sequence && s->tables[0].columns[0].primary_key &&
			  s->tables[0].columns[0].required && strcmp(s->tables[0].columns[0].type_name, "integer") == 0);
		CHECK(s && s->tables[0].columns[1].required && s->tables[0].columns[1].min_length == 2 &&
			  s->tables[0].columns[1].max_length == -1 && sm_column_max_length(&s->tables[0].columns[1]) == 8);
		sm_schema_free(s);
	}
	/* a tree built by hand: numbers without text */
	{
		sm_json    *root = sm_json_new(SM_JOBJECT);
		sm_json    *tables = sm_json_new(SM_JARRAY);
		sm_json    *t = sm_json_new(SM_JOBJECT);
		sm_json    *cols = sm_json_new(SM_JARRAY);
		sm_json    *c = sm_json_new(SM_JOBJECT);
		sm_error	err;
		sm_schema  *s;

		sm_json_object_append(c, "name", 4, sm_json_new_string("a", 1));
		sm_json_object_append(c, "type", 4, sm_json_new_string("int", 3));
		sm_json_object_append(c, "max", 3, sm_json_new_number(12));
		sm_json_array_append(cols, c);
		sm_json_object_append(t, "name", 4, sm_json_new_string("t", 1));
		sm_json_object_append(t, "rows", 4, sm_json_new_number(2.5));
		sm_json_object_append(t, "columns", 7, cols);
		sm_json_array_append(tables, t);
		sm_json_object_append(root, "tables", 6, tables);
		sm_error_clear(&err);
		s = sm_schema_from_json(root, NULL, &err);
		CHECK(s == NULL && err.code == SM_EINVAL && strcmp(err.path, "tables[0].rows") == 0 &&
			  strcmp(err.message, "expected an integer, got 2.5") == 0);
		t->items[1]->num = 3;
		sm_error_clear(&err);
		s = sm_schema_from_json(root, NULL, &err);
		CHECK(s && s->tables[0].rows == 3 && s->tables[0].columns[0].max.ivalue == 12);
		sm_schema_free(s);
		sm_error_clear(&err);
		CHECK(sm_schema_from_json(NULL, NULL, &err) == NULL && err.code == SM_EINVAL);
		sm_json_free(root);
	}
	/* an error already recorded is not overwritten */
	sm_error_clear(&E);
	sm_error_set(&E, SM_EDATA, "x", "earlier");
	{
		sm_buf		b;

		sm_buf_init(&b);
		CHECK(!sm_schemadef_canonicalize("[]", 2, NULL, &b, &E) && E.code == SM_EDATA &&
			  strcmp(E.message, "earlier") == 0);
		sm_buf_free(&b);
	}
	/* sm_type_normalize never reads beyond len */
	{
		sm_buf		b;

		sm_buf_init(&b);
		CHECK(sm_type_normalize("text[]", 4, &b) && strcmp(b.data, "text") == 0);
		sm_buf_free(&b);
	}

	/* allocation failures: always SM_ENOMEM, never a leak or a crash */
	{
		sm_allocator failing = {test_alloc, test_realloc, test_free};
		int			bad = 0;
		int			succeeded = 0;
		long		budget;
		char	   *want = NULL;

		{
			const char *r = canon_raw(chinook, strlen(chinook), NULL);

			want = r ? strdup(r) : NULL;
		}
		sm_set_allocator(&failing);
		for (budget = 0; budget < 100000 && !succeeded; budget++)
		{
			sm_buf		b;
			sm_error	err;

			sm_buf_init(&b);
			sm_error_clear(&err);
			alloc_budget = budget;
			if (sm_schemadef_canonicalize(chinook, strlen(chinook), NULL, &b, &err))
			{
				succeeded = 1;
				alloc_budget = -1;
				if (!want || strcmp(b.data, want) != 0)
					bad++;
			}
			else if (err.code != SM_ENOMEM)
			{
				bad++;
				printf("# budget %ld: %s\n", budget, err.message);
			}
			alloc_budget = -1;
			sm_buf_free(&b);
		}
		CHECK(succeeded && bad == 0 && budget > 100);
		free(want);
	}

	/* every accepted input above canonicalised to a fixed point */
	printf("# %d accepted inputs, %d not idempotent\n", n_accepted, n_not_idempotent);
	CHECK(n_accepted > 50 && n_not_idempotent == 0);
	free(OUT);
	return unit_done();
}
