#!/usr/bin/env bash
# The whole PII Guard story on one machine, in about two minutes:
#   build -> the SpotBugs plugin finds the leaks in the demo shop -> the shop runs without the agent
#   (the AI service sees the shopper's data) -> with the agent (it sees tokens, the shopper still sees
#   the real values) -> piiguard scan checks what left -> piiguard report writes one HTML report.
# Everything runs on loopback; set OPENAI_API_KEY to talk to the real OpenAI service instead.
set -euo pipefail
cd "$(dirname "$0")"

out=target/demo
piiguard() { java -jar cli/target/piiguard.jar "$@"; }
if [ -t 1 ]; then bold=$'\033[1m' plain=$'\033[0m'; else bold='' plain=''; fi # no escapes in a file
step() { printf '\n%s==> %s%s\n' "$bold" "$*" "$plain"; }
note() { printf '    %s\n' "$@"; }

step "1/6 Build PII Guard and the demo shop; SpotBugs runs the PII Guard plugin on the shop"
note "mvn -B -q -DskipTests package     (quiet; about a minute, longer on the first run)"
MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" mvn -B -q -Dstyle.color=never -DskipTests package # no stray colour resets
rm -rf "$out" && mkdir -p "$out"

step "2/6 What the plugin found in demo-app (demo-app/target/spotbugsXml.xml)"
note "java -jar cli/target/piiguard.jar report --spotbugs demo-app/target/spotbugsXml.xml --format text"
piiguard report --spotbugs demo-app/target/spotbugsXml.xml --format text | sed 's/^./    &/'
note "Each finding names the @Sensitive source and the sink; lines marked // LEAK: in the demo's code."

step "3/6 Run the shop WITHOUT the agent"
note "java -jar demo-app/target/demo-shop.jar $out/without-agent"
java -jar demo-app/target/demo-shop.jar "$out/without-agent"

step "4/6 Run the shop WITH the agent: tokenize for the AI service, redact for the fraud check"
note "java -javaagent:agent/target/piiguard-agent.jar=config=demo-app/piiguard-agent.properties,audit=$out/audit.jsonl \\"
note "     -jar demo-app/target/demo-shop.jar $out/with-agent"
java "-javaagent:agent/target/piiguard-agent.jar=config=demo-app/piiguard-agent.properties,audit=$out/audit.jsonl" \
  -jar demo-app/target/demo-shop.jar "$out/with-agent"
note "The shop's own log lines above still print the card and the e-mail: the agent guards what"
note "leaves the process over HTTP; logs are the plugin's PII_TO_LOG findings of step 2, fixed in code."

step "5/6 Check what reached the AI service with piiguard scan"
note "without the agent:"
piiguard scan --format text "$out/without-agent/ai-server-received.txt" || true
note "with the agent:"
if piiguard scan --format text "$out/with-agent/ai-server-received.txt"; then
  note "no personal data reached the AI service (exit 0)"
fi
if cmp -s "$out/without-agent/shopper-saw.txt" "$out/with-agent/shopper-saw.txt"; then
  note "and the shopper saw exactly the same answers as without the agent: tokens were restored."
fi

step "6/6 Write the report for reviewers"
note "java -jar cli/target/piiguard.jar report --spotbugs demo-app/target/spotbugsXml.xml --audit $out/audit.jsonl -o $out/report.html"
piiguard report --spotbugs demo-app/target/spotbugsXml.xml --audit "$out/audit.jsonl" -o "$out/report.html"
note "Open $out/report.html in a browser (it works offline). Audit events: $out/audit.jsonl"
