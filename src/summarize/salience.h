/* salience.h — the tunable parameters of the default algorithm (algo_salience.c).
 *
 * The library ships one fixed parameter vector. bench/tune_salience.c searches it on the
 * development sets: it overrides the vector for its own process, runs `precis eval` in-process,
 * and prints the best vector found, which is then pasted into algo_salience.c. Nothing else
 * overrides it.
 */
#ifndef PRECIS_SALIENCE_H
#define PRECIS_SALIENCE_H

enum { SALIENCE_NPARAMS = 8 };
extern const char *const salience_param_names[SALIENCE_NPARAMS];
/* The shipped vector. */
void salience_params_default(double *out);
/* Replaces the vector for this process (NULL restores the shipped one). Tuning only: call it
 * while no summary is being computed. */
void salience_params_override(const double *values);

#endif
