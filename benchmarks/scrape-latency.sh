#!/usr/bin/env bash
# /metrics scrape latency of one registry of 10,000 series: promwire's metrics endpoint versus
# client_java's own HTTPServer on the same registry, over loopback, alternating scrape by scrape.
# Extra arguments go to io.promwire.benchmarks.http.ScrapeLatency, e.g. --scrapes 1000 --gzip
# or --accept 'application/openmetrics-text; version=1.0.0'. Stops by itself (--max-seconds,
# default 120).
#
# Build first, from the repository root: mvn -B -DskipTests package
set -euo pipefail
cd "$(dirname "$0")"

jar=target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "missing $jar: run 'mvn -B -DskipTests package' in the repository root first" >&2
  exit 1
fi
exec timeout 600 java ${JAVA_OPTS:--Xms512m -Xmx512m} -cp "$jar" \
  io.promwire.benchmarks.http.ScrapeLatency "$@"
