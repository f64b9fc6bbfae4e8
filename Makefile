# Front door: `make example` builds and summarizes the bundled example; `make check` builds and runs
# the whole test suite twice (plain Release build, then ASan+UBSan). Both install missing Debian
# build dependencies through scripts/install-deps.sh first. `make install` (PREFIX, DESTDIR) installs
# the binary, both libraries, the headers, precis.pc, the CMake package config and the man pages.
# Builds are quiet: the compiler's log is printed only when the build fails.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan
PREFIX ?= /usr/local
# Runs a build quietly, printing its whole log if it fails.
QUIET = log=$$(mktemp); if $(1) >$$log 2>&1; then rm -f $$log; else cat $$log; rm -f $$log; exit 1; fi

.PHONY: all deps test-deps build example check test test-asan bench install clean
all: build

deps:
	@./scripts/install-deps.sh

test-deps:
	@./scripts/install-deps.sh --test

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) >/dev/null
	@$(call QUIET,cmake --build $(BUILD) -j $(JOBS))

example: build
	./$(BUILD)/precis summarize examples/caspian-flood/

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON >/dev/null
	@$(call QUIET,cmake --build $(ASAN_BUILD) -j $(JOBS))
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

check: test-deps

	@./scripts/check.sh

install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD)

bench: build
	./bench/run.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
