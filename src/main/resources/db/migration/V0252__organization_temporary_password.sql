-- A password set by an administrator (or by the first-administrator setting) is temporary: it signs the operator
-- in once, before temporary_password_until when that is set, and must then be changed by the operator.
alter table operator add column password_change_required boolean not null default false;
alter table operator add column temporary_password_until timestamptz;
