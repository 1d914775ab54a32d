/* Unit tests of src/core/shadow/risk.c. */
#include <math.h>

#include "risk.h"
#include "unit.h"

int
main(void)
{
	/* no risk anywhere, certain failure anywhere */
	CHECK(sm_shadow_risk(0, 0, 0) == 0.0);
	CHECK(sm_shadow_risk(1, 0, 0) == 1.0);
	CHECK(sm_shadow_risk(0, 1, 0) == 1.0);
	CHECK(sm_shadow_risk(0, 0, 1) == 1.0);
	/* documented formula */
	CHECK_NEAR(sm_shadow_risk(0.5, 0.2, 0.1),
			   1 - pow(0.5, 0.4) * pow(0.8, 0.4) * pow(0.9, 0.2), 1e-12);
	/* monotone in each part, in [0, 1] */
	for (int i = 0; i < 100; i++)
	{
		double		a = i / 100.0,
					b = (i + 1) / 100.0;

		CHECK(sm_shadow_risk(a, 0.3, 0.3) <= sm_shadow_risk(b, 0.3, 0.3));
		CHECK(sm_shadow_risk(0.3, a, 0.3) <= sm_shadow_risk(0.3, b, 0.3));
		CHECK(sm_shadow_risk(0.3, 0.3, a) <= sm_shadow_risk(0.3, 0.3, b));
		CHECK(sm_shadow_risk(a, a, a) >= 0 && sm_shadow_risk(a, a, a) <= 1);
	}
	/* schema and data weigh more than resource */
	CHECK(sm_shadow_risk(0.5, 0, 0) > sm_shadow_risk(0, 0, 0.5));
	/* out of range and NaN parts */
	CHECK(sm_shadow_risk(-3, 0, 0) == 0.0);
	CHECK(sm_shadow_risk(NAN, 0, 0) == 1.0);
	CHECK(sm_shadow_risk(7, 0, 0) == 1.0);
	return unit_done();
}
