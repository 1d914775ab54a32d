-- Common abbreviations in legacy column names, expanded before matching.
CREATE FUNCTION synthmig_internal.expand_token(tok text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE tok
		WHEN 'no' THEN 'number' WHEN 'num' THEN 'number' WHEN 'nbr' THEN 'number'
		WHEN 'nr' THEN 'number' WHEN 'qty' THEN 'quantity' WHEN 'amt' THEN 'amount'
		WHEN 'addr' THEN 'address' WHEN 'dt' THEN 'date' WHEN 'desc' THEN 'description'
		WHEN 'descr' THEN 'description' WHEN 'cust' THEN 'customer' WHEN 'emp' THEN 'employee'
		WHEN 'inv' THEN 'invoice' WHEN 'prod' THEN 'product' WHEN 'cat' THEN 'category'
		WHEN 'org' THEN 'organization' WHEN 'dept' THEN 'department' WHEN 'tel' THEN 'phone'
		WHEN 'telephone' THEN 'phone' WHEN 'fname' THEN 'first_name' WHEN 'lname' THEN 'last_name'
		WHEN 'dob' THEN 'birth_date' WHEN 'postcode' THEN 'postal_code'
		WHEN 'cd' THEN 'code' WHEN 'pct' THEN 'percent' WHEN 'ts' THEN 'time'
		WHEN 'ms' THEN 'millisecond' WHEN 'msec' THEN 'millisecond' WHEN 'sec' THEN 'second'
		WHEN 'yr' THEN 'year' WHEN 'cnt' THEN 'count' WHEN 'avg' THEN 'average'
		WHEN 'msg' THEN 'message' WHEN 'pwd' THEN 'password' WHEN 'usr' THEN 'user'
		WHEN 'acct' THEN 'account' WHEN 'bal' THEN 'balance' WHEN 'ref' THEN 'reference'
		WHEN 'seq' THEN 'sequence' WHEN 'ctry' THEN 'country' WHEN 'cntry' THEN 'country'
		WHEN 'lang' THEN 'language' WHEN 'img' THEN 'image' WHEN 'src' THEN 'source'
		WHEN 'mgr' THEN 'manager' WHEN 'tz' THEN 'timezone' WHEN 'identifier' THEN 'id'
		WHEN 'surname' THEN 'last_name' WHEN 'forename' THEN 'first_name'
		WHEN 'given' THEN 'first' WHEN 'family' THEN 'last'
		-- legacy abbreviations: Mbr, Resv, Fac, Nm, Mthly, Maint, Feat,
		-- Repl, Rel, Len, Upd, Mod, Pmt, Prc, Std, Lvl, Wt, UOM, Whse, Loc,
		-- SubCat, Trans, Stat, Ord, Vend, Purch, PO, Hdr, Dtl, TS...
		WHEN 'mbr' THEN 'member' WHEN 'mem' THEN 'member' WHEN 'resv' THEN 'reservation'
		WHEN 'rsv' THEN 'reservation' WHEN 'fac' THEN 'facility' WHEN 'nm' THEN 'name'
		WHEN 'mthly' THEN 'monthly' WHEN 'mnthly' THEN 'monthly' WHEN 'maint' THEN 'maintenance'
		WHEN 'feat' THEN 'feature' WHEN 'repl' THEN 'replacement'
		WHEN 'rel' THEN 'release' WHEN 'len' THEN 'length' WHEN 'lgth' THEN 'length'
		WHEN 'upd' THEN 'update' WHEN 'updt' THEN 'update' WHEN 'mod' THEN 'modified'
		WHEN 'pmt' THEN 'payment' WHEN 'pymt' THEN 'payment' WHEN 'prc' THEN 'price'
		WHEN 'std' THEN 'standard' WHEN 'lvl' THEN 'level' 
		WHEN 'wt' THEN 'weight' WHEN 'uom' THEN 'unit_measure' WHEN 'whse' THEN 'warehouse'
		WHEN 'wh' THEN 'warehouse' WHEN 'loc' THEN 'location' WHEN 'subcat' THEN 'subcategory'
		WHEN 'trans' THEN 'transaction' WHEN 'txn' THEN 'transaction'
		WHEN 'stat' THEN 'status' WHEN 'sts' THEN 'status' WHEN 'ord' THEN 'order'
		WHEN 'vend' THEN 'vendor' WHEN 'vndr' THEN 'vendor' WHEN 'shp' THEN 'ship'
		WHEN 'purch' THEN 'purchase' WHEN 'po' THEN 'purchase_order' WHEN 'hdr' THEN 'header'
		WHEN 'dtl' THEN 'detail' WHEN 'rcv' THEN 'received'
		WHEN 'rcvd' THEN 'received' WHEN 'rej' THEN 'rejected' WHEN 'mgmt' THEN 'management'
		WHEN 'hr' THEN 'hour' WHEN 'hrs' THEN 'hour' 
		WHEN 'lst' THEN 'last' WHEN 'frst' THEN 'first' WHEN 'bday' THEN 'birth_date'
		WHEN 'gndr' THEN 'gender' 
		WHEN 'addl' THEN 'additional' WHEN 'info' THEN 'information' WHEN 'ttl' THEN 'total'
		WHEN 'tot' THEN 'total' 
		WHEN 'emp' THEN 'employee' WHEN 'empl' THEN 'employee' 
		WHEN 'timestamp' THEN 'time' WHEN 'tm' THEN 'time'
		ELSE tok END
$$;


-- English singular of one lower-case token (keeps "status", "address").
CREATE FUNCTION synthmig_internal.singular(tok text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	SELECT CASE
		WHEN tok = 'ids' THEN 'id'
		WHEN length(tok) <= 3 THEN tok
		WHEN tok ~ '[^aeiou]ies$' THEN left(tok, -3) || 'y'
		WHEN tok ~ '(ss|us|x|ch|sh)es$' THEN left(tok, -2)
		WHEN tok ~ '(ss|us|is)$' THEN tok
		WHEN tok ~ 's$' THEN left(tok, -1)
		ELSE tok END
$$;


-- A name in the form names are compared in: CamelCase split into words,
-- lower case, separators unified to "_", abbreviations expanded, each word
-- singular.  "InvoiceLines" and "invoice_line" both give invoice_line;
-- "CustID" gives customer_id; "tblOrders" gives order.
CREATE FUNCTION @extschema@.normalize_name(name text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	s text;
	toks text[];
BEGIN
	-- every step is one pass (linear in the length): "ABCDe" -> "ABC_De"
	-- by an underscore before each upper-case letter that follows an
	-- upper-case letter and precedes a lower-case one (a greedy
	-- "[[:upper:]]+" there would backtrack, quadratic on long capitals)
	s := regexp_replace(name, '([[:lower:][:digit:]])([[:upper:]])', '\1_\2', 'g');
	s := regexp_replace(s, '([[:upper:]])([[:upper:]][[:lower:]])', '\1_\2', 'g');
	s := lower(regexp_replace(s, '[^[:alnum:]]+', '_', 'g'));
	s := regexp_replace(s, '(^|_)e_mail(_|$)', '\1email\2');
	s := regexp_replace(s, '(^|_)(zip(_?(code|cd))?|post_?(code|cd))(_|$)', '\1postal_code\6');
	toks := array_remove(string_to_array(s, '_'), '');
	IF cardinality(toks) > 1 AND toks[1] IN ('tbl', 'tb', 'fld', 'col', 't') THEN
		toks := toks[2:];
	END IF;
	-- flags: IsActive, HasChildren, ActiveFlag, Active_YN and Active_Ind
	-- are all "active" (the same on both sides)
	IF cardinality(toks) > 1 AND toks[1] IN ('is', 'has') THEN
		toks := toks[2:];
	END IF;
	IF cardinality(toks) > 1 AND toks[cardinality(toks)] IN ('flag', 'flg', 'yn', 'ind') THEN
		toks := toks[1:cardinality(toks) - 1];
	END IF;
	-- trailing digits glued to a word (Addr2, Phone1) are their own word
	toks := ARRAY(SELECT x FROM unnest(toks) WITH ORDINALITY u(t, o),
						 unnest(CASE WHEN t ~ '^[a-z]+[0-9]+$' THEN ARRAY[substring(t FROM '^[a-z]+'), substring(t FROM '[0-9]+$')]
									 ELSE ARRAY[t] END) x
				   ORDER BY o);
	-- abbreviations expanded and words made singular in one set-based pass
	-- (appending to an array in a loop copies it each time: quadratic)
	RETURN coalesce((SELECT string_agg(synthmig_internal.singular(e.x), '_' ORDER BY t.i, e.j)
					   FROM unnest(toks) WITH ORDINALITY t(w, i),
							unnest(string_to_array(synthmig_internal.expand_token(t.w), '_')) WITH ORDINALITY e(x, j)), '');
END;
$$;

COMMENT ON FUNCTION @extschema@.normalize_name(text) IS
'the comparable form of a table or column name: snake_case, abbreviations expanded, singular';


-- How well a source column name matches a target column name, in [0, 1]:
-- 1 identical, 0.95 same normalised name, 0.85 equal once the table's name
-- is stripped as a prefix, 0.8 same words in another order, less for
-- partly shared words.
CREATE FUNCTION synthmig_internal.name_score(src text, tgt text, ns text, nt text, src_table text, tgt_table text)
RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	ps text := src_table || '_';
	pt text := tgt_table || '_';
	ws text[];
	wt text[];
	common int;
	total int;
BEGIN
	IF src = tgt THEN RETURN 1; END IF;
	IF ns = nt AND ns <> '' THEN RETURN 0.95; END IF;
	IF ns = '' OR nt = '' THEN RETURN 0; END IF;
	IF (CASE WHEN starts_with(ns, ps) THEN substr(ns, length(ps) + 1) ELSE ns END) =
	   (CASE WHEN starts_with(nt, pt) THEN substr(nt, length(pt) + 1) ELSE nt END)
	   OR (CASE WHEN starts_with(ns, pt) THEN substr(ns, length(pt) + 1) ELSE ns END) =
	   (CASE WHEN starts_with(nt, ps) THEN substr(nt, length(ps) + 1) ELSE nt END) THEN
		RETURN 0.85;
	END IF;
	ws := ARRAY(SELECT DISTINCT w FROM unnest(string_to_array(ns, '_')) w ORDER BY 1);
	wt := ARRAY(SELECT DISTINCT w FROM unnest(string_to_array(nt, '_')) w ORDER BY 1);
	IF ws = wt THEN RETURN 0.8; END IF;
	-- the audit column of a row under its many names (LastUpd, last_update,
	-- modified_date, updated_at, changed_on...)
	IF ns ~ '^(last_)?(update|updated|modified|modify|changed|change)(_(date|time|on|at))?$'
	   AND nt ~ '^(last_)?(update|updated|modified|modify|changed|change)(_(date|time|on|at))?$' THEN
		RETURN 0.75;
	END IF;
	-- the same letters once the separators go (sub_category, subcategory)
	IF replace(ns, '_', '') = replace(nt, '_', '') THEN RETURN 0.8; END IF;
	-- a number for an identifier (MBR_NBR for member_id, ResvNo for booking_id)
	-- or a list for identifiers (FAC_LIST for facility_ids)
	IF regexp_replace(ns, '(^|_)(number|list)$', '\1id') = regexp_replace(nt, '(^|_)(number|list)$', '\1id') THEN RETURN 0.7; END IF;
	SELECT count(*) INTO common FROM (SELECT unnest(ws) INTERSECT SELECT unnest(wt)) c;
	SELECT count(*) INTO total FROM (SELECT unnest(ws) UNION SELECT unnest(wt)) c;
	IF common = 0 OR total = 0 THEN RETURN 0; END IF;
	RETURN round((0.3 + 0.45 * common::numeric / total), 3);
END;
$$;
