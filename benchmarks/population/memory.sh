#!/usr/bin/env bash
# Population runs at growing N: peak memory (max RSS) should stay flat, because subjects are summarised
# as they finish (exact sums and fixed-bucket quantile sketches) instead of being held. Then ensemble
# throughput with 1 and 2 worker threads on the same population.
#
# Usage: benchmarks/population/memory.sh [SIZES] [THROUGHPUT_SIZE]
#   SIZES            space-separated population sizes (default "1000 10000 100000")
#   THROUGHPUT_SIZE  subjects for the 1- vs 2-thread comparison (default 4000)
# Needs GNU time (/usr/bin/time, Debian package "time"). Prints a table; writes nothing else outside a
# temporary folder.
set -euo pipefail

sizes=${1:-"1000 10000 100000"}
throughput_size=${2:-4000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/Myokinetics.Cli" -c Release -v quiet -nologo >/dev/null
cli=("dotnet" "$root/src/Myokinetics.Cli/bin/Release/net10.0/myokinetics.dll")

measure() { # label, then the command's arguments; prints "wall user+sys maxrss"
    local label=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${cli[@]}" "$@" >/dev/null
    read -r wall user sys rss <"$work/time"
    printf '%s %s %.2f %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc -l)" "$rss"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "Peak memory against N (crosstalk model at rest, 1 h, 12 output intervals: its observables x 13 times):"
printf '%10s %10s %12s %12s %14s\n' "N" "wall (s)" "CPU (s)" "max RSS (MB)" "subjects/CPU-s"
for n in $sizes; do
    read -r _ wall cpu rss < <(measure "$n" population --size "$n" --end 1h --steps 12 --out "$work/rest-$n")
    printf '%10s %10s %12s %12.1f %14.0f\n' "$n" "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)" "$(echo "$n / $cpu" | bc -l)"
done

echo
echo "Ensemble throughput (crosstalk model, 60 min cycling at 65 % VO2max, 2 h, N = $throughput_size):"
printf '%8s %10s %12s %16s\n' "threads" "wall (s)" "CPU (s)" "subjects/wall-s"
declare -A walls
for threads in 1 2; do
    read -r _ wall cpu _ < <(measure "$threads" population --size "$throughput_size" --exercise "cycling 60min @65%VO2max" --end 2h --steps 8 --threads "$threads" --out "$work/ex-$threads")
    walls[$threads]=$wall
    printf '%8s %10s %12s %16.0f\n' "$threads" "$wall" "$cpu" "$(echo "$throughput_size / $wall" | bc -l)"
done
printf 'scaling 1 -> 2 threads: %.2fx (wall time; includes about 1 s of start-up and compilation per run)\n' "$(echo "${walls[1]} / ${walls[2]}" | bc -l)"
if cmp -s "$work/ex-1/summary.csv" "$work/ex-2/summary.csv"; then
    echo "summary.csv with 1 and 2 threads: identical"
else
    echo "summary.csv with 1 and 2 threads: DIFFERENT" >&2
    exit 1
fi
