# The README's two commands.
#   make run    install missing packages, build, and run hwk on the bundled examples/ practice
#   make test   install missing packages, build with -Werror, ASan and UBSan, run every test, then
#               fuzz every parser for FUZZ_SECONDS each (tests/fuzz/run, clang)
#   make bench  build in Release and time hwk on a generated 1,000-client practice (BENCH_ARGS=--ten: also 10×)
JOBS ?= 2
FUZZ_SECONDS ?= 10
EXAMPLE = build/hwk -C examples/practice --now 2026-11-23T21:00:00-05:00

.PHONY: run test bench build clean

run:
	.ci/install-deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
	cmake --build build -j$(JOBS)
	@echo; echo '$$ hwk client list'; $(EXAMPLE) client list
	@echo; echo '$$ hwk due'; $(EXAMPLE) due
	@echo; echo '$$ hwk plan show c-0213'; $(EXAMPLE) plan show c-0213
	@echo; echo '$$ hwk summary'; $(EXAMPLE) summary
	@echo; echo '$$ hwk review c-0042'; $(EXAMPLE) review c-0042
	@echo; echo '$$ hwk today c-0042'; $(EXAMPLE) today c-0042
	@echo; echo '$$ hwk template list'; $(EXAMPLE) template list
	@echo; echo '$$ hwk template show paced-breathing'; $(EXAMPLE) template show paced-breathing

test:
	.ci/install-deps --test
	cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DHWK_WERROR=ON -DHWK_SANITIZE=ON -DHWK_REQUIRE_TESTS=ON
	cmake --build build-test -j$(JOBS)
	ctest --test-dir build-test --output-on-failure --no-tests=error -j$(JOBS)
	JOBS=$(JOBS) tests/fuzz/run $(FUZZ_SECONDS)

bench:
	tests/bench/run $(BENCH_ARGS)

clean:
	rm -rf build build-test build-fuzz
