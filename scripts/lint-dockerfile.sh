#!/usr/bin/env bash
# Lints the Dockerfile without a Docker engine: dockerfilelint (npm), and hadolint too when installed.
set -euo pipefail
cd "$(dirname "$0")/.."
timeout 300 npx --yes dockerfilelint@1.8.0 Dockerfile
if command -v hadolint >/dev/null; then hadolint Dockerfile; fi
echo "Dockerfile lint: OK"
