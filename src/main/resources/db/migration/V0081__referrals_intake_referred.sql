-- The first interview of an accesso may end with a referral to another service (invio): the accesso is REFERRED
-- and the referral records the accesso it comes from (referral.intake_id).
alter table intake drop constraint intake_status_check;
alter table intake add constraint intake_status_check
    check (status in ('REGISTERED', 'INFORMED', 'PROPOSED', 'ACCEPTED', 'REJECTED', 'REFERRED'));
