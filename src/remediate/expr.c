/*
 * remediate/expr.c
 *	  expression_problem(): why a rule template is not one SQL expression.
 *
 * One pass over the bytes (linear in the length of the template; the
 * PL/pgSQL version it replaces took substr() per character, quadratic in a
 * multibyte encoding).  Every server encoding is ASCII-safe: the bytes of a
 * multibyte character are never quotes, semicolons or parentheses.
 */
#include "synthmig.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(synthmig_expression_problem);

/* A byte that may end an identifier or a keyword (multibyte: a letter). */
static bool
is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		c == '_' || c == '$' || c >= 0x80;
}

/*
 * Outside string literals and quoted identifiers a template may not hold a
 * semicolon, a comment or a dollar sign, and its parentheses must balance,
 * so that wrapped in parentheses it can never end the statement it is put
 * into.  NULL when it is fine, else what is wrong.
 */
static const char *
expression_problem(const char *s, size_t n)
{
	size_t		i = 0;
	long		depth = 0;

	while (i < n)
	{
		char		ch = s[i];
		char		nx = i + 1 < n ? s[i + 1] : '\0';

		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (ch == '\'')
		{
			/* E'...' (not the tail of a longer word) takes backslash escapes */
			bool		escapes = i >= 1 && (s[i - 1] == 'e' || s[i - 1] == 'E') &&
			(i == 1 || !is_word_byte((unsigned char) s[i - 2]));

			i++;
			for (;;)
			{
				if (i >= n)
					return "unterminated string literal";
				if (escapes && s[i] == '\\')
					i += 2;
				else if (s[i] == '\'' && i + 1 < n && s[i + 1] == '\'')
					i += 2;
				else if (s[i] == '\'')
					break;
				else
					i++;
			}
		}
		else if (ch == '"')
		{
			const char *close = memchr(s + i + 1, '"', n - i - 1);

			if (close == NULL)
				return "unterminated quoted identifier";
			i = close - s;
		}
		else if (ch == ';')
			return "a semicolon outside a literal";
		else if (ch == '$')
			return "a dollar sign outside a literal";
		else if ((ch == '-' && nx == '-') || (ch == '/' && nx == '*'))
			return "a comment";
		else if (ch == '(')
			depth++;
		else if (ch == ')')
		{
			if (--depth < 0)
				return "a closing parenthesis without an opening one";
		}
		i++;
	}
	if (depth != 0)
		return "unbalanced parentheses";
	return NULL;
}

/* expression_problem(text) -> text, NULL when the text is one expression */
Datum
synthmig_expression_problem(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *problem = expression_problem(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));

	if (problem == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(problem));
}
