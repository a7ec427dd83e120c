#!/usr/bin/env bash
# Throughput of one Jakarta REST resource on Jersey 4 (Grizzly) over loopback: bare, with
# promwire-jaxrs, and with Jersey's own jersey-micrometer listener on Micrometer's Prometheus
# registry.
#
# Starts io.promwire.benchmarks.jaxrs.JerseyBenchApp three times on 127.0.0.1 (--mode none,
# promwire, micrometer), warms each up, then drives each with wrk for the same duration,
# alternating none/promwire/micrometer in every round, and prints the requests/s of every run,
# the mean of each side and the ratios. Everything it starts is stopped when it ends. Settings by
# environment variable:
#   DURATION=10s  ROUNDS=5  WARMUP=10s  CONNECTIONS=16  THREADS=1  TARGET=/items/book
#   PORT_NONE=18091  PORT_PROMWIRE=18092  PORT_MICROMETER=18093  JAVA_OPTS="-Xms256m -Xmx256m"
#
# Needs wrk (apt-get install -y wrk) and the benchmarks built, from the repository root:
#   mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-5}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
TARGET=${TARGET:-/items/book}
PORT_NONE=${PORT_NONE:-18091}
PORT_PROMWIRE=${PORT_PROMWIRE:-18092}
PORT_MICROMETER=${PORT_MICROMETER:-18093}
JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx256m}

jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "missing $jar: run 'mvn -B -DskipTests package' first" >&2
  exit 1
fi
if ! command -v wrk >/dev/null; then
  echo "wrk is not installed: apt-get install -y wrk" >&2
  exit 1
fi

logs=$(mktemp -d)
pids=()
stop_apps() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$logs"
}
trap stop_apps EXIT

start_app() { # mode port
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$jar" io.promwire.benchmarks.jaxrs.JerseyBenchApp --mode "$1" --port "$2" \
    >"$logs/$1.log" 2>&1 &
  pids+=($!)
}

wait_up() { # port
  for _ in $(seq 1 150); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$1$TARGET" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "the app on port $1 did not start; its logs:" >&2
  cat "$logs"/*.log >&2
  exit 1
}

# Prints requests/s of one wrk run; fails when any answer was not 2xx.
drive() { # port duration
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 5s "http://127.0.0.1:$1$TARGET")
  if grep -q "Non-2xx\|Socket errors" <<<"$out"; then
    echo "wrk reported errors against port $1:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

start_app none "$PORT_NONE"
start_app promwire "$PORT_PROMWIRE"
start_app micrometer "$PORT_MICROMETER"
wait_up "$PORT_NONE"
wait_up "$PORT_PROMWIRE"
wait_up "$PORT_MICROMETER"

echo "GET $TARGET, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds none/promwire/micrometer, $(nproc) CPUs"
echo "java $JAVA_OPTS ($(java -version 2>&1 | head -n 1))"
echo "warm-up: $WARMUP each"
for port in "$PORT_NONE" "$PORT_PROMWIRE" "$PORT_MICROMETER"; do
  drive "$port" "$WARMUP" >/dev/null
done

none=()
promwire=()
micrometer=()
for round in $(seq 1 "$ROUNDS"); do
  rps=$(drive "$PORT_NONE" "$DURATION"); none+=("$rps")
  printf 'round %d  no metrics: %12s req/s\n' "$round" "$rps"
  rps=$(drive "$PORT_PROMWIRE" "$DURATION"); promwire+=("$rps")
  printf 'round %d  promwire  : %12s req/s\n' "$round" "$rps"
  rps=$(drive "$PORT_MICROMETER" "$DURATION"); micrometer+=("$rps")
  printf 'round %d  micrometer: %12s req/s\n' "$round" "$rps"
done

# Both metric sides must really have recorded the requests.
if ! curl -fsS "http://127.0.0.1:$PORT_PROMWIRE/metrics" \
    | grep -q '^http_request_duration_seconds_count{method="GET",path="/items/{type}",status="200"}'; then
  echo "the promwire side recorded no request for /items/{type}" >&2
  exit 1
fi
if ! curl -fsS "http://127.0.0.1:$PORT_MICROMETER/metrics" \
    | grep -q '^http_server_requests_seconds_count{.*uri="/items/{type}"'; then
  echo "the micrometer side recorded no request for /items/{type}" >&2
  exit 1
fi

awk -v none="${none[*]}" -v pw="${promwire[*]}" -v mm="${micrometer[*]}" 'BEGIN {
  n = split(none, a, " "); split(pw, b, " "); split(mm, c, " ")
  for (i = 1; i <= n; i++) { sa += a[i]; sb += b[i]; sc += c[i] }
  printf "mean        no metrics: %12.2f req/s\n", sa / n
  printf "mean        promwire  : %12.2f req/s\n", sb / n
  printf "mean        micrometer: %12.2f req/s\n", sc / n
  printf "ratio promwire/none:   %.4f (target: at least 0.97)\n", sb / sa
  printf "ratio micrometer/none: %.4f\n", sc / sa
  printf "ratio promwire/micrometer: %.4f (target: above 1)\n", sb / sc
}'
