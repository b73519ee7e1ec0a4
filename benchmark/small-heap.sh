#!/usr/bin/env bash
# The dashboard benchmark (benchmark/run.sh) with the app in a 256 MB heap throughout (docs/benchmarks.md): the trivial
# page, a plan's dashboard and the board home, each warmed up for 20 s and measured for 180 s, 10 minutes in all, then
# the heap after a full collection and any OutOfMemoryError the app logged. Not a test.
#
#   bash benchmark/small-heap.sh [--no-build] [--keep-data]
#
# Environment: as benchmark/run.sh; HEAP (256m), DURATION (180s) and WARMUP (20s) are set here unless given.
set -euo pipefail
cd "$(dirname "$0")/.."
export HEAP=${HEAP:-256m} DURATION=${DURATION:-180s} WARMUP=${WARMUP:-20s}
exec bash benchmark/run.sh "$@"
