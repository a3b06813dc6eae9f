#!/usr/bin/env bash
# Sets up a fresh machine and runs every test of the solution (the README's test command).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet test Myokinetics.slnx -c Release
