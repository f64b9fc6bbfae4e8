# Front door: `make example` builds and summarizes the bundled example; `make check` builds and runs
# the whole test suite twice (plain Release build, then ASan+UBSan). Both install missing Debian
# build dependencies through scripts/install-deps.sh first.
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BUILD ?= build
ASAN_BUILD ?= build-asan

.PHONY: all deps test-deps build example check test test-asan bench clean
all: build

deps:
	@./scripts/install-deps.sh

test-deps:
	@./scripts/install-deps.sh --test

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

example: build
	./$(BUILD)/precis summarize examples/caspian-flood/

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DPRECIS_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

check: test-deps

	@./scripts/check.sh

bench: build
	./bench/run.sh

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
