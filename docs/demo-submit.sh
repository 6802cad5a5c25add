#!/usr/bin/env bash
# Submits a signed sample application to the running demo service and follows its case to the result.
#
#   ./mvnw spring-boot:run -Dspring-boot.run.profiles=demo      (in another terminal; note the X-API-Key it prints)
#   REGLAMENT_API_KEY=<the printed key> docs/demo-submit.sh [tenant] [sub-service]
#
# The tenant defaults to west-kazakhstan, whose portal flow has no fee step. Aktobe's checks the fee in ЭҮТШ as soon as
# the case starts; on the demo machine a payment is recorded with POST /api/v1/demo/payments, after the submission
# has given the application its number.
#
# It signs with the demo applicant's key from data/demo-pki (openssl), uploads a document, submits, and prints the
# case as the portal sees it. Staff then work the case in Tasklist (the demo logins are printed at start-up); run
# the script again with FOLLOW=<application id> to see the case move, and fetch the signed result when it is issued.
set -euo pipefail

base=${REGLAMENT_URL:-http://localhost:8080}
key=${REGLAMENT_API_KEY:?set REGLAMENT_API_KEY to the X-API-Key the demo printed at start-up}
tenant=${1:-west-kazakhstan}
sub_service=${2:-issue}
pki=${REGLAMENT_DEMO_PKI:-data/demo-pki}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${FOLLOW:-}" ]; then
  curl -fsS -H "X-API-Key: $key" -H "Accept-Language: ${LANGUAGE_TAG:-ru}" "$base/api/v1/applications/$FOLLOW"
  echo
  if curl -fsS -o "$work/result.html" -H "X-API-Key: $key" "$base/api/v1/applications/$FOLLOW/result" 2>/dev/null; then
    cp "$work/result.html" "result-$FOLLOW.html"
    curl -fsS -o "result-$FOLLOW.html.p7s" -H "X-API-Key: $key" "$base/api/v1/applications/$FOLLOW/result/signature"
    echo "Result saved as result-$FOLLOW.html (+ .p7s). Anyone can check it:"
    curl -fsS -F "document=@result-$FOLLOW.html" -F "signature=@result-$FOLLOW.html.p7s" "$base/api/v1/verifications"
    echo
  fi
  exit 0
fi

# The demo registries know this legal entity and its first head (docs/registries.md, docs/signatures.md).
cat > "$work/application.json" <<JSON
{"applicant":{"bin":"150540000017"},
 "form":{"activityType":"Стоматология / Стоматология","address":"Ақтөбе қ., Абай д-лы, 1"}}
JSON
openssl cms -sign -binary -nodetach -in "$work/application.json" \
  -signer "$pki/applicant-legal-entity.pem" -inkey "$pki/applicant-legal-entity.key" \
  -certfile "$pki/applicant-legal-entity-chain.pem" -outform DER -out "$work/application.p7s"

printf '%%PDF-1.4\n%% sample lease agreement\n' > "$work/lease.pdf"
document=$(curl -fsS -H "X-API-Key: $key" -F "file=@$work/lease.pdf;type=application/pdf" "$base/api/v1/documents" \
  | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')

cat > "$work/submission.json" <<JSON
{"tenant":"$tenant","service":"medical-licence","subService":"$sub_service","channel":"portal",
 "signature":"$(base64 -w0 "$work/application.p7s")","documents":["$document"]}
JSON
response=$(curl -sS -w '\n%{http_code}' -H "X-API-Key: $key" -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
  -H 'Content-Type: application/json' -H "Accept-Language: ${LANGUAGE_TAG:-ru}" \
  --data-binary "@$work/submission.json" "$base/api/v1/applications")
echo "${response%$'\n'*}"
echo "HTTP ${response##*$'\n'}"
id=$(printf '%s' "${response%$'\n'*}" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
[ -n "$id" ] && echo "Follow it with: FOLLOW=$id REGLAMENT_API_KEY=$key $0"
