#!/bin/bash
# Regenerate examples/deployment-logs/ with the real `sf` CLI against the fake org.
# Needs: `sf` on PATH (@salesforce/cli 2.146.3 on Node >= 22.19, see README.md),
#        HOME / SF_* env pointed at a throwaway folder (the CLI writes ~/.sf, ~/.sfdx),
#        the fake org running:  PORT=6789 node server.js &
# Usage: make-example.sh [OUT_DIR]      (default: <repo>/examples/deployment-logs)
# It switches the fake org to deploy=missing-field, tests=region-failures, logs in as alias `fake`,
# runs the commands from a copy of ./region-project named payments-org, then rewrites the temp
# project path to the GitHub runner workspace path /home/runner/work/payments-org/payments-org.
# README.md in OUT_DIR is not touched.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$(mkdir -p "${1:-$HERE/../../examples/deployment-logs}" && cd "${1:-$HERE/../../examples/deployment-logs}" && pwd)
PORT=${PORT:-6789}
ORG=http://127.0.0.1:$PORT
RUNNER_WS=/home/runner/work/payments-org/payments-org
WORK=$(cd "$(mktemp -d)" && pwd -P)
PROJ=$WORK/payments-org
cp -r "$HERE/region-project" "$PROJ"

curl -sf "$ORG/__fake/scenario?deploy=missing-field&tests=region-failures&auth=ok&restShape=array" || { echo "fake org not reachable at $ORG" >&2; exit 2; }
echo
SF_ACCESS_TOKEN='00DFAKE0000001AAAA!fakeaccesstoken' \
  sf org login access-token --instance-url "$ORG" --no-prompt --alias fake --json > "$WORK/login.json" \
  || { echo "login failed:" >&2; cat "$WORK/login.json" >&2; exit 2; }

cd "$PROJ"
# 1. Apex tests (scenario region-failures): keep the files the CLI writes to --output-dir
sf apex run test --target-org fake --wait 10 --code-coverage --result-format human --output-dir test-results \
  > "$WORK/apex-run-test.stdout" 2> "$WORK/apex-run-test.stderr"
echo "sf apex run test -> exit $?"

# 2. Deploy (scenario missing-field): human output as on a CI runner, stdout+stderr together
CI=true sf project deploy start --source-dir force-app --target-org fake --test-level RunLocalTests > deploy.log 2>&1
echo "sf project deploy start -> exit $?"
JOB=$(sed -n 's/.*Deploy ID: \(0Af[A-Za-z0-9]*\).*/\1/p' deploy.log | head -n 1)
[ -n "$JOB" ] || { echo "no Deploy ID in deploy.log" >&2; cat deploy.log >&2; exit 1; }

# 3. The finished deploy's result as JSON, by its id
sf project deploy report --job-id "$JOB" --target-org fake --json > deploy-result.json
echo "sf project deploy report --job-id $JOB -> exit $?"

# 4. Copy out; rewrite this machine's temp project path to the runner workspace path (nothing else)
rm -rf "$OUT/test-results"
cp -r test-results "$OUT/test-results"
cp deploy.log deploy-result.json "$OUT/"
grep -rl -- "$PROJ" "$OUT/deploy.log" "$OUT/deploy-result.json" "$OUT/test-results" 2>/dev/null | while read -r f; do
  sed -i "s#$PROJ#$RUNNER_WS#g" "$f"; echo "rewrote paths in ${f#$OUT/}"
done
if grep -rn -- "$WORK" "$OUT/deploy.log" "$OUT/deploy-result.json" "$OUT/test-results" >/dev/null; then
  echo "warning: temp paths left in output" >&2
fi
rm -rf "$WORK"
echo "wrote $OUT: $(cd "$OUT" && ls -R | tr '\n' ' ')"
