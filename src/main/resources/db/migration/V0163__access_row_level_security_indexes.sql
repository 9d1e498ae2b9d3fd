-- What the row-level security's rule looks up for every row it checks, indexed: the delegation of a comune and area,
-- the household of a person. (The other lookups already have theirs: the case and accesso of a person, the team of
-- a case, an operator's role assignments, the engine's executions by business key, tasks by process instance,
-- candidates by task.)
create index delegation_comune_area on delegation (municipality_id, user_area_code, valid_from);
create index household_member_person on household_member (person_id);
