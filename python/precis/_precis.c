/* _precis.c — the C half of the Python module: converts Python arguments to the public API's
 * types (include/precis.h), runs the work with the GIL released, and hands back text (JSON,
 * Markdown, HTML) or tuples; precis/__init__.py turns JSON into dicts. Errors become
 * precis.Error carrying the library's one-line message and its status code. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <precis.h>
#include <stdlib.h>
#include <string.h>

static PyObject *precis_error_type;

static PyObject *raise(const precis_error *err) {
  PyObject *args = Py_BuildValue("(si)", err->message, (int)err->status);
  if (args) {
    PyErr_SetObject(precis_error_type, args);
    Py_DECREF(args);
  }
  return NULL;
}

/* One article's fields, copied out of Python objects so the GIL can be released. */
typedef struct article {
  char *field[7]; /* id title date source url lang text */
  size_t len;     /* of text */
} article;
static const char *const article_keys[7] = {"id", "title", "date", "source", "url", "lang", "text"};

static char *copy_str(PyObject *o, size_t *len) {
  Py_ssize_t n;
  const char *s = PyUnicode_AsUTF8AndSize(o, &n);
  if (!s) return NULL;
  char *c = malloc((size_t)n + 1);
  if (!c) return (char *)PyErr_NoMemory();
  memcpy(c, s, (size_t)n + 1);
  if (len) *len = (size_t)n;
  return c;
}

static void articles_free(article *as, size_t n) {
  for (size_t i = 0; i < n; i++)
    for (int k = 0; k < 7; k++) free(as[i].field[k]);
  free(as);
}

/* A sequence of str (the text) or dicts with "text" and optional metadata keys. */
static article *articles_from(PyObject *seq, size_t *n) {
  PyObject *fast = PySequence_Fast(seq, "articles must be a sequence of str or dict");
  if (!fast) return NULL;
  Py_ssize_t count = PySequence_Fast_GET_SIZE(fast);
  article *as = calloc(count ? (size_t)count : 1, sizeof *as);
  if (!as) {
    Py_DECREF(fast);
    return (article *)PyErr_NoMemory();
  }
  for (Py_ssize_t i = 0; i < count; i++) {
    PyObject *o = PySequence_Fast_GET_ITEM(fast, i);
    if (PyUnicode_Check(o)) {
      if (!(as[i].field[6] = copy_str(o, &as[i].len))) goto fail;
      continue;
    }
    if (!PyDict_Check(o)) {
      PyErr_Format(PyExc_TypeError, "article %zd is neither a str nor a dict", i);
      goto fail;
    }
    for (int k = 0; k < 7; k++) {
      PyObject *v = PyDict_GetItemString(o, article_keys[k]);
      if (!v || v == Py_None) continue;
      if (!PyUnicode_Check(v)) {
        PyErr_Format(PyExc_TypeError, "article %zd: \"%s\" must be a str", i, article_keys[k]);
        goto fail;
      }
      if (!(as[i].field[k] = copy_str(v, k == 6 ? &as[i].len : NULL))) goto fail;
    }
    if (!as[i].field[6]) {
      PyErr_Format(PyExc_ValueError, "article %zd has no \"text\"", i);
      goto fail;
    }
  }
  Py_DECREF(fast);
  *n = (size_t)count;
  return as;
fail:
  Py_DECREF(fast);
  articles_free(as, (size_t)count);
  return NULL;
}

static precis_corpus *corpus_of(const article *as, size_t n, precis_error *err) {
  precis_corpus *c = precis_corpus_new("python");
  for (size_t i = 0; i < n; i++) {
    precis_article_in a = {as[i].field[0], as[i].field[1], as[i].field[2], as[i].field[3],
                           as[i].field[4], as[i].field[5], as[i].field[6], as[i].len};
    if (precis_corpus_add(c, &a, err) != PRECIS_OK) {
      precis_corpus_free(c);
      return NULL;
    }
  }
  return c;
}

static int options_from(precis_options *opt, long words, long sentences, const char *algo,
                        const char *lang, precis_error *err) {
  if (sentences > 0 &&
      precis_options_set_budget(opt, PRECIS_BUDGET_SENTENCES, (double)sentences, err) != PRECIS_OK)
    return -1;
  if (sentences <= 0 &&
      precis_options_set_budget(opt, PRECIS_BUDGET_WORDS, (double)words, err) != PRECIS_OK)
    return -1;
  if (algo && precis_options_set_algo(opt, algo, err) != PRECIS_OK) return -1;
  if (lang && precis_options_set_lang(opt, lang, err) != PRECIS_OK) return -1;
  return 0;
}

static precis_format format_of(const char *name, int *ok) {
  *ok = 1;
  if (!strcmp(name, "json")) return PRECIS_FORMAT_JSON;
  if (!strcmp(name, "md")) return PRECIS_FORMAT_MD;
  if (!strcmp(name, "text")) return PRECIS_FORMAT_TEXT;
  if (!strcmp(name, "html")) return PRECIS_FORMAT_HTML;
  *ok = 0;
  return PRECIS_FORMAT_TEXT;
}

/* The work shared by summarize and digest, GIL released: corpus, summary, render. */
static PyObject *run(PyObject *args, PyObject *kw, int want_digest) {
  static char *kwlist[] = {"articles", "words", "sentences", "algo", "lang", "format", NULL};
  PyObject *seq;
  long words = 100, sentences = 0;
  const char *algo = NULL, *lang = NULL, *fmt_name = "json";
  if (!PyArg_ParseTupleAndKeywords(args, kw, "O|llzzs", kwlist, &seq, &words, &sentences, &algo,
                                   &lang, &fmt_name))
    return NULL;
  int ok;
  precis_format fmt = format_of(fmt_name, &ok);
  if (!ok || (!want_digest && fmt == PRECIS_FORMAT_HTML) || (want_digest && fmt == PRECIS_FORMAT_TEXT))
    return PyErr_Format(PyExc_ValueError, "unknown format '%s'", fmt_name);
  size_t n = 0;
  article *as = articles_from(seq, &n);
  if (!as) return NULL;
  precis_error err = {0};
  char *out = NULL;
  size_t len = 0;
  precis_options *opt = precis_options_new();
  int failed = options_from(opt, words, sentences, algo, lang, &err) != 0;
  Py_BEGIN_ALLOW_THREADS
  precis_corpus *c = failed ? NULL : corpus_of(as, n, &err);
  if (c) {
    precis_summary *s = precis_summarize(c, opt, &err);
    if (want_digest) {
      precis_digest *d = precis_digest_new(c, s, &err);
      out = precis_digest_render(d, fmt, &len);
      precis_digest_free(d);
    } else if (s) {
      out = precis_render_summary(s, c, fmt, 0, &len);
    }
    precis_summary_free(s);
    precis_corpus_free(c);
  }
  Py_END_ALLOW_THREADS
  precis_options_free(opt);
  articles_free(as, n);
  if (!out) return raise(&err);
  PyObject *r = PyUnicode_DecodeUTF8(out, (Py_ssize_t)len, "strict");
  free(out);
  return r;
}

static PyObject *py_summarize(PyObject *self, PyObject *args, PyObject *kw) { return run(args, kw, 0); }
static PyObject *py_digest(PyObject *self, PyObject *args, PyObject *kw) { return run(args, kw, 1); }

static PyObject *py_rouge(PyObject *self, PyObject *args, PyObject *kw) {
  static char *kwlist[] = {"peer", "references", "flags", "unicode", NULL};
  PyObject *peer_o, *refs_o;
  const char *flags = "-n 2";
  int unicode = 0;
  if (!PyArg_ParseTupleAndKeywords(args, kw, "UO|zp", kwlist, &peer_o, &refs_o, &flags, &unicode))
    return NULL;
  if (PyUnicode_Check(refs_o)) return PyErr_Format(PyExc_TypeError, "references must be a list of str");
  PyObject *fast = PySequence_Fast(refs_o, "references must be a list of str");
  if (!fast) return NULL;
  size_t n = (size_t)PySequence_Fast_GET_SIZE(fast);
  char **refs = calloc(n ? n : 1, sizeof *refs);
  char *peer = copy_str(peer_o, NULL);
  PyObject *result = NULL;
  if (!refs || !peer) goto done;
  for (size_t i = 0; i < n; i++) {
    PyObject *o = PySequence_Fast_GET_ITEM(fast, (Py_ssize_t)i);
    if (!PyUnicode_Check(o)) {
      PyErr_Format(PyExc_TypeError, "reference %zu is not a str", i);
      goto done;
    }
    if (!(refs[i] = copy_str(o, NULL))) goto done;
  }
  precis_error err = {0};
  precis_rouge_metric m[PRECIS_ROUGE_MAX_METRICS];
  size_t count = 0;
  precis_status st;
  Py_BEGIN_ALLOW_THREADS
  precis_rouge *r = precis_rouge_new(flags, unicode, &err);
  st = r ? precis_rouge_score(r, peer, (const char *const *)refs, n, m, &count, &err) : err.status;
  precis_rouge_free(r);
  Py_END_ALLOW_THREADS
  if (st != PRECIS_OK) {
    raise(&err);
    goto done;
  }
  result = PyDict_New();
  for (size_t i = 0; result && i < count; i++) {
    PyObject *v = Py_BuildValue("{s:d,s:d,s:d}", "recall", m[i].recall, "precision", m[i].precision,
                                "f", m[i].f);
    if (!v || PyDict_SetItemString(result, m[i].name, v) < 0) Py_CLEAR(result);
    Py_XDECREF(v);
  }
done:
  for (size_t i = 0; refs && i < n; i++) free(refs[i]);
  free(refs);
  free(peer);
  Py_DECREF(fast);
  return result;
}

static PyObject *py_version(PyObject *self, PyObject *unused) { return PyUnicode_FromString(precis_version()); }

static PyMethodDef methods[] = {
    {"summarize", (PyCFunction)(void (*)(void))py_summarize, METH_VARARGS | METH_KEYWORDS,
     "summarize(articles, words=100, sentences=0, algo=None, lang=None, format='json') -> str"},
    {"digest", (PyCFunction)(void (*)(void))py_digest, METH_VARARGS | METH_KEYWORDS,
     "digest(articles, words=100, sentences=0, algo=None, lang=None, format='json') -> str"},
    {"rouge", (PyCFunction)(void (*)(void))py_rouge, METH_VARARGS | METH_KEYWORDS,
     "rouge(peer, references, flags='-n 2', unicode=False) -> {metric: {recall, precision, f}}"},
    {"version", py_version, METH_NOARGS, "the library's version"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "precis._precis",
                                    "C half of the precis module (see precis/__init__.py)", -1,
                                    methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__precis(void) {
  PyObject *m = PyModule_Create(&module);
  if (!m) return NULL;
  precis_error_type = PyErr_NewExceptionWithDoc(
      "precis.Error", "A precis failure: args are (message, status), status as in docs/CLI.md.",
      PyExc_Exception, NULL);
  if (!precis_error_type || PyModule_AddObject(m, "Error", precis_error_type) < 0) {
    Py_XDECREF(precis_error_type);
    Py_DECREF(m);
    return NULL;
  }
  Py_INCREF(precis_error_type);
  return m;
}
