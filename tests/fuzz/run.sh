#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer on) in their own build
# folder and runs each for a bounded time on a copy of its seed corpus. Any crash, leak or sanitizer report fails.
# Usage: run.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]
set -euo pipefail
source_dir=$1
build_dir=$2
seconds=${3:-60}
if ! command -v clang++ >/dev/null; then
    echo "clang++ is missing (Debian: clang, libclang-rt-14-dev)" >&2
    exit 1
fi
cmake -S "$source_dir" -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DACTIONPLANS_FUZZ=ON >"$build_dir.log" 2>&1 || { cat "$build_dir.log"; exit 1; }
cmake --build "$build_dir" -j"$(nproc)" --target fuzz_csv fuzz_planfile fuzz_xlsx >>"$build_dir.log" 2>&1 \
    || { tail -50 "$build_dir.log"; exit 1; }
for target in csv planfile xlsx; do
    corpus="$build_dir/corpus-$target"
    rm -rf "$corpus" && mkdir -p "$corpus"
    cp "$source_dir/tests/fuzz/corpus/$target/"* "$corpus/"
    echo "fuzz_$target: ${seconds} s"
    QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$build_dir/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=200000 -timeout=20 \
        -rss_limit_mb=2048 -artifact_prefix="$build_dir/crash-$target-" -print_final_stats=1 "$corpus" 2>&1 \
        | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==|SUMMARY|Test unit written)" || true
    if ls "$build_dir"/crash-"$target"-* >/dev/null 2>&1; then
        echo "fuzz_$target found a crash: $(ls "$build_dir"/crash-"$target"-*)" >&2
        exit 1
    fi
done
