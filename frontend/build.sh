#!/bin/sh
# Rebuilds the compiled front-end assets that are checked in under src/main/resources/static.
# Needs Node.js and npm; building and running the application itself does not.
#   cd frontend && npm ci && npm run build
set -eu
cd "$(dirname "$0")"
out=../src/main/resources/static
mkdir -p "$out/css" "$out/js"
npx sass --pkg-importer=node --style=compressed --no-source-map main.scss "$out/css/app.css"
cp node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js "$out/js/govuk-frontend.min.js"
echo "Built $out/css/app.css and $out/js/govuk-frontend.min.js"
