#!/usr/bin/env bash
# Throughput of the quickstart app over loopback with the default HTTP metrics on and off.
#
# Starts examples/quickstart twice on 127.0.0.1 (one with --no-default-metrics), warms both up,
# then drives each with wrk for the same duration, alternating on/off/on/off, and prints the
# requests/s of every run, the mean of each side and their ratio. Everything it starts is stopped
# when it ends. Settings by environment variable:
#   DURATION=10s  ROUNDS=3  WARMUP=10s  CONNECTIONS=16  THREADS=1  TARGET=/
#   PORT_ON=18081  PORT_OFF=18082  JAVA_OPTS="-Xms256m -Xmx256m"  NODELAY=true
#
# NODELAY=true (the default here) starts both apps with -Dsun.net.httpserver.nodelay=true. Without
# it the JDK's HttpServer leaves Nagle's algorithm on: a keep-alive response is sent as two
# writes (headers, body) and the second waits for the client's delayed ACK, about 40 ms, so
# throughput is a few hundred requests/s whatever the server does, and the on/off ratio says
# nothing about the metrics. NODELAY=false measures the apps as they start out of the box; since
# promwire's server sets the property itself unless the user set it, that now gives the same.
#
# Needs wrk (apt-get install -y wrk) and the app built, from the repository root:
#   mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
TARGET=${TARGET:-/}
PORT_ON=${PORT_ON:-18081}
PORT_OFF=${PORT_OFF:-18082}
JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx256m}
NODELAY=${NODELAY:-true}
if [ "$NODELAY" = true ]; then
  JAVA_OPTS="$JAVA_OPTS -Dsun.net.httpserver.nodelay=true"
fi

jar=examples/quickstart/target/quickstart.jar
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

start_app() { # name port [args...]
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" --bind 127.0.0.1 --port "$port" "$@" >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

wait_up() { # port
  for _ in $(seq 1 100); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$1$TARGET" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "the app on port $1 did not start; its log:" >&2
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

start_app on "$PORT_ON"
start_app off "$PORT_OFF" --no-default-metrics
wait_up "$PORT_ON"
wait_up "$PORT_OFF"

# The "off" app must really record no request metrics, the "on" app must.
metrics=$(curl -fsS "http://127.0.0.1:$PORT_OFF/metrics")
if grep -q '^http_request_total' <<<"$metrics"; then
  echo "the app started with --no-default-metrics still records http_request_total" >&2
  exit 1
fi

echo "GET $TARGET, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds on/off, $(nproc) CPUs"
echo "java $JAVA_OPTS ($(java -version 2>&1 | head -n 1))"
echo "warm-up: $WARMUP each"
drive "$PORT_ON" "$WARMUP" >/dev/null
drive "$PORT_OFF" "$WARMUP" >/dev/null

on=()
off=()
for round in $(seq 1 "$ROUNDS"); do
  rps=$(drive "$PORT_ON" "$DURATION")
  on+=("$rps")
  printf 'round %d  defaults on : %12s req/s\n' "$round" "$rps"
  rps=$(drive "$PORT_OFF" "$DURATION")
  off+=("$rps")
  printf 'round %d  defaults off: %12s req/s\n' "$round" "$rps"
done

metrics=$(curl -fsS "http://127.0.0.1:$PORT_ON/metrics")
if ! grep -q '^http_request_total{method="GET",status="200"}' <<<"$metrics"; then
  echo "the app with default metrics recorded no http_request_total" >&2
  exit 1
fi

awk -v on="${on[*]}" -v off="${off[*]}" 'BEGIN {
  n = split(on, a, " "); split(off, b, " ")
  for (i = 1; i <= n; i++) { sa += a[i]; sb += b[i] }
  printf "mean        defaults on : %12.2f req/s\n", sa / n
  printf "mean        defaults off: %12.2f req/s\n", sb / n
  printf "ratio on/off: %.4f (target: at least 0.97)\n", sa / sb
}'
