-- The TOTP step (seconds since the epoch / 30) of the operator's last accepted code: that code, and every
-- older one, is refused afterwards (RFC 6238 section 5.2).
alter table operator_second_factor add column last_used_step bigint;
