#!/usr/bin/env bash
# The API with nothing but curl: one GraphQL query, the schema, and an ACLED-style table.
# Usage: bash docs/clients/curl.sh [BASE_URL]   (default http://localhost:8080)
set -euo pipefail
BASE="${1:-http://localhost:8080}"

echo "== GraphQL: node counts"
curl -sS --fail -H 'Content-Type: application/json' \
  -d '{"query":"{ graphStatus { nodeCounts { name count } } }"}' \
  "$BASE/graphql"
echo

echo "== The schema (SDL), first lines"
# sed reads the whole answer (head would close the pipe early and fail curl under pipefail)
curl -sS --fail "$BASE/graphql/schema" | sed -n 1,5p

echo "== ACLED-style CSV of the battles, header and first row"
curl -sS --fail "$BASE/export/acled.csv?eventTypes=Battles" | sed -n 1,2p
