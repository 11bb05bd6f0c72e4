#!/usr/bin/env bash
# Runs a root package.json script under Node 24 and pnpm 10 on any machine that has Node and npm.
# When the system Node is older than 22.12, Node 24 is fetched from the npm registry into .tools/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_version="24.21.0"
pnpm_version="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$root/package.json")"
tools="$root/.tools"

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

# One npm call for everything: a second `npm install --prefix` would prune what the first installed.
wanted=("pnpm@$pnpm_version")
node_bin=""
if ! node_is_recent; then
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "Unsupported CPU $(uname -m): install Node 24 yourself." >&2; exit 1 ;;
  esac
  node_bin="$tools/node_modules/node-linux-$arch/bin"
  wanted+=("node-linux-$arch@$node_version")
fi

pnpm_cli="$tools/node_modules/pnpm/bin/pnpm.cjs"
have_node=true
if [ -n "$node_bin" ] && [ "$("$node_bin/node" --version 2>/dev/null)" != "v$node_version" ]; then have_node=false; fi
have_pnpm=true
if [ "$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$tools/node_modules/pnpm/package.json" 2>/dev/null | head -1)" != "$pnpm_version" ]; then have_pnpm=false; fi
if ! $have_node || ! $have_pnpm; then
  echo "› Fetching ${wanted[*]} from the npm registry into .tools/ (system Node: $(node --version 2>/dev/null || echo none))" >&2
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error "${wanted[@]}" >&2
fi
if [ -n "$node_bin" ]; then export PATH="$node_bin:$PATH"; fi

mkdir -p "$tools/bin"
printf '#!/bin/sh\nexec node "%s" "$@"\n' "$pnpm_cli" > "$tools/bin/pnpm"
chmod +x "$tools/bin/pnpm"
export PATH="$tools/bin:$PATH"

stamp="$root/node_modules/.install-stamp"
if [ ! -f "$stamp" ] || [ "$root/pnpm-lock.yaml" -nt "$stamp" ] || [ "$root/package.json" -nt "$stamp" ]; then
  echo "› Installing dependencies (pnpm install --frozen-lockfile)" >&2
  (cd "$root" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 pnpm install --frozen-lockfile --reporter=append-only >&2)
  touch "$stamp"
fi

cd "$root"
exec pnpm run "$@"
