-- Sessions of an operator signed in before this instant are ended at their next request: set when the
-- administrator disables the account, sets its password, changes its roles or resets its second factor.
alter table operator add column sessions_valid_from timestamptz;
