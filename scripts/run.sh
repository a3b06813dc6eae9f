#!/usr/bin/env bash
# Sets up a fresh machine, builds the command line once and runs it (the README's main command).
# With no arguments it runs the main job:
#   1. the muscle–organ crosstalk model through one hour of cycling (examples/protocols/cycling-60min.yaml),
#      writing out/crosstalk/cycling-60min.csv and the HTML report out/crosstalk/cycling-60min.html;
#   2. the engine's SBML Test Suite conformance run (last line `passed P of N`).
# With arguments it runs `myokinetics ARGS...`, e.g.
#   bash scripts/run.sh simulate --exercise "cycling 60min @65%VO2max" --end 24h --step 1h
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
dotnet build "$root/src/Myokinetics.Cli" -c Release -v quiet -nologo >/dev/null
cli="$root/src/Myokinetics.Cli/bin/Release/net10.0/myokinetics.dll"
if [ "$#" -gt 0 ]; then
  exec dotnet "$cli" "$@"
fi

mkdir -p "$root/out/crosstalk"
csv="$root/out/crosstalk/cycling-60min.csv"
dotnet "$cli" simulate --protocol "$root/examples/protocols/cycling-60min.yaml" --end 24h --step 5min \
  --out "$csv" --report "$root/out/crosstalk/cycling-60min.html"
# The peak of a few plasma myokines over the day (the CSV's columns are the model's observables).
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  { for (name in want) { v = $col[name]; if (!(name in peak) || v > peak[name]) { peak[name] = v; at[name] = $1 } } }
  BEGIN { want["IL6_plasma"]; want["lactate_plasma"]; want["irisin_plasma"]; want["BDNF_serum"]; want["FGF21_plasma"] }
  END { printf "crosstalk, 60 min cycling at 65%% VO2max from 2 h:"; for (name in want) printf " %s peak %.3g at %.4g h;", name, peak[name], at[name]; print "" }' "$csv"
echo "crosstalk: wrote out/crosstalk/cycling-60min.csv and out/crosstalk/cycling-60min.html"
exec dotnet "$cli" test-suite "$root/tests/data/sbml-test-suite" --output-dir "$root/out/sbml-test-suite"
