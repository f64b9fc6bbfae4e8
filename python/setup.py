# setup.py — builds the `precis` Python module: a C extension over libprecis's public API
# (include/precis.h) and nothing else. It links the static libprecis.a (whose internal symbols are
# local, so nothing collides with other extensions) and the Debian libraries it needs, found with
# pkg-config. Where the library comes from, in order:
#   PRECIS_BUILD_DIR=...   a CMake build tree of precis (libprecis.a, include/precis_version.h)
#   ../build               the repository's own build, after `make` (the usual case)
#   pkg-config precis      an installed precis (`make install`)
# Offline: `pip install --no-build-isolation ./python` (setuptools from Debian, no download).
import os
import shlex
import subprocess

from setuptools import Extension, setup

here = os.path.dirname(os.path.abspath(__file__))


def pkg_config(*args):
    out = subprocess.run(["pkg-config", *args], check=True, capture_output=True, text=True).stdout
    return shlex.split(out)


def library():
    """(include dirs, extra objects, link flags) for libprecis."""
    deps = ["icu-uc", "icu-i18n", "libcjson", "libxml-2.0", "zlib", "sqlite3", "libmicrohttpd"]
    dep_libs = pkg_config("--libs", *deps) + ["-lstemmer", "-lglpk", "-lm"]
    build = os.environ.get("PRECIS_BUILD_DIR") or os.path.join(here, "..", "build")
    archive = os.path.join(build, "libprecis.a")
    if os.path.exists(archive):
        source = os.path.join(here, "..")  # the tree the build was configured from, as CMake says
        for line in open(os.path.join(build, "CMakeCache.txt")):
            if line.startswith("CMAKE_HOME_DIRECTORY:INTERNAL="):
                source = line.split("=", 1)[1].strip()
        incs = [os.path.join(source, "include"), os.path.join(build, "include")]
        return incs, [archive], dep_libs
    cflags = pkg_config("--cflags", "precis")
    libdir = pkg_config("--variable=libdir", "precis")[0]
    incs = [f[2:] for f in cflags if f.startswith("-I")]
    return incs, [os.path.join(libdir, "libprecis.a")], dep_libs


def version(incs):
    """The library's version, from the precis_version.h CMake generated (its one source)."""
    for d in incs:
        path = os.path.join(d, "precis_version.h")
        if os.path.exists(path):
            for line in open(path):
                if line.startswith("#define PRECIS_VERSION_STRING"):
                    return line.split('"')[1]
    raise SystemExit("precis: precis_version.h not found: build precis first (make)")


incs, objects, libs = library()
setup(
    name="precis",
    version=version(incs),
    description="News articles in; events, summaries with provenance, digests and ROUGE out",
    packages=["precis"],
    ext_modules=[
        Extension(
            "precis._precis",
            sources=["precis/_precis.c"],
            include_dirs=incs,
            extra_objects=objects,
            extra_link_args=libs,
            extra_compile_args=["-std=c11", "-Wall", "-Werror"],
        )
    ],
)
