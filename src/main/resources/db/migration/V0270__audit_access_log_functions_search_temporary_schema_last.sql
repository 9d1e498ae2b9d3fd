-- The access log's functions that run as the owner (V0230's anchor trigger, V0231's purge) named their search path
-- without pg_temp, and PostgreSQL then searches the caller's temporary schema first for tables: a caller able to
-- make temporary tables could shadow access_log or access_log_anchor with one of its own (granted to the owner)
-- and so have the owner anchor a beginning of its choosing, or leave an append unanchored. The temporary schema
-- goes last, as in V0162.
alter function access_log_anchor_appended() set search_path = pg_catalog, public, pg_temp;
alter function purge_access_log(timestamptz, integer) set search_path = pg_catalog, public, pg_temp;

-- And the application role makes no temporary tables, wherever the database was created: the embedded one revokes
-- them (EmbeddedRoles), a database created by docker/initdb grants them to everyone by default. Only the database's
-- owner can take them back; under another owner this revokes nothing and PostgreSQL only warns.
do $$
begin
    execute format('revoke temporary on database %I from public', current_database());
end
$$;
