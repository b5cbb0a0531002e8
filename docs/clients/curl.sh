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
curl -sS --fail "$BASE/graphql/schema" | head -n 5

echo "== ACLED-style CSV of the battles, header and first row"
curl -sS --fail "$BASE/export/acled.csv?eventTypes=Battles" | head -n 2
