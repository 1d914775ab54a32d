/*
 * safe_sql.c
 *	  Text stored or passed by users made safe before it reaches dynamic SQL:
 *	  check_expression(rel, expr) for CHECK expressions of definitions and
 *	  format_type_text(type) for type names.
 *
 *	  check_expression: a CHECK expression of a definition, made
 *	  safe to run with the caller's rights.
 *
 * A definition is text stored by one role; validate() may be called by
 * another (a superuser, a member of the owner's role).  So an expression is
 * never pasted into a query as written: it is parsed by PostgreSQL's own
 * parser as exactly one expression, analysed over the columns of the table
 * (as a CHECK constraint would be: no subqueries, aggregates, window or
 * set-returning functions), every function and operator it reaches must be
 * a built-in (pg_catalog) one that is not VOLATILE, no domain coercion may
 * appear (a domain's CHECK is code of its owner), and what is returned is
 * PostgreSQL's deparsed text of the analysed tree -- the SQL that runs is
 * the SQL that was checked.  Anything else is refused with 42501 or 42601.
 *
 * What does not live here: the rule-template check of remediation
 * (src/remediate/parse.c, is_one_expression).
 */
#include "postgres.h"

#include "access/relation.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_proc.h"
#include "fmgr.h"
#include "nodes/nodeFuncs.h"
#include "nodes/parsenodes.h"
#include "parser/parse_coerce.h"
#include "parser/parse_collate.h"
#include "parser/parse_expr.h"
#include "parser/parse_node.h"
#include "parser/parse_relation.h"
#include "parser/parse_type.h"
#include "parser/parser.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/regproc.h"
#include "utils/rel.h"
#include "utils/ruleutils.h"

PG_FUNCTION_INFO_V1(synthmig_check_expression);

/* What made an expression unsafe, for the error message. */
typedef struct unsafe_part
{
	Oid			funcid;			/* a function that is not allowed */
	Oid			domain;			/* a domain coercion */
}			unsafe_part;

/* check_functions_in_node callback: true for a function we refuse. */
static bool
function_refused(Oid funcid, void *context)
{
	unsafe_part *bad = (unsafe_part *) context;

	if (get_func_namespace(funcid) != PG_CATALOG_NAMESPACE ||
		func_volatile(funcid) == PROVOLATILE_VOLATILE)
	{
		bad->funcid = funcid;
		return true;
	}
	return false;
}

/* Walk the analysed tree; true (and *bad filled in) at the first refusal. */
static bool
unsafe_walker(Node *node, void *context)
{
	unsafe_part *bad = (unsafe_part *) context;

	if (node == NULL)
		return false;
	if (IsA(node, CoerceToDomain))
	{
		bad->domain = ((CoerceToDomain *) node)->resulttype;
		return true;
	}
	if (check_functions_in_node(node, function_refused, context))
		return true;
	return expression_tree_walker(node, unsafe_walker, context);
}

/*
 * The one expression of "SELECT expr", or an error: a second statement, a
 * FROM clause, an alias, unbalanced parentheses or anything else smuggled
 * around the expression is refused.
 */
static Node *
parse_one_expression(const char *expr)
{
	StringInfoData sql;
	List	   *parsed;
	SelectStmt *select;
	ResTarget  *target;

	initStringInfo(&sql);
	/* no parentheses of our own: an expression must balance its own */
	appendStringInfo(&sql, "SELECT %s\n", expr);
	parsed = raw_parser(sql.data, RAW_PARSE_DEFAULT);
	if (list_length(parsed) != 1)
		ereport(ERROR,
				(errcode(ERRCODE_SYNTAX_ERROR),
				 errmsg("check expression is not a single expression"),
				 errdetail("The expression was: %s", expr)));
	select = (SelectStmt *) linitial_node(RawStmt, parsed)->stmt;
	if (!IsA(select, SelectStmt) || select->op != SETOP_NONE ||
		list_length(select->targetList) != 1 ||
		select->distinctClause != NIL || select->intoClause != NULL ||
		select->fromClause != NIL || select->whereClause != NULL ||
		select->groupClause != NIL || select->havingClause != NULL ||
		select->windowClause != NIL || select->valuesLists != NIL ||
		select->sortClause != NIL || select->limitOffset != NULL ||
		select->limitCount != NULL || select->lockingClause != NIL ||
		select->withClause != NULL ||
		linitial_node(ResTarget, select->targetList)->name != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_SYNTAX_ERROR),
				 errmsg("check expression is not a single expression"),
				 errdetail("The expression was: %s", expr)));
	target = linitial_node(ResTarget, select->targetList);
	return target->val;
}

/*
 * check_expression(rel regclass, expr text) -> text: the deparsed, checked
 * expression, ready to be put in "SELECT ... FROM rel WHERE (...)".
 */
Datum
synthmig_check_expression(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	char	   *expr = text_to_cstring(PG_GETARG_TEXT_PP(1));
	Relation	rel;
	ParseState *pstate;
	ParseNamespaceItem *nsitem;
	Node	   *raw;
	Node	   *analysed;
	unsafe_part bad = {InvalidOid, InvalidOid};
	char	   *deparsed;

	raw = parse_one_expression(expr);

	rel = relation_open(relid, AccessShareLock);
	pstate = make_parsestate(NULL);
	pstate->p_sourcetext = expr;
	nsitem = addRangeTableEntryForRelation(pstate, rel, AccessShareLock,
										   NULL, false, false);
	addNSItemToQuery(pstate, nsitem, false, true, true);
	analysed = transformExpr(pstate, raw, EXPR_KIND_CHECK_CONSTRAINT);
	analysed = coerce_to_boolean(pstate, analysed, "CHECK");
	assign_expr_collations(pstate, analysed);

	if (unsafe_walker(analysed, &bad))
	{
		if (OidIsValid(bad.domain))
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("check expression coerces to domain %s",
							format_type_be(bad.domain)),
					 errdetail("The expression was: %s", expr),
					 errhint("Check expressions of a definition may use built-in types, functions and operators only.")));
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("check expression calls %s, which is not an allowed function",
						format_procedure(bad.funcid)),
				 errdetail("The expression was: %s", expr),
				 errhint("Check expressions of a definition may call built-in (pg_catalog) functions and operators that are not volatile, and nothing else.")));
	}

	deparsed = deparse_expression(analysed,
								  deparse_context_for(RelationGetRelationName(rel),
													  relid),
								  false, false);
	relation_close(rel, AccessShareLock);
	PG_RETURN_TEXT_P(cstring_to_text(deparsed));
}

PG_FUNCTION_INFO_V1(synthmig_format_type_text);

/*
 * format_type_text(type text) -> text: a type name written by a user,
 * parsed by PostgreSQL's type-name grammar and written back by format_type
 * (schema-qualified when not on the pinned search_path, typmod kept).  What
 * reaches dynamic SQL is PostgreSQL's spelling, never the user's text:
 * "integer --" becomes "integer", "integer); DROP ..." is a syntax error.
 */
Datum
synthmig_format_type_text(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	Oid			typid;
	int32		typmod;

	parseTypeString(name, &typid, &typmod, false);
	PG_RETURN_TEXT_P(cstring_to_text(format_type_with_typemod(typid, typmod)));
}
