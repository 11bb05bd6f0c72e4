#!/usr/bin/env bash
# The whole suite: types, the web build, browser journeys, then unit and HTTP tests (node's runner prints the closing tally).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/ensure-chromium.sh
echo "› Format (Prettier) and lint (ESLint: types, React hooks, layering)"
pnpm format:check
pnpm lint
echo "› Message catalogs (every message in every language, none unused)"
pnpm --filter @composer/web i18n:check
echo "› Type-checking every package"
pnpm typecheck
echo "› Building the web app"
pnpm --filter @composer/web build
echo "› Browser journeys (Playwright, Debian Chromium)"
pnpm --filter @composer/e2e test
echo "› Unit, contract and HTTP tests (node --test)"
node --import ./web/src/test-support/register-lingui-macros.ts --test --test-concurrency=2 --test-timeout=120000 "shared/src/**/*.test.ts" "server/src/**/*.test.ts" "web/src/**/*.test.ts" "web/build/**/*.test.ts"
