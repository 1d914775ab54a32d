/*
 * copula.c
 *	  The linear algebra of the Gaussian copula.
 *
 * Symmetric matrices are passed to LAPACK in column-major layout without
 * transposition (a symmetric row-major matrix is its own column-major
 * image), and only the LAPACKE *_work entry points are used, with workspace
 * from sm_malloc: the high-level LAPACKE wrappers would malloc behind the
 * allocation hooks.
 */
#include "copula.h"

#include <lapacke.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "offload.h"
#include "stats.h"

/* Entries beyond this magnitude cannot come from a correlation estimate. */
#define NCM_MAX_ENTRY	1e6
/* Relative margin of the eigenvalue floor test, see spectrum_above. */
#define NCM_CHECK_MARGIN	1e-3

/* Dimension check shared by every matrix entry point. */
static bool
check_dim(int d, sm_error *err)
{
	if (d < 1)
		return sm_error_set(err, SM_EINVAL, NULL,
							"matrix dimension must be at least 1, got %d", d);
	if (d > SM_COPULA_MAX_DIM)
		return sm_error_set(err, SM_ELIMIT, NULL,
							"matrix dimension %d exceeds the limit of %d",
							d, SM_COPULA_MAX_DIM);
	return true;
}

/* An overflow-checked array of a*b doubles, or NULL with SM_ENOMEM set. */
static double *
alloc_doubles(size_t a, size_t b, sm_error *err)
{
	size_t		count,
				bytes;
	double	   *p = NULL;

	if (sm_mul_size(a, b, &count) && sm_mul_size(count, sizeof(double), &bytes))
		p = sm_malloc(bytes);
	if (p == NULL)
		sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	return p;
}

/* ------------------------------------------------------------------------
 * Correlation
 * ------------------------------------------------------------------------ */

/* Dot product with four accumulators (the inner loop of the fit). */
static double
dot(const double *x, const double *y, size_t n)
{
	double		s0 = 0.0,
				s1 = 0.0,
				s2 = 0.0,
				s3 = 0.0;
	size_t		i = 0;

	for (; i + 4 <= n; i += 4)
	{
		s0 += x[i] * y[i];
		s1 += x[i + 1] * y[i + 1];
		s2 += x[i + 2] * y[i + 2];
		s3 += x[i + 3] * y[i + 3];
	}
	for (; i < n; i++)
		s0 += x[i] * y[i];
	return (s0 + s1) + (s2 + s3);
}

/*
 * Pearson correlation of one pair over its complete rows.  The columns are
 * already centred on their own means and scaled into [-1,1], so the
 * one-pass sums lose little to cancellation.  Constancy is tested exactly
 * (min == max) because rounding leaves tiny non-zero variances.
 */
static double
pairwise_corr(const double *x, const double *y, size_t n)
{
	double		sx = 0.0,
				sy = 0.0,
				sxx = 0.0,
				syy = 0.0,
				sxy = 0.0,
				xmin = INFINITY,
				xmax = -INFINITY,
				ymin = INFINITY,
				ymax = -INFINITY,
				vx,
				vy,
				m;
	size_t		cnt = 0;

	for (size_t i = 0; i < n; i++)
	{
		double		a = x[i],
					b = y[i];

		if (isnan(a) || isnan(b))
			continue;
		cnt++;
		sx += a;
		sy += b;
		sxx += a * a;
		syy += b * b;
		sxy += a * b;
		if (a < xmin)
			xmin = a;
		if (a > xmax)
			xmax = a;
		if (b < ymin)
			ymin = b;
		if (b > ymax)
			ymax = b;
	}
	if (cnt < 2 || xmin == xmax || ymin == ymax)
		return 0.0;
	m = (double) cnt;
	vx = sxx - sx * sx / m;
	vy = syy - sy * sy / m;
	if (!(vx > 0.0) || !(vy > 0.0))
		return 0.0;
	return (sxy - sx * sy / m) / sqrt(vx * vy);
}

/*
 * Correlation matrix of d columns stored contiguously (column-major
 * n x d), which are centred and scaled in place.  Pairs of complete columns
 * take the fast path, a plain dot product of standardised columns.
 */
static bool
correlation_columns(double *cols, size_t n, int d, double *corr, sm_error *err)
{
	double	   *ss;
	size_t	   *nmiss;
	bool	   *constant;
	size_t		bytes_ss,
				bytes_nm,
				bytes_c,
				total;
	char	   *block;

	if (!sm_mul_size((size_t) d, sizeof(double), &bytes_ss) ||
		!sm_mul_size((size_t) d, sizeof(size_t), &bytes_nm) ||
		!sm_mul_size((size_t) d, sizeof(bool), &bytes_c))
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	total = bytes_ss + bytes_nm + bytes_c;
	block = sm_malloc(total);
	if (block == NULL)
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	ss = (double *) (void *) block;
	nmiss = (size_t *) (block + bytes_ss);
	constant = (bool *) (block + bytes_ss + bytes_nm);

	for (int j = 0; j < d; j++)
	{
		double	   *c = cols + (size_t) j * n;
		double		amax = 0.0,
					first = NAN,
					sum = 0.0,
					mean,
					cmax = 0.0;
		size_t		cnt = 0;
		bool		same = true;

		for (size_t i = 0; i < n; i++)
		{
			if (isnan(c[i]))
				continue;
			if (cnt == 0)
				first = c[i];
			else if (c[i] != first)
				same = false;
			cnt++;
			if (fabs(c[i]) > amax)
				amax = fabs(c[i]);
		}
		nmiss[j] = n - cnt;
		constant[j] = (cnt < 2 || same);
		ss[j] = 0.0;
		if (constant[j])
			continue;
		/* scale into [-1,1] first so that nothing below can overflow */
		for (size_t i = 0; i < n; i++)
		{
			c[i] /= amax;
			if (!isnan(c[i]))
				sum += c[i];
		}
		mean = sum / (double) cnt;
		for (size_t i = 0; i < n; i++)
		{
			c[i] -= mean;
			if (fabs(c[i]) > cmax)
				cmax = fabs(c[i]);
		}
		if (!(cmax > 0.0))
		{
			constant[j] = true;
			continue;
		}
		for (size_t i = 0; i < n; i++)
			c[i] /= cmax;
		if (nmiss[j] == 0)
			ss[j] = dot(c, c, n);
	}

	for (int j = 0; j < d; j++)
	{
		sm_check_interrupts();
		corr[(size_t) j * d + j] = 1.0;
		for (int k = j + 1; k < d; k++)
		{
			const double *cj = cols + (size_t) j * n;
			const double *ck = cols + (size_t) k * n;
			double		r;

			if (constant[j] || constant[k])
				r = 0.0;
			else if (nmiss[j] == 0 && nmiss[k] == 0)
				r = (ss[j] > 0.0 && ss[k] > 0.0) ?
					dot(cj, ck, n) / sqrt(ss[j] * ss[k]) : 0.0;
			else
				r = pairwise_corr(cj, ck, n);
			if (r > 1.0)
				r = 1.0;
			else if (r < -1.0)
				r = -1.0;
			else if (isnan(r))
				r = 0.0;
			corr[(size_t) j * d + k] = r;
			corr[(size_t) k * d + j] = r;
		}
	}
	sm_free(block);
	return true;
}

/* Argument checks of the n x d data entry points. */
static bool
check_data(const double *data, size_t n, int d, const double *out1,
		   const double *out2, sm_error *err)
{
	size_t		cells;

	if (!check_dim(d, err))
		return false;
	if (n == 0)
		return sm_error_set(err, SM_EINVAL, NULL,
							"cannot compute correlations without rows");
	if (data == NULL || out1 == NULL || out2 == NULL)
		return sm_error_set(err, SM_EINVAL, NULL, "null argument");
	if (!sm_mul_size(n, (size_t) d, &cells))
		return sm_error_set(err, SM_ELIMIT, NULL, "data matrix is too large");
	return true;
}

/*
 * Transpose the row-major data into contiguous columns, rejecting
 * infinities (NaN means missing and is kept).
 */
static double *
columns_of(const double *data, size_t n, int d, sm_error *err)
{
	double	   *cols = alloc_doubles(n, (size_t) d, err);

	if (cols == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
	{
		const double *row = data + i * (size_t) d;

		for (int j = 0; j < d; j++)
		{
			if (isinf(row[j]))
			{
				char		path[64];

				sm_free(cols);
				snprintf(path, sizeof(path), "[%zu,%d]", i, j);
				sm_error_set(err, SM_EINVAL, path,
							 "data value at row %zu, column %d is infinite", i, j);
				return NULL;
			}
			cols[(size_t) j * n + i] = row[j];
		}
	}
	return cols;
}

/* Pairwise-complete Pearson correlation matrix of the data columns. */
bool
sm_correlation(const double *data, size_t n, int d, double *corr, sm_error *err)
{
	double	   *cols;
	bool		ok;

	if (!check_data(data, n, d, corr, corr, err))
		return false;
	cols = columns_of(data, n, d, err);
	if (cols == NULL)
		return false;
	ok = correlation_columns(cols, n, d, corr, err);
	sm_free(cols);
	return ok;
}

/* ------------------------------------------------------------------------
 * Nearest correlation matrix
 * ------------------------------------------------------------------------ */

/* Workspace of the symmetric eigensolver, sized once per call. */
typedef struct eig_ws
{
	int			d;
	double	   *a;				/* d*d input copy, destroyed by dsyevr */
	double	   *z;				/* d*d eigenvectors, column-major */
	double	   *w;				/* d eigenvalues */
	lapack_int *isuppz;			/* 2*d */
	double	   *work;
	lapack_int	lwork;
	lapack_int *iwork;
	lapack_int	liwork;
} eig_ws;

/* Release whatever eig_ws_init managed to allocate. */
static void
eig_ws_free(eig_ws *ws)
{
	sm_free(ws->a);
	sm_free(ws->z);
	sm_free(ws->w);
	sm_free(ws->isuppz);
	sm_free(ws->work);
	sm_free(ws->iwork);
	memset(ws, 0, sizeof(*ws));
}

/*
 * Allocate the buffers and ask dsyevr for its optimal workspace (the query
 * reads no matrix data, but the buffers are zeroed anyway).
 */
static bool
eig_ws_init(eig_ws *ws, int d, sm_error *err)
{
	size_t		dd = (size_t) d * (size_t) d;
	lapack_int	m,
				iwq = 0,
				info;
	double		wq = 0.0;

	memset(ws, 0, sizeof(*ws));
	ws->d = d;
	ws->a = sm_calloc(dd, sizeof(double));
	ws->z = sm_calloc(dd, sizeof(double));
	ws->w = sm_calloc((size_t) d, sizeof(double));
	ws->isuppz = sm_calloc(2 * (size_t) d, sizeof(lapack_int));
	if (!ws->a || !ws->z || !ws->w || !ws->isuppz)
	{
		eig_ws_free(ws);
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	}
	info = LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, 'V', 'A', 'L', d, ws->a, d,
							   0.0, 0.0, 0, 0, 0.0, &m, ws->w, ws->z, d,
							   ws->isuppz, &wq, -1, &iwq, -1);
	if (info != 0 || !(wq >= 1.0) || wq > 1e9 || iwq < 1)
	{
		eig_ws_free(ws);
		return sm_error_set(err, SM_EINVAL, NULL,
							"eigenvalue workspace query failed (info %d)",
							(int) info);
	}
	ws->lwork = (lapack_int) wq;
	ws->liwork = iwq;
	ws->work = sm_calloc((size_t) ws->lwork, sizeof(double));
	ws->iwork = sm_calloc((size_t) ws->liwork, sizeof(lapack_int));
	if (!ws->work || !ws->iwork)
	{
		eig_ws_free(ws);
		return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
	}
	return true;
}

/* An upper bound of the spectral radius (Gershgorin), for dsyevr's range. */
static double
spectral_bound(const double *M, int d)
{
	double		bound = 0.0;

	for (int i = 0; i < d; i++)
	{
		double		s = 0.0;

		for (int j = 0; j < d; j++)
			s += fabs(M[(size_t) i * d + j]);
		if (s > bound)
			bound = s;
	}
	return bound;
}

/*
 * One dsyevr call of a wide matrix, run on a helper thread (offload.h) so
 * that a cancel is answered while LAPACK works: its own copies of the
 * input and outputs, in the job block.
 */
typedef struct eig_job
{
	int			d;
	double		vl;
	double		vu;
	lapack_int	m;
	lapack_int	info;
	lapack_int	lwork;
	lapack_int	liwork;
	double	   *a;
	double	   *z;
	double	   *w;
	double	   *work;
	lapack_int *isuppz;
	lapack_int *iwork;
} eig_job;

/* The helper thread's part: the decomposition itself. */
static void
eig_job_run(void *arg)
{
	eig_job    *j = arg;

	j->info = LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, 'V', 'V', 'L', j->d,
								  j->a, j->d, j->vl, j->vu, 0, 0, 0.0, &j->m,
								  j->w, j->z, j->d, j->isuppz, j->work,
								  j->lwork, j->iwork, j->liwork);
}

/*
 * A job block for ws's dimension and workspace sizes, or NULL when out of
 * memory.  d is at most SM_COPULA_MAX_DIM, so the sizes cannot overflow.
 */
static eig_job *
eig_job_new(const eig_ws *ws)
{
	size_t		d = (size_t) ws->d,
				head = (sizeof(eig_job) + 15) & ~(size_t) 15,
				ndbl = 2 * d * d + d + (size_t) ws->lwork,
				nint = 2 * d + (size_t) ws->liwork;
	char	   *p = sm_offload_alloc(head + ndbl * sizeof(double) +
									 nint * sizeof(lapack_int));
	eig_job    *j = (eig_job *) p;

	if (p == NULL)
		return NULL;
	j->d = ws->d;
	j->lwork = ws->lwork;
	j->liwork = ws->liwork;
	/* doubles first, then the integers (through void *: both aligned) */
	{
		void	   *dbl = p + head;
		void	   *ints = p + head + ndbl * sizeof(double);

		j->a = dbl;
		j->z = j->a + d * d;
		j->w = j->z + d * d;
		j->work = j->w + d;
		j->isuppz = ints;
		j->iwork = j->isuppz + 2 * d;
	}
	return j;
}

/*
 * Eigenpairs of the symmetric M with eigenvalue <= t, into ws->w and the
 * first *m columns of ws->z.  Only the few clipped pairs are needed, so
 * asking for a value range is cheaper than the full decomposition.  A wide
 * matrix takes seconds: it is decomposed on a helper thread.
 */
static bool
eig_below(eig_ws *ws, const double *M, double t, int *m, sm_error *err)
{
	int			d = ws->d;
	lapack_int	mm = 0,
				info;
	double		vl = -(spectral_bound(M, d) + 1.0);
	eig_job    *job = NULL;

	sm_check_interrupts();
	if (d >= SM_OFFLOAD_MIN_DIM)
		job = eig_job_new(ws);
	if (job != NULL)
	{
		memcpy(job->a, M, (size_t) d * d * sizeof(double));
		job->vl = vl;
		job->vu = t;
		sm_offload_run(eig_job_run, job);
		info = job->info;
		mm = job->m;
		if (info == 0)
		{
			memcpy(ws->w, job->w, (size_t) mm * sizeof(double));
			memcpy(ws->z, job->z, (size_t) mm * d * sizeof(double));
		}
		sm_offload_free(job);
	}
	else
	{
		/* small, or no memory for a copy: decompose here */
		memcpy(ws->a, M, (size_t) d * d * sizeof(double));
		info = LAPACKE_dsyevr_work(LAPACK_COL_MAJOR, 'V', 'V', 'L', d, ws->a,
								   d, vl, t, 0, 0, 0.0, &mm, ws->w, ws->z, d,
								   ws->isuppz, ws->work, ws->lwork,
								   ws->iwork, ws->liwork);
	}
	if (info != 0)
		return sm_error_set(err, SM_EDATA, NULL,
							"eigenvalue decomposition failed (info %d)",
							(int) info);
	*m = (int) mm;
	return true;
}

/* A dpotrf call on a helper thread, for wide matrices (see eig_job). */
typedef struct potrf_job
{
	int			d;
	lapack_int	info;
	double		a[];
} potrf_job;

/* The helper thread's part of potrf_job. */
static void
potrf_job_run(void *arg)
{
	potrf_job  *j = arg;

	j->info = LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, 'U', j->d, j->a, j->d);
}

/*
 * LAPACK's dpotrf ('U', column-major) of the d x d array a, in place; on a
 * helper thread when d is large, so that a cancel is answered meanwhile.
 */
static lapack_int
potrf_cancellable(double *a, int d)
{
	size_t		bytes = (size_t) d * d * sizeof(double);
	potrf_job  *job = NULL;
	lapack_int	info;

	sm_check_interrupts();
	if (d >= SM_OFFLOAD_MIN_DIM)
		job = sm_offload_alloc(sizeof(potrf_job) + bytes);
	if (job == NULL)
		return LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, 'U', d, a, d);
	job->d = d;
	memcpy(job->a, a, bytes);
	sm_offload_run(potrf_job_run, job);
	info = job->info;
	memcpy(a, job->a, bytes);
	sm_offload_free(job);
	return info;
}

/*
 * Store U = V diag(sqrt(t - lambda_k)) row-major (d x m) into ws->a, so
 * that the clipping correction sum_k (t - lambda_k) v_k v_k^T is U U^T and
 * its entries are contiguous dot products.
 */
static void
clip_factor(eig_ws *ws, int m, double t)
{
	int			d = ws->d;

	for (int k = 0; k < m; k++)
	{
		double		s = sqrt(fmax(t - ws->w[k], 0.0));

		for (int i = 0; i < d; i++)
			ws->a[(size_t) i * m + k] = s * ws->z[(size_t) k * d + i];
	}
}

/*
 * Is lambda_min(M) above min_eig?  Tested as "does M - s I factor" with
 * s = min_eig (1 + NCM_CHECK_MARGIN): a Cholesky costs a quarter of a
 * tridiagonalisation, and its backward error (about d eps |M|) is far below
 * the margin, so success proves the bound and also that the sampler's
 * Cholesky will succeed.
 */
static bool
spectrum_above(eig_ws *ws, const double *M, double min_eig)
{
	int			d = ws->d;
	double		s = min_eig * (1.0 + NCM_CHECK_MARGIN);

	memcpy(ws->a, M, (size_t) d * d * sizeof(double));
	for (int i = 0; i < d; i++)
		ws->a[(size_t) i * d + i] -= s;
	return potrf_cancellable(ws->a, d) == 0;
}

/* Is the diagonal exactly one? */
static bool
unit_diagonal(const double *M, int d)
{
	for (int i = 0; i < d; i++)
		if (M[(size_t) i * d + i] != 1.0)
			return false;
	return true;
}

/*
 * Higham (2002), Algorithm 3.3 with the eigenvalue floor t: Dykstra's
 * correction dS is applied before the projection onto {lambda >= t} (the
 * non-affine set) and none before the unit-diagonal projection.  The
 * projection is R + sum (t - lambda_k) v_k v_k^T over the eigenvalues
 * below t, and that sum is exactly the next correction, so each step is
 * one partial eigendecomposition plus a rank-m update.
 */
static bool
higham_iterate(eig_ws *ws, double *Y, double *dS, int d, double t,
			   int max_iter, double tol, int *iterations, sm_error *err)
{
	int			it;

	memset(dS, 0, (size_t) d * d * sizeof(double));
	for (it = 0; it < max_iter; it++)
	{
		double	   *R = ws->z;	/* the eigenvectors overwrite it later */
		double		diff = 0.0,
					norm = 0.0;
		int			m;

		for (size_t i = 0; i < (size_t) d * d; i++)
			R[i] = Y[i] - dS[i];
		/* eig_below copies R into ws->a before ws->z is overwritten */
		if (!eig_below(ws, R, t, &m, err))
			return false;
		clip_factor(ws, m, t);
		for (int i = 0; i < d; i++)
		{
			/* a wide matrix's update costs d^2 m / 2: stay cancellable */
			if ((i & 63) == 63)
				sm_check_interrupts();
			for (int j = 0; j <= i; j++)
			{
				size_t		ij = (size_t) i * d + j,
							ji = (size_t) j * d + i;
				double		c = (m > 0) ? dot(ws->a + (size_t) i * m,
											  ws->a + (size_t) j * m,
											  (size_t) m) : 0.0;
				double		x = Y[ij] - dS[ij] + c;
				double		y = (i == j) ? 1.0 : x;
				double		delta = y - Y[ij];

				dS[ij] = dS[ji] = c;
				diff += (i == j ? 1.0 : 2.0) * delta * delta;
				norm += (i == j ? 1.0 : 2.0) * y * y;
				Y[ij] = Y[ji] = y;
			}
		}
		if (sqrt(diff) <= tol * sqrt(norm))
		{
			it++;
			break;
		}
	}
	if (iterations)
		*iterations = it;
	return true;
}

/*
 * Make the bound exact: clip the eigenvalues of Y at thr and rescale to
 * unit diagonal.  With lambda_min(Y) = l the diagonal grows by at most
 * thr - l, so thr = min_eig (1 - l) / (1 - min_eig) keeps the rescaled
 * spectrum above min_eig; a relative margin covers the check's own margin
 * and rounding, and grows if the verification still fails.  The
 * eigenpairs are first requested below 2 min_eig, which covers thr unless
 * l < -1 (only possible when the iteration was cut short).
 */
static bool
clip_and_rescale(eig_ws *ws, double *Y, int d, double min_eig, sm_error *err)
{
	double		margin = 2.0 * NCM_CHECK_MARGIN;

	for (int attempt = 0; attempt < 8; attempt++, margin *= 4.0)
	{
		double		lmin,
					thr,
					tq = 2.0 * min_eig * (1.0 + margin);
		int			m;

		if (unit_diagonal(Y, d) && spectrum_above(ws, Y, min_eig))
			return true;
		if (!eig_below(ws, Y, tq, &m, err))
			return false;
		lmin = (m > 0) ? ws->w[0] : tq;
		thr = min_eig * (1.0 - fmin(lmin, min_eig)) / (1.0 - min_eig) *
			(1.0 + margin);
		if (thr > tq && !eig_below(ws, Y, thr, &m, err))
			return false;
		clip_factor(ws, m, thr);
		for (int i = 0; i < d; i++)
		{
			if ((i & 63) == 63)
				sm_check_interrupts();
			for (int j = 0; j <= i; j++)
			{
				double		c = (m > 0) ? dot(ws->a + (size_t) i * m,
											  ws->a + (size_t) j * m,
											  (size_t) m) : 0.0;

				Y[(size_t) i * d + j] += c;
				if (i != j)
					Y[(size_t) j * d + i] = Y[(size_t) i * d + j];
			}
		}
		/* a matrix with eigenvalues >= thr > 0 has a positive diagonal */
		for (int i = 0; i < d; i++)
			if (!(Y[(size_t) i * d + i] > 0.0))
				return sm_error_set(err, SM_EDATA, NULL,
									"could not repair the correlation matrix");
		for (int i = 0; i < d; i++)
			for (int j = 0; j < i; j++)
			{
				double		v = Y[(size_t) i * d + j] /
				sqrt(Y[(size_t) i * d + i] * Y[(size_t) j * d + j]);

				Y[(size_t) i * d + j] = v;
				Y[(size_t) j * d + i] = v;
			}
		for (int i = 0; i < d; i++)
			Y[(size_t) i * d + i] = 1.0;
	}
	return sm_error_set(err, SM_EDATA, NULL,
						"could not repair the correlation matrix");
}

/* See copula.h; the _ex variant exposes the iteration controls. */
bool
sm_nearest_correlation_ex(double *corr, int d, double min_eig, int max_iter,
						  double tol, int *iterations, sm_error *err)
{
	eig_ws		ws;
	double	   *dS;
	bool		ok;

	if (iterations)
		*iterations = 0;
	if (!check_dim(d, err))
		return false;
	if (corr == NULL)
		return sm_error_set(err, SM_EINVAL, NULL, "null argument");
	if (!(min_eig > 0.0 && min_eig < 1.0))
		return sm_error_set(err, SM_EINVAL, "min_eig",
							"minimum eigenvalue must lie in (0, 1), got %g",
							min_eig);
	if (max_iter < 0 || !(tol > 0.0))
		return sm_error_set(err, SM_EINVAL, NULL,
							"invalid iteration limits");
	for (int i = 0; i < d; i++)
		for (int j = 0; j < d; j++)
		{
			double		v = corr[(size_t) i * d + j];

			if (!isfinite(v) || fabs(v) > NCM_MAX_ENTRY)
			{
				char		path[32];

				snprintf(path, sizeof(path), "[%d,%d]", i, j);
				return sm_error_set(err, SM_EINVAL, path,
									"correlation matrix entry [%d,%d] is %s",
									i, j, isfinite(v) ? "out of range" :
									(isnan(v) ? "NaN" : "infinite"));
			}
		}
	/* symmetrise: the projections assume a symmetric matrix */
	for (int i = 0; i < d; i++)
		for (int j = 0; j < i; j++)
		{
			double		v = 0.5 * (corr[(size_t) i * d + j] +
								   corr[(size_t) j * d + i]);

			corr[(size_t) i * d + j] = v;
			corr[(size_t) j * d + i] = v;
		}

	if (!eig_ws_init(&ws, d, err))
		return false;
	/* already a valid correlation matrix: leave it alone */
	if (unit_diagonal(corr, d) && spectrum_above(&ws, corr, min_eig))
	{
		eig_ws_free(&ws);
		return true;
	}
	dS = alloc_doubles((size_t) d, (size_t) d, err);
	if (dS == NULL)
	{
		eig_ws_free(&ws);
		return false;
	}
	ok = higham_iterate(&ws, corr, dS, d, min_eig, max_iter, tol,
						iterations, err) &&
		clip_and_rescale(&ws, corr, d, min_eig, err);
	sm_free(dS);
	eig_ws_free(&ws);
	return ok;
}

/*
 * The generator's entry point.  Each iteration costs O(d^3) (one
 * tridiagonalisation), so the iteration limit shrinks with d^3 to keep the
 * work bounded: the full SM_NCM_MAX_ITER up to d = 215, 2 iterations from
 * d = 800 on.  The final clip-and-rescale makes the result valid however
 * the iteration ended; cutting it short only leaves the matrix a little
 * farther from the input than the true nearest one.
 */
bool
sm_nearest_correlation(double *corr, int d, double min_eig, sm_error *err)
{
	double		dd = (double) d;
	double		cap = SM_NCM_WORK / (dd * dd * dd);
	int			max_iter = (cap >= SM_NCM_MAX_ITER) ? SM_NCM_MAX_ITER :
	(cap < 2.0 ? 2 : (int) cap);

	return sm_nearest_correlation_ex(corr, d, min_eig, max_iter, SM_NCM_TOL,
									 NULL, err);
}

/* ------------------------------------------------------------------------
 * Cholesky and sampling
 * ------------------------------------------------------------------------ */

/*
 * dpotrf with uplo 'U' in column-major on the row-major array factors the
 * row-major lower triangle: the column-major upper factor U (C = U^T U)
 * read row-major is U^T, the lower factor L.
 */
bool
sm_cholesky(const double *corr, int d, double *L, sm_error *err)
{
	lapack_int	info;

	if (!check_dim(d, err))
		return false;
	if (corr == NULL || L == NULL)
		return sm_error_set(err, SM_EINVAL, NULL, "null argument");
	for (int i = 0; i < d; i++)
		for (int j = 0; j <= i; j++)
			if (!isfinite(corr[(size_t) i * d + j]))
			{
				char		path[32];

				snprintf(path, sizeof(path), "[%d,%d]", i, j);
				return sm_error_set(err, SM_EINVAL, path,
									"correlation matrix entry [%d,%d] is not finite",
									i, j);
			}
	if (L != corr)
		memmove(L, corr, (size_t) d * d * sizeof(double));
	info = potrf_cancellable(L, d);
	if (info > 0)
	{
		sm_error_set(err, SM_EDATA, NULL,
					 "correlation matrix is not positive definite");
		sm_error_detail(err, "The leading minor of order %d is not positive.",
						(int) info);
		return false;
	}
	if (info < 0)
		return sm_error_set(err, SM_EINVAL, NULL,
							"invalid argument %d to dpotrf", (int) -info);
	for (int i = 0; i < d; i++)
		for (int j = i + 1; j < d; j++)
			L[(size_t) i * d + j] = 0.0;
	return true;
}

/*
 * Lower-triangular mat-vec from the last row up: row i reads e[0..i] only,
 * so writing z[i] never clobbers an input still needed when z aliases e.
 */
void
sm_copula_apply(const double *L, int d, const double *e, double *z)
{
	for (int i = d - 1; i >= 0; i--)
		z[i] = dot(L + (size_t) i * d, e, (size_t) i + 1);
}

/* One correlated normal vector for the sampler. */
void
sm_copula_sample(const double *L, int d, sm_rng *r, double *z)
{
	for (int k = 0; k < d; k++)
		z[k] = sm_rng_normal(r);
	sm_copula_apply(L, d, z, z);
}

/*
 * Ranks make the copula invariant to monotone transforms of each column and
 * immune to outliers; mid-ranks keep tied values on one score.
 */
bool
sm_normal_scores(const double *x, size_t n, double *z)
{
	size_t		m = 0;

	if (n == 0)
		return true;
	if (x == NULL || z == NULL)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isnan(x[i]))
			m++;
	if (!sm_ranks(x, n, z))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isnan(z[i]))
			z[i] = sm_norm_ppf(z[i] / ((double) m + 1.0));
	return true;
}

/* The generator's fit in one call; see copula.h. */
bool
sm_copula_fit(const double *data, size_t n, int d, double min_eig,
			  double *corr, double *L, sm_error *err)
{
	double	   *cols;
	bool		ok;

	if (!check_data(data, n, d, corr, L, err))
		return false;
	if (!(min_eig > 0.0 && min_eig < 1.0))
		return sm_error_set(err, SM_EINVAL, "min_eig",
							"minimum eigenvalue must lie in (0, 1), got %g",
							min_eig);
	cols = alloc_doubles(n, (size_t) d, err);
	if (cols == NULL)
		return false;
	for (size_t i = 0; i < n; i++)
		for (int j = 0; j < d; j++)
			cols[(size_t) j * n + i] = data[i * (size_t) d + j];
	for (int j = 0; j < d; j++)
	{
		double	   *c = cols + (size_t) j * n;

		if (!sm_normal_scores(c, n, c))
		{
			sm_free(cols);
			return sm_error_set(err, SM_ENOMEM, NULL, "out of memory");
		}
	}
	ok = correlation_columns(cols, n, d, corr, err);
	sm_free(cols);
	return ok &&
		sm_nearest_correlation(corr, d, min_eig, err) &&
		sm_cholesky(corr, d, L, err);
}
