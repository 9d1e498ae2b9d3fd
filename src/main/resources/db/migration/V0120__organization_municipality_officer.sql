-- The referente del comune: an administrator of one comune who reads that comune's aggregated figures
-- (issue 6), never a person's file. They hold the role in a unit that covers their comune alone.
insert into role (code, name) values ('municipality-officer', 'Referente del comune');

-- The share of a full-time post an operator works (1.00 full time, 0.50 half time): social workers'
-- full-time equivalents for the LEPS ratio of L. 178/2020 art. 1 c. 797 come from it.
alter table operator add column working_time_fraction numeric(3, 2) not null default 1.00
    check (working_time_fraction > 0 and working_time_fraction <= 1);
