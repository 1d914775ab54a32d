/*
 * test_packed.c
 *	  base64 (canonical encoding, strict decoding) and the packed form of a
 *	  wide copula's correlation matrix in the model JSON: written from 64
 *	  copula columns on, read back bit for bit, corrupted forms refused
 *	  with their JSON path.
 */
#include <stdlib.h>

#include "base64.h"
#include "copula.h"
#include "model.h"
#include "sm_common.h"
#include "unit.h"

/* Encode then decode len bytes; true when they come back unchanged. */
static bool
round_trip(const uint8_t *bytes, size_t len)
{
	sm_buf		b;
	uint8_t		out[64];
	sm_error	err;
	bool		ok;

	sm_buf_init(&b);
	ok = sm_base64_append(&b, bytes, len) &&
		sm_base64_decoded_len(b.data ? b.data : "", b.len) == (long long) len &&
		sm_base64_decode(b.data ? b.data : "", b.len, out, "x", &err) &&
		memcmp(out, bytes, len) == 0;
	sm_buf_free(&b);
	return ok;
}

/* Does decoding text fail with SM_EINVAL? */
static bool
refused(const char *text)
{
	uint8_t		out[64];
	sm_error	err;
	long long	n = sm_base64_decoded_len(text, strlen(text));

	memset(&err, 0, sizeof(err));
	if (n < 0)
		return true;
	return !sm_base64_decode(text, strlen(text), out, "x", &err) &&
		err.code == SM_EINVAL;
}

#define D 70
#define N 400

/* A model of D correlated float columns: x_j = f_j + noise. */
static sm_tmodel *
fit_wide(void)
{
	sm_colspec	cs[D];
	char		names[D][16];
	sm_value	row[D];
	sm_error	err;
	sm_fitter  *f;
	sm_tmodel  *m;
	uint64_t	s = 12345;

	memset(&err, 0, sizeof(err));
	for (int j = 0; j < D; j++)
	{
		snprintf(names[j], sizeof(names[j]), "c%d", j);
		sm_colspec_init(&cs[j], names[j], SM_COL_FLOAT);
	}
	f = sm_fitter_new(cs, D, &err);
	if (f == NULL)
		return NULL;
	for (int i = 0; i < N; i++)
	{
		double		common = 0.0;

		for (int j = 0; j < D; j++)
		{
			double		u;

			s = s * 6364136223846793005ULL + 1442695040888963407ULL;
			u = (double) (s >> 11) / 9007199254740992.0;
			if (j % 5 == 0)
				common = u;
			memset(&row[j], 0, sizeof(sm_value));
			row[j].kind = SM_V_FLOAT;
			row[j].f = common * (j % 3) + u;
		}
		if (!sm_fitter_add_row(f, row, &err))
		{
			sm_fitter_free(f);
			return NULL;
		}
	}
	m = sm_fitter_finish(f, &err);
	sm_fitter_free(f);
	return m;
}

/* Read json back; returns the error code (SM_OK on success). */
static sm_errcode
read_back(const char *json, size_t len, sm_error *err, sm_buf *again)
{
	sm_tmodel  *m;

	memset(err, 0, sizeof(*err));
	m = sm_tmodel_from_json(json, len, err);
	if (m == NULL)
		return err->code;
	if (again)
		sm_tmodel_write_json(m, again);
	sm_tmodel_free(m);
	return SM_OK;
}

int
main(void)
{
	uint8_t		bytes[40];
	sm_tmodel  *m;
	sm_buf		json,
				again;
	sm_error	err;
	char	   *p,
			   *copy;

	for (int i = 0; i < 40; i++)
		bytes[i] = (uint8_t) (i * 37 + 11);
	for (size_t len = 0; len <= 10; len++)
		CHECK(round_trip(bytes, len));
	CHECK(round_trip(bytes, 40));
	CHECK(refused("abc"));		/* length not a multiple of 4 */
	CHECK(refused("ab!d"));		/* not in the alphabet */
	CHECK(refused("ab=d"));		/* padding inside */
	CHECK(refused("A==="));		/* three pads */
	CHECK(refused("AB=="));		/* non-zero padding bits: "AA==" is canonical */
	CHECK(refused("AAB="));
	CHECK(!refused("AA=="));
	CHECK(!refused("AAA="));

	/* a wide model stores its matrix packed and reads it back exactly */
	m = fit_wide();
	CHECK(m != NULL);
	if (m == NULL)
		return unit_done();
	sm_buf_init(&json);
	sm_buf_init(&again);
	CHECK(sm_tmodel_write_json(m, &json));
	CHECK(strstr(json.data, "\"correlation_packed\":\"") != NULL);
	CHECK(strstr(json.data, "\"correlation\":") == NULL);
	CHECK(read_back(json.data, json.len, &err, &again) == SM_OK);
	CHECK(again.len == json.len && memcmp(again.data, json.data, json.len) == 0);
	sm_tmodel_free(m);

	/* corruptions are refused with the path */
	copy = malloc(json.len + 1);
	memcpy(copy, json.data, json.len + 1);
	p = strstr(copy, "\"correlation_packed\":\"") + strlen("\"correlation_packed\":\"");
	p[5] = '!';
	CHECK(read_back(copy, json.len, &err, NULL) == SM_EINVAL);
	CHECK_STR(err.path, "copula.correlation_packed");
	/* one double too few */
	memcpy(copy, json.data, json.len + 1);
	p = strstr(copy, "\"correlation_packed\":\"") + strlen("\"correlation_packed\":\"");
	memmove(p, p + 12, strlen(p + 12) + 1);
	CHECK(read_back(copy, strlen(copy), &err, NULL) == SM_EINVAL);
	CHECK(strstr(err.message, "lower triangle") != NULL);
	/* a value out of range: the first double made 2.0 (LE 0x4000...) */
	memcpy(copy, json.data, json.len + 1);
	p = strstr(copy, "\"correlation_packed\":\"") + strlen("\"correlation_packed\":\"");
	memcpy(p, "AAAAAAAAAEAA", 12);	/* bytes 00 .. 00 40 00 00: 2.0 */
	CHECK(read_back(copy, json.len, &err, NULL) == SM_EINVAL);
	CHECK_STR(err.path, "copula.correlation_packed[1][0]");
	free(copy);
	sm_buf_free(&json);
	sm_buf_free(&again);
	return unit_done();
}
