-- The recorded full verifications of the access log (README, "The access log: chain, anchor and purge"): the DPO
-- page checks only the rows appended after the last intact one. Ids, hashes and counts only, no personal data.
-- Like the log, the application role may only add and read rows: a recorded outcome is never rewritten.
create table access_log_verification (
    id           bigint generated always as identity primary key,
    verified_at  timestamptz not null,
    rows_checked bigint      not null,
    up_to_id     bigint      not null,
    up_to_hash   text        not null,
    outcome      text        not null check (outcome in ('intact', 'broken')),
    break_row_id bigint,
    reason       text,
    check ((outcome = 'broken') = (break_row_id is not null))
);

revoke update, delete, truncate, references, trigger on access_log_verification from ${application_role};
