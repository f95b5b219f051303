#!/bin/sh
# Publishes each `name=routing-url` to the registry with that department's own publisher token,
# as its CI would in production; the hub first, whose types the departments' contract check
# reads. A department or registry not up yet is retried; a publish the registry's checks reject
# (exit code 2) fails the job at once.
set -u
dlhub() { node cli/bin/dlhub.js "$@"; }
for entry in "$@"; do
  name=${entry%%=*}
  url=${entry#*=}
  token=$(dlhub token --role publisher --department "$name" --subject compose-publish) || exit 1
  attempt=1
  until dlhub subgraph publish --name "$name" --url "$url" --routing-url "$url" --token "$token"; do
    status=$?
    if [ "$status" -eq 2 ] || [ "$attempt" -ge 30 ]; then exit "$status"; fi
    attempt=$((attempt + 1))
    sleep 2
  done
done
# Then the console's operations: under NODE_ENV=production the gateway runs only registered
# documents (GATEWAY_TRUSTED_DOCUMENTS=required), so the console works once this has run.
token=$(dlhub token --role coordinator --subject compose-publish) || exit 1
dlhub operations register --client coordinator-console --manifest console/src/graphql/generated/persisted-documents.json --token "$token" || exit 1
