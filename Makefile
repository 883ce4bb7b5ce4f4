SHELL := /bin/bash
# allot — see README.md. `make demo` and `make test` need nothing installed beforehand:
# both run `make setup`, which installs the Debian packages that are missing (idempotent).
# allot opens poppler-glib and cairo with dlopen (libpoppler-glib8, libcairo2, libglib2.0-0, which
# libpoppler-glib-dev brings); the -dev package's headers build the floor (`make bench`) and hold
# CPoppler's own declarations to them (CPopplerShimTests).

SWIFT ?= swift
APT_PACKAGES := libpoppler-glib-dev libpoppler-private-dev poppler-data poppler-utils libxml2-dev libfreexl-dev libxlsxwriter-dev libssl-dev zlib1g-dev pkg-config python3-venv \
	libtesseract-dev tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-osd chromium fonts-wqy-microhei
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN = $$($(SWIFT) build -c release --show-bin-path)/allot
DEBUG_BIN = $$($(SWIFT) build --show-bin-path)/allot

.PHONY: setup build release install test demo fixtures reference-data accuracy bench fuzz stress clean

setup:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	else echo "setup: system packages present"; fi
	@if [ ! -x .venv/bin/frictionless ] || ! .venv/bin/python -c "import duckdb, pandas, openpyxl" 2>/dev/null; then \
	  echo "setup: creating .venv with the data package validator and the loading recipes' libraries"; \
	  python3 -m venv .venv && .venv/bin/pip install -q -r Scripts/requirements-validate.txt; \
	else echo "setup: .venv present"; fi

build: setup
	$(SWIFT) build

# The optimized `allot`, linked as `make install` ships it (the Swift libraries static, see
# install): `make bench`, `accuracy` and `stress` measure this binary, and `make install` after it
# only copies. Static, one `allot check` costs 30 M instructions fewer than linked against the
# Swift shared libraries (243 M against 273 M on jxzf-2022-125, callgrind): the dynamic loader
# binds 28.7 K symbols instead of 36.2 K, in 93 libraries instead of 107 (README, "The cost of
# one run").
release: setup
	$(SWIFT) build $(RELEASE_FLAGS) --product allot

# One self-contained binary (Swift standard library linked statically), its man page generated from
# the command line's own help, and bash, zsh and fish completions, under PREFIX (DESTDIR for packagers).
# INSTALL_CONFIG=debug links the objects `swift build` already compiled (seconds; `make test` does so
# to test the installed tree) instead of a release build (many minutes on 2 cores).
# The static Swift libraries are grouped so the linker resolves their references to each other in
# any order (without the group, a debug link misses ICU, collections and CoreFoundation symbols).
# An object the static build compiles records the static libraries for the linker (autolink
# entries -lCoreFoundation, -l_FoundationCShims …). In debug, the incremental build shares those
# objects with `swift build`, whose plain link of them fails (`cannot find -lCoreFoundation`): so a
# plain debug build compiles first and the static build only links. (A release build compiles
# again whenever the flags change, both ways, so nothing stale is linked there.)
PREFIX ?= /usr/local
INSTALL_CONFIG ?= release
STATIC_LIBS := Foundation CoreFoundation FoundationInternationalization _FoundationICU FoundationEssentials \
	_FoundationCollections _FoundationCShims swiftSynchronization swift_RegexParser swift_StringProcessing swiftCore \
	swift_Concurrency dispatch BlocksRuntime
STATIC_LINK := --static-swift-stdlib -Xlinker --start-group \
	$(foreach lib,$(STATIC_LIBS),-Xlinker -l$(lib)) -Xlinker --end-group
# Optimized builds reach generic type metadata through the types' accessor functions, not by
# mangled name: a mangled name is demangled at its first use and each of its generic requirements
# (a Set element's Hashable, a dictionary key's) looked up by scanning every protocol conformance
# record of the binary (6,600 in the static link, about 170 K instructions a scan). The accessors
# are handed the witness tables the compiler already knows (README, "Start-up: libcrypto, the
# reference data, generic metadata, session 35").
# Not for debug builds: `make test` links the objects `swift build` compiled, with its flags.
METADATA_FLAGS := -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
STATIC_FLAGS := -c $(INSTALL_CONFIG) $(STATIC_LINK) $(if $(filter release,$(INSTALL_CONFIG)),$(METADATA_FLAGS))
RELEASE_FLAGS := -c release $(STATIC_LINK) $(METADATA_FLAGS)
install: setup
	$(if $(filter debug,$(INSTALL_CONFIG)),$(SWIFT) build -c debug --product allot)
	$(SWIFT) build $(STATIC_FLAGS) --product allot
	@bin=$$($(SWIFT) build $(STATIC_FLAGS) --show-bin-path); root="$(DESTDIR)$(PREFIX)"; set -e; \
	install -d "$$root/bin" "$$root/share/man/man1" "$$root/share/bash-completion/completions" \
	  "$$root/share/zsh/site-functions" "$$root/share/fish/vendor_completions.d"; \
	install -m 755 "$$bin/allot" "$$root/bin/allot"; \
	for bundle in "$$bin"/*.resources; do [ -e "$$bundle" ] || continue; \
	  rm -rf "$$root/bin/$$(basename "$$bundle")"; cp -R "$$bundle" "$$root/bin/"; done; \
	"$$bin/allot" --experimental-dump-help | python3 Scripts/make_manpage.py > "$$root/share/man/man1/allot.1"; \
	"$$bin/allot" --generate-completion-script bash > "$$root/share/bash-completion/completions/allot"; \
	"$$bin/allot" --generate-completion-script zsh > "$$root/share/zsh/site-functions/_allot"; \
	"$$bin/allot" --generate-completion-script fish > "$$root/share/fish/vendor_completions.d/allot.fish"; \
	echo "installed $$root/bin/allot, $$root/share/man/man1/allot.1 and shell completions"

# The CLI tests run the built `allot` executable: build every product first, then test. The tests
# run without building again (the static install leaves .build/debug/allot linked statically; a
# later `swift build` links it again as usual). The suite is XCTest only; the last line is the
# plain "N passed, N failed" count of the XCTest summary.
test: setup
	$(SWIFT) build --build-tests
	@$(MAKE) --no-print-directory install INSTALL_CONFIG=debug PREFIX=$(CURDIR)/.build/install-test >/dev/null
	@ALLOT_REQUIRE_CHROMIUM=1 $(SWIFT) test --skip-build --disable-swift-testing 2>&1 | tee .test-output.log; status=$${PIPESTATUS[0]}; \
	summary=$$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with" .test-output.log | tail -1); \
	total=$$(echo "$$summary" | sed -E 's/.*Executed ([0-9]+) tests?.*/\1/'); \
	failed=$$(echo "$$summary" | sed -E 's/.* ([0-9]+) failures?.*/\1/'); \
	skipped=$$(echo "$$summary" | sed -nE 's/.*with ([0-9]+) tests? skipped.*/\1/p'); \
	skipped=$${skipped:-0}; \
	if [ -n "$$total" ] && [ -n "$$failed" ]; then \
	  echo "tests: $$((total - failed - skipped)) passed, $$failed failed, $$skipped skipped"; fi; \
	exit $$status

# A new user's first command: a debug build of the allot product only (minutes from a fresh clone,
# where an optimized build of everything takes over twenty on 2 busy cores), shared with `make test`;
# the fixtures it reads take it seconds all the same. `make bench`, `accuracy` and `stress` keep the
# release build.
demo: setup
	$(SWIFT) build --product allot
	@echo "== allot rebuild Fixtures/notices Fixtures/html/*.html --out dataset"
	@$(DEBUG_BIN) rebuild Fixtures/notices Fixtures/html/*.html --out dataset --allow-failures
	@echo "== allot check Fixtures/notices (exit 1 means: mismatches found, as expected for the misprint fixtures)"
	@$(DEBUG_BIN) check Fixtures/notices; echo "allot check exit status: $$?"
	@echo "== dataset"; wc -l dataset/*.csv
	@.venv/bin/python Scripts/validate_datapackage.py dataset

fixtures:
	python3 Scripts/make_fixtures.py
	python3 Scripts/make_html_fixtures.py
	python3 Scripts/make_bad_fixtures.py
	python3 Scripts/make_fiscal_fixtures.py
	python3 Scripts/make_cross_fixtures.py
	python3 Scripts/make_property_fixtures.py
	python3 Scripts/make_property2_fixtures.py
	python3 Scripts/make_property3_fixtures.py
	python3 Scripts/make_office_fixtures.py

# Coverage-guided fuzzing (libFuzzer) of the extractors' Swift side for FUZZ_SECONDS; new inputs
# that reach new code go to Fixtures/fuzz/ (replayed by the tests). Not part of `make test`. A debug
# build: it compiles in minutes where -O takes a quarter of an hour, and traps on overflow alike.
FUZZ_SECONDS ?= 180
fuzz: setup
	$(SWIFT) build --product allot-fuzz --build-path .build-fuzz \
	  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DFUZZING -Xlinker --allow-multiple-definition
	Scripts/fuzz.sh $(FUZZ_SECONDS)

# Concurrent writers (ingest and rebuild) on one dataset folder with random SIGKILLs; then
# integrity_check, CSV = SQLite, the data package and every completed command's notices are checked.
STRESS_SECONDS ?= 60
stress: release
	@if [ ! -x .venv/bin/python ]; then $(MAKE) setup; fi
	python3 Scripts/stress.py --seconds $(STRESS_SECONDS)

# The reference data compiled into the binary, regenerated from Sources/AllotReferenceData/Data/.
reference-data:
	python3 Scripts/generate_reference_data.py

clean:
	rm -rf .build dataset

accuracy: release
	python3 Scripts/accuracy.py

# The benchmark generates its corpus with the fixture generator (fonts + reportlab), builds the floor
# (Scripts/floor/floor.c, cc + pkg-config), profiles stages with callgrind (valgrind) and runs the
# peers (pdfplumber, camelot) from their own virtual environment.
BENCH_PACKAGES := fonts-arphic-gbsn00lp fonts-wqy-microhei valgrind gcc time
bench: release
	@missing=""; for p in $(BENCH_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	@if [ ! -x .venv-bench/bin/python ] || ! .venv-bench/bin/python -c "import camelot, pdfplumber, reportlab" 2>/dev/null; then \
	  python3 -m venv .venv-bench && .venv-bench/bin/pip install -q -r Scripts/requirements-bench.txt; fi
	.venv-bench/bin/python Scripts/bench.py
	.venv-bench/bin/python Scripts/bench_scaling.py
