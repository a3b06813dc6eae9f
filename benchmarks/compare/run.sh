#!/usr/bin/env bash
# Compares Myokinetics with C + SUNDIALS CVODE, SciPy solve_ivp (LSODA, BDF) and R deSolve (lsoda)
# on the same SBML models at the same tolerances, checks every result against a tight-tolerance
# reference, and prints one table (also written to $OUT/table.md). See README.md.
#
# Environment (all optional):
#   OUT=DIR            where generated code, CSVs and results go (default benchmarks/compare/results)
#   MODELS="a b"       a subset of: hires robertson exercise training (default all four)
#   REPEATS=N          least timed runs of the fast tools (Myokinetics, CVODE; default 20)
#   MIN_SECONDS=S      least total timed seconds of the fast tools per model (default 2)
#   SLOW_REPEATS=N     timed runs of SciPy and deSolve (default 3)
#   ROUNDS=N           alternating rounds of the fast tools; the table keeps each one's best median (default 3)
#   ENSEMBLE_SIZE=N    simulations per ensemble measurement (default 1000)
#   SKIP_INSTALL=1     do not check or install the Debian packages
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${OUT:-$here/results}"
models="${MODELS:-hires robertson exercise training}"
repeats="${REPEATS:-20}"
min_seconds="${MIN_SECONDS:-2}"
slow_repeats="${SLOW_REPEATS:-3}"
rounds="${ROUNDS:-3}"
ensemble_size="${ENSEMBLE_SIZE:-1000}"
python=/usr/bin/python3 # Debian's interpreter: it sees python3-scipy and python3-sbml5

# ---- baselines -----------------------------------------------------------------------------------
packages=(libsundials-dev python3-scipy python3-sbml5 r-cran-desolve gcc)
if [[ "${SKIP_INSTALL:-0}" != 1 ]] && ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
  sudo=""
  [[ "$(id -u)" != 0 ]] && sudo="sudo"
  echo "installing ${packages[*]} with apt-get" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# ---- build ---------------------------------------------------------------------------------------
echo "building Myokinetics (Release)" >&2
dotnet build "$root/src/Myokinetics.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$root/benchmarks/Myokinetics.Benchmarks" -c Release -v q -nologo >/dev/null
cli=(dotnet "$root/src/Myokinetics.Cli/bin/Release/net10.0/myokinetics.dll")
harness=(dotnet "$root/benchmarks/Myokinetics.Benchmarks/bin/Release/net10.0/Myokinetics.Benchmarks.dll" compare)

mkdir -p "$out"
results="$out/results.tsv"
: > "$results"

# ---- models: SBML, end time, output intervals, absolute tolerance (rtol 1e-6 for all) ------------
rtol=1e-6
declare -A end steps atol
end[hires]=321.8122;  steps[hires]=100;    atol[hires]=1e-10
end[robertson]=1e11;  steps[robertson]=100; atol[robertson]=1e-14
end[exercise]=24;     steps[exercise]=96;   atol[exercise]=1e-10
end[training]=2016;   steps[training]=336;  atol[training]=1e-10

export_model() {
  local m="$1" xml="$out/$1.xml"
  case "$m" in
    hires|robertson) "${cli[@]}" convert "$root/models/reference/$m.ant" --to sbml --out "$xml" ;;
    exercise) "${cli[@]}" convert --to sbml --exercise "cycling 60min @65%VO2max" --out "$xml" ;;
    training) "${cli[@]}" convert --to sbml --protocol "$root/examples/protocols/training-12-weeks.yaml" --out "$xml" ;;
    *) echo "unknown model $m" >&2; exit 1 ;;
  esac
}

# Appends "kind model tool csv atol RESULT…" to the results; a failed run is recorded, not fatal.
record() {
  local kind="$1" model="$2" tool="$3" csv="$4"; shift 4
  local line
  line="$("$@" 2>"$out/last-error.txt" | grep '^RESULT' || true)"
  if [[ -z "$line" ]]; then
    line="FAILED $(head -c 200 "$out/last-error.txt" | tr '\n\t' '  ')"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$model" "$tool" "$csv" "${atol[$model]}" "$line" >> "$results"
  echo "  $tool: $line" >&2
}

for m in $models; do
  echo "model $m" >&2
  export_model "$m"
  xml="$out/$m.xml"
  "$python" "$here/sbmlgen.py" c "$xml" "$out/model_$m.h"
  "$python" "$here/sbmlgen.py" python "$xml" "$out/model_$m.py"
  "$python" "$here/sbmlgen.py" r "$xml" "$out/model_$m.R"
  gcc -O2 -o "$out/cvode_$m" -DMODEL_SOURCE="\"model_$m.h\"" -I"$out" "$here/cvode_driver.c" \
    -lsundials_cvode -lsundials_nvecserial -lm
  e="${end[$m]}" n="${steps[$m]}" a="${atol[$m]}"
  tight_atol="$("$python" -c "print(${a} * 1e-6)")"

  # Tight-tolerance reference (Myokinetics' Rodas4) and its cross-check (CVODE), both at rtol 1e-12.
  record reference "$m" "Myokinetics Rodas4 rtol 1e-12" "$out/${m}_reference.csv" \
    "${harness[@]}" simulate --sbml "$xml" --end "$e" --steps "$n" --rtol 1e-12 --atol "$tight_atol" \
    --integrator rosenbrock --repeats 1 --min-seconds 0 --out "$out/${m}_reference.csv"
  record crosscheck "$m" "C + CVODE rtol 1e-12" "$out/${m}_cvode_tight.csv" \
    "$out/cvode_$m" "$e" "$n" 1e-12 "$tight_atol" 1 0 "$out/${m}_cvode_tight.csv"

  # The fast tools alternate, so that a burst of other load on the machine hits both alike.
  for ((round = 1; round <= rounds; round++)); do
    record run "$m" "Myokinetics" "$out/${m}_myokinetics.csv" \
      "${harness[@]}" simulate --sbml "$xml" --end "$e" --steps "$n" --rtol "$rtol" --atol "$a" \
      --repeats "$repeats" --min-seconds "$min_seconds" --out "$out/${m}_myokinetics.csv"
    record run "$m" "C + CVODE" "$out/${m}_cvode.csv" \
      "$out/cvode_$m" "$e" "$n" "$rtol" "$a" "$repeats" "$min_seconds" "$out/${m}_cvode.csv"
  done
  for method in LSODA BDF; do
    record run "$m" "SciPy $method" "$out/${m}_scipy_$method.csv" \
      "$python" "$here/scipy_run.py" "$out/model_$m.py" "$method" "$e" "$n" "$rtol" "$a" "$slow_repeats" 0 \
      "$out/${m}_scipy_$method.csv"
  done
  record run "$m" "deSolve lsoda" "$out/${m}_desolve.csv" \
    Rscript "$here/desolve_run.R" "$out/model_$m.R" "$e" "$n" "$rtol" "$a" "$slow_repeats" 0 "$out/${m}_desolve.csv"
done

# ---- ensemble throughput: the crosstalk model after one bout, log-normal subjects ----------------
if [[ " $models " == *" exercise "* ]]; then
  echo "ensemble" >&2
  for threads in 1 2 1 2; do
    record ensemble exercise "Myokinetics" - \
      "${harness[@]}" ensemble --sbml "$out/exercise.xml" --end 24 --steps 96 --rtol "$rtol" --atol 1e-10 \
      --size "$ensemble_size" --threads "$threads" --vary body_mass,lean_mass0,vo2max,il6_k_splanchnic,il6_k_other
  done
fi

echo >&2
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d)"
echo "Tolerances: rtol $rtol for every tool; atol per model: $(for m in $models; do printf '%s %s; ' "$m" "${atol[$m]}"; done)"
echo
"$python" "$here/table.py" "$results" "$out/table.md"
