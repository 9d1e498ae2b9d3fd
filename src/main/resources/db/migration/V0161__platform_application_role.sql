-- The application role (${application_role}): it reads and writes rows, nothing more. The owner running these
-- migrations owns every table (the domain's and the process engine's, made by V0160); the application role gets
-- data manipulation only, no DDL (it has no CREATE on the schema) and no TRUNCATE; on the access log it may only
-- add and read rows. Tables made by later migrations get the same rights through the default privileges.
revoke create on schema public from public;
grant usage on schema public to ${application_role};

grant select, insert, update, delete on all tables in schema public to ${application_role};
grant usage, select on all sequences in schema public to ${application_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${application_role};
alter default privileges in schema public grant usage, select on sequences to ${application_role};

revoke all on flyway_schema_history from ${application_role};
revoke update, delete, truncate, references, trigger on access_log from ${application_role};
