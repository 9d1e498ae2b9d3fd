-- Sign-in attempts: consecutive failures per username as typed (known or not, so that a lockout says
-- nothing about whether an account exists) and the lock they caused. In the database, so that a lock
-- survives a restart and holds on every instance.
create table sign_in_attempt (
    username             varchar(200) primary key,
    consecutive_failures integer      not null check (consecutive_failures > 0),
    last_failure_at      timestamptz  not null,
    locked_until         timestamptz
);

-- The TOTP second factor (RFC 6238) of an operator: the shared secret, base32, once enrolled.
create table operator_second_factor (
    operator_id bigint       primary key references operator (id) on delete cascade,
    totp_secret varchar(64)  not null check (totp_secret ~ '^[A-Z2-7]+$'),
    enrolled_at timestamptz  not null
);
