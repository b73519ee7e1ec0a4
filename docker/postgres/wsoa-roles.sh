#!/bin/sh
# Makes sure of WSOA Tracker's two database roles (db/roles.sql: wsoa_owner owns the tables and migrates them, wsoa_app
# is the application) and sets their passwords from WSOA_DB_OWNER_PASSWORD and WSOA_DB_APP_PASSWORD. Connects as the
# superuser given by the libpq variables PGHOST, PGDATABASE, PGUSER and PGPASSWORD. Safe to run again: docker-compose.yml
# runs it (service db-roles) before every start of the application.
set -eu
psql -v ON_ERROR_STOP=1 --quiet -f /wsoa/roles.sql
psql -v ON_ERROR_STOP=1 --quiet -v owner_password="$WSOA_DB_OWNER_PASSWORD" -v app_password="$WSOA_DB_APP_PASSWORD" <<'SQL'
alter role wsoa_owner password :'owner_password';
alter role wsoa_app password :'app_password';
SQL
echo "Database roles wsoa_owner and wsoa_app are ready"
