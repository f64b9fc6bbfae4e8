/* options.c — precis_options and the lists of algorithms and languages (precis.h).
 * Validation happens here, once, so the summarizers can trust every field. O(1) per call. */
#include "api/options.h"
#include "base/error.h"
#include "base/xalloc.h"
#include "summarize/algo.h"
#include "text/lang.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

precis_options *precis_options_new(void) {
  precis_options *o = xcalloc(1, sizeof *o);
  o->unit = PRECIS_BUDGET_WORDS;
  o->amount = 100;
  o->algo = 0;
  snprintf(o->lang, sizeof o->lang, "auto");
  o->order = PRECIS_ORDER_CHRONO;
  o->seed = 1;
  return o;
}

void precis_options_free(precis_options *opt) { free(opt); }

precis_status precis_options_set_budget(precis_options *opt, precis_budget_unit unit, double amount,
                                        precis_error *err) {
  if (!opt) return err_set(err, PRECIS_ERR_USAGE, "no options object");
  if (!isfinite(amount) || amount <= 0)
    return err_set(err, PRECIS_ERR_USAGE, "the budget must be a positive number");
  switch (unit) {
  case PRECIS_BUDGET_RATIO:
    if (amount > 1) return err_set(err, PRECIS_ERR_USAGE, "a ratio budget must be in (0, 1]");
    break;
  case PRECIS_BUDGET_WORDS:
  case PRECIS_BUDGET_SENTENCES:
  case PRECIS_BUDGET_BYTES:
    if (amount < 1 || amount != floor(amount))
      return err_set(err, PRECIS_ERR_USAGE, "the budget must be a positive whole number");
    if (amount > 1e9) return err_set(err, PRECIS_ERR_USAGE, "the budget is too large");
    break;
  default: return err_set(err, PRECIS_ERR_USAGE, "unknown budget unit");
  }
  opt->unit = unit;
  opt->amount = amount;
  return PRECIS_OK;
}

precis_status precis_options_set_algo(precis_options *opt, const char *name, precis_error *err) {
  if (!opt || !name) return err_set(err, PRECIS_ERR_USAGE, "no algorithm given");
  for (size_t i = 0; i < algo_count; i++)
    if (!strcmp(algo_table[i].name, name)) {
      opt->algo = i;
      return PRECIS_OK;
    }
  return err_set(err, PRECIS_ERR_USAGE, "unknown algorithm '%s' (known: %s)", name, algo_names_joined());
}

precis_status precis_options_set_lang(precis_options *opt, const char *code, precis_error *err) {
  if (!opt || !code) return err_set(err, PRECIS_ERR_USAGE, "no language given");
  if (strcmp(code, "auto") != 0 && (strlen(code) >= sizeof opt->lang || !lang_known(code)))
    return err_set(err, PRECIS_ERR_USAGE, "unknown language '%s' (use auto or an ISO 639-1 code precis knows)",
                   code);
  snprintf(opt->lang, sizeof opt->lang, "%s", code);
  return PRECIS_OK;
}

void precis_options_set_order(precis_options *opt, precis_order order) {
  if (opt && (order == PRECIS_ORDER_CHRONO || order == PRECIS_ORDER_RANK)) opt->order = order;
}

void precis_options_set_seed(precis_options *opt, unsigned long seed) {
  if (opt) opt->seed = seed;
}

void precis_options_set_compress(precis_options *opt, int on) {
  if (opt) opt->compress = on != 0;
}

const char *const *precis_algorithms(void) { return algo_names(); }
const char *const *precis_languages(void) { return lang_list(); }
