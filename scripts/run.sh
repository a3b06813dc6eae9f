#!/usr/bin/env bash
# Sets up a fresh machine, builds the command line once and runs it (the README's main command).
# With no arguments it runs the engine's main job: the SBML Test Suite conformance run.
# With arguments it runs `myokinetics ARGS...`, e.g.
#   bash scripts/run.sh simulate models/reference/hires.ant --end 321.8122 --steps 10
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
dotnet build "$root/src/Myokinetics.Cli" -c Release -v quiet -nologo >/dev/null
cli="$root/src/Myokinetics.Cli/bin/Release/net10.0/myokinetics.dll"
if [ "$#" -eq 0 ]; then
  set -- test-suite "$root/tests/data/sbml-test-suite" --output-dir "$root/out/sbml-test-suite"
fi
exec dotnet "$cli" "$@"
