#!/usr/bin/env bash
# Serves the staking page (web/) on http://127.0.0.1:5173 for a node at ws://127.0.0.1:9944
# (start it with scripts/run.sh); another node: open the page with ?rpc=ws://host:port.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT/web"
exec npx vite --host 127.0.0.1 --port 5173 "$@"
