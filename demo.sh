#!/usr/bin/env bash
# PII Guard's main job in three steps: build it, then let `piiguard scan` find the personal data
# in a sample customer-support export (samples/customer-support-export.txt, all values made up).
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n==> %s\n' "$*"; }

step "1/3 Build PII Guard: mvn -B -q -DskipTests package"
mvn -B -q -Dstyle.color=never -DskipTests package

step "2/3 Scan the sample for people: java -jar cli/target/piiguard.jar scan --format text samples/customer-support-export.txt"
status=0
java -jar cli/target/piiguard.jar scan --format text samples/customer-support-export.txt || status=$?
echo "exit status ${status}: 1 = personal data found, 0 = clean, 2 = bad input (like grep, so it can gate CI)"
echo "Values are masked. Order numbers, UUIDs, tracking numbers, MAC addresses, an IMEI, a commit hash,"
echo "logo@2x.png and version strings in the same file are not reported."

step "3/3 The same scan for tools: JSON Lines, one finding per line (first three shown)"
java -jar cli/target/piiguard.jar scan samples/customer-support-export.txt | head -n 3 || true

step "Done. Try: java -jar cli/target/piiguard.jar scan --help"
