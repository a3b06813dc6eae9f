#!/usr/bin/env bash
# Installs what a fresh machine lacks to build and test Myokinetics. Idempotent.
set -euo pipefail
if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (https://dot.net); 'dotnet' is not on PATH" >&2
  exit 1
fi
