#!/usr/bin/env bash
# `pnpm bench`: every benchmark, each comparing two things in the same run and printing its target.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/ensure-chromium.sh
pnpm --filter @composer/web build > /dev/null
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, Node $(node --version), $(date -u +%Y-%m-%d)"
for bench in server/bench/proxy-overhead.bench.ts server/bench/bulk-streaming.bench.ts e2e/bench/composer-responsiveness.bench.ts e2e/bench/first-load.bench.ts e2e/bench/bulk-analysis.bench.ts; do
  echo
  # The composer bench reads the web app's model, whose messages are Lingui macros: compiled as the tests do.
  node --import ./web/src/test-support/register-lingui-macros.ts "$bench"
done
