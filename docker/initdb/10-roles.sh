#!/bin/sh
# First start of the database container only: the two roles of Fascicolo Sociale. The owner owns the database
# (and so every table Flyway makes); the application role reads and writes rows only (README, "Database roles and
# row-level security"). POSTGRES_USER stays the administrator and is used by neither.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$FASCICOLO_OWNER_PASSWORD" -v app_password="$FASCICOLO_APP_PASSWORD" <<'SQL'
create role fascicolo_owner login password :'owner_password';
create role fascicolo_app login password :'app_password';
create database fascicolo owner fascicolo_owner encoding 'UTF8' template template0;
SQL
