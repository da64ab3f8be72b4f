#!/usr/bin/env bash
# Sets everything up (scripts/setup.sh) and runs all the tests: the pallet's unit, property and
# benchmark tests, the runtime's tests (its Wasm blob included), the integration tests that run
# the real runtime through real block production, the runtime's try-runtime checks on a populated
# chain, a bounded fuzzer run, the end-to-end tests that drive the dev node (built with the
# `fast-runtime` feature) through polkadot.js and chopsticks, the relayer's end-to-end test, and
# the staking page's tests in headless Chromium against that node (screenshots in
# web/screenshots/). After the builds, the tests run in two lanes at once (`lanes` below).
#
# One build serves every Rust test: one profile (dev, with the crates that execute the runtime
# optimised, see the root Cargo.toml) and one feature set (`runtime-benchmarks` and `try-runtime`
# together, as polkadot-sdk's own CI tests its pallets), so the dependencies compile once. The
# end-to-end node adds only `fast-runtime`, which recompiles the runtime crate, its Wasm and the
# node, nothing else. Each step prints its duration, a summary closes the run, and every build
# prints its longest crates (from `cargo --timings`; the full report is in
# `$CARGO_TARGET_DIR/cargo-timings/`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# The feature set of every Rust test, named per crate. The node's `runtime-benchmarks` (the
# benchmark CLI, frame-benchmarking-cli, and the node's benchmark chain and extrinsic builders)
# is in it, so that clippy lints that code and `node/tests/benchmark.rs` runs each builder; the
# default build (`scripts/run.sh`, `cargo build`) has none of it.
FEATURES="pallet-liquid-staking/runtime-benchmarks,pallet-liquid-staking/try-runtime"
FEATURES+=",pallet-liquid-staking-bridge/runtime-benchmarks,pallet-liquid-staking-bridge/try-runtime"
FEATURES+=",pallet-liquid-staking-fuzzer/runtime-benchmarks"
FEATURES+=",liquid-staking-runtime/runtime-benchmarks,liquid-staking-runtime/try-runtime"
FEATURES+=",liquid-staking-integration-tests/try-runtime,liquid-staking-integration-tests/runtime-benchmarks"
FEATURES+=",liquid-staking-node/runtime-benchmarks"
# frame-benchmarking-cli's storage-access test runtime: its Wasm (for `benchmark storage
# --mode validate-block`) is not used here and cannot be located from this workspace.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
# The fuzzer's run: with seed 0, 60,000 calls reach 118 outcomes (a call that succeeded, a call
# refused with a given error); the run fails if one of them is missing (fuzzer/coverage.txt,
# written by a 60,000-call run with seed 0).
FUZZ_CALLS="${FUZZ_CALLS:-60000}"
FUZZ_SEED="${FUZZ_SEED:-0}"
FUZZ_COVERAGE=()
if [ "$FUZZ_SEED" = 0 ]; then FUZZ_COVERAGE=(--expect-coverage fuzzer/coverage.txt); fi

# Every step's duration, one line each (a file: steps that run in a lane, a subshell, add theirs).
STEPS_FILE="$(mktemp)"
LANES_DIR="$(mktemp -d)"
CURRENT_STEP=""
RUN_START=$SECONDS
summary() {
	local rc=$?
	# Lanes still running when a step failed or the run was interrupted: stopped (each kills the
	# processes it started on the way out).
	local pids
	pids="$(jobs -p)"
	if [ -n "$pids" ]; then
		kill $pids 2>/dev/null || true
		wait 2>/dev/null || true
	fi
	echo
	echo "== step durations"
	cat "$STEPS_FILE"
	local total=$((SECONDS - RUN_START))
	printf '%-76s %3dm%02ds\n' "total" $((total / 60)) $((total % 60))
	[ "$rc" -eq 0 ] || echo "FAILED (exit $rc) in: $CURRENT_STEP"
	rm -rf "$STEPS_FILE" "$LANES_DIR"
}
trap summary EXIT

# step NAME COMMAND...: runs COMMAND, prints and records how long it took.
step() {
	local name="$1"
	shift
	echo
	echo "== $name"
	CURRENT_STEP="$name"
	local t0=$SECONDS
	"$@"
	local dt=$((SECONDS - t0))
	printf '%-76s %3dm%02ds\n' "$name" $((dt / 60)) $((dt % 60)) >>"$STEPS_FILE"
	printf -- '-- %s: %dm%02ds\n' "$name" $((dt / 60)) $((dt % 60))
}

# lanes FUNCTION...: runs the functions at once, each in a subshell of its own (a lane: its
# steps one after the other), its output in a file that is printed whole when the lane ends.
# Fails, once every lane has ended, if one of them failed. The end-to-end suites spend most of
# their time waiting for blocks: run side by side, they share the two cores.
lanes() {
	local -A lane_of=()
	local lane pid
	for lane in "$@"; do
		(
			set -e
			"$lane"
		) >"$LANES_DIR/$lane.log" 2>&1 &
		lane_of[$!]="$lane"
		echo "-- lane $lane started"
	done
	local failed=()
	while [ "${#lane_of[@]}" -gt 0 ]; do
		local rc=0
		wait -n -p pid "${!lane_of[@]}" || rc=$?
		lane="${lane_of[$pid]}"
		unset "lane_of[$pid]"
		echo
		echo "======== lane $lane (exit $rc) ========"
		cat "$LANES_DIR/$lane.log"
		[ "$rc" -eq 0 ] || failed+=("$lane")
	done
	if [ "${#failed[@]}" -gt 0 ]; then
		CURRENT_STEP="lanes: ${failed[*]} (their steps above)"
		return 1
	fi
}

# timed_cargo ARGS...: a cargo build with --timings, then its longest crates.
timed_cargo() {
	cargo "$@" --timings
	# A report only: a change of its format must not fail the run.
	node scripts/timings.mjs "$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html" 12 ||
		echo "(no timings report)"
}

step "setup" bash scripts/setup.sh --browser
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/liquid-staking/target}"
mkdir -p "$CARGO_TARGET_DIR"
# The end-to-end node and the fuzzer, copied out of target/debug/ once built: `cargo test`
# places the node that node/tests/benchmark.rs runs (built without fast-runtime) there again.
BINS_DIR="$CARGO_TARGET_DIR/end-to-end"
NODE_BIN="$BINS_DIR/liquid-staking-node"
FUZZER_BIN="$BINS_DIR/liquid-staking-fuzzer"

step "formatting" cargo fmt --all --check

# The contracts' committed artifacts (ABI and bytecode, which the Rust bindings are generated
# from) must be what the sources compile to with the pinned solc-js.
contracts_artifacts() { (cd contracts && npm run --silent check); }
step "contracts: the committed artifacts match the sources (solc-js)" contracts_artifacts

# Lints in the build itself: clippy-driver compiles the workspace's crates (as `cargo clippy`
# has it do, through RUSTC_WORKSPACE_WRAPPER, with the arguments `cargo clippy -- -D warnings`
# passes it in CLIPPY_ARGS), so every crate and target is linted, warnings denied, by the same
# compilation that builds the tests, and the dependencies compile once, not a second time in
# check mode. Every cargo command below runs with these two variables: a build without them
# would compile the workspace's crates again.
export RUSTC_WORKSPACE_WRAPPER="$(rustc --print sysroot)/bin/clippy-driver"
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"

step "build and lints: every test of the workspace, one feature set, clippy, warnings denied" \
	timed_cargo test --workspace --locked --no-run --features "$FEATURES"

build_bins() {
	timed_cargo build --workspace --bins --locked --features "$FEATURES,liquid-staking-runtime/fast-runtime"
	mkdir -p "$BINS_DIR"
	cp "$CARGO_TARGET_DIR/debug/liquid-staking-node" "$CARGO_TARGET_DIR/debug/liquid-staking-fuzzer" "$BINS_DIR/"
}
step "build: the end-to-end node (+ fast-runtime) and the fuzzer" build_bins

# What runs the Rust tests' binaries and the fuzzer, then the polkadot.js end-to-end tests (the
# load tests among them use both cores), beside what mostly waits: the relayer end to end
# (anvil's and the node's block times) and the page in Chromium.
rust_tests() {
	cargo test --workspace --locked --features "$FEATURES"
}
fuzzer() {
	"$FUZZER_BIN" --calls "$FUZZ_CALLS" --seed "$FUZZ_SEED" "${FUZZ_COVERAGE[@]}"
}
e2e() { (cd tests/e2e && NODE_BIN="$NODE_BIN" npm test); }
tests_lane() {
	step "tests: pallet (unit, property, benchmarks), runtime, integration, try-runtime" rust_tests
	step "fuzzer: $FUZZ_CALLS random calls, invariants after each, conservation, coverage" fuzzer
	step "end-to-end tests: polkadot.js against the dev node" e2e
}

# The relayer end to end: the fast-runtime node, three anvil chains with the vaults and the
# staking stand-ins, three relayer processes (relayer/tests/e2e.rs). The test build above built
# it; this runs it alone, with the node.
relayer_e2e() {
	NODE_BIN="$NODE_BIN" cargo test --workspace --locked --features "$FEATURES" --test e2e \
		-- --ignored --nocapture
}
web() { (cd web && NODE_BIN="$NODE_BIN" npm test); }
bridge_and_page_lane() {
	step "end-to-end: three relayers between the dev node and anvil chains" relayer_e2e
	step "the staking page in Chromium: stake, convert, unstake, claim" web
}

CURRENT_STEP="lanes"
lanes tests_lane bridge_and_page_lane
