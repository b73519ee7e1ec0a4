-- Archiving: a local area, an inspection or a plan taken out of the ordinary lists, dashboards and reminders, and
-- kept, readable, with its history and published reports. Restoring it brings it back. A plan is archived when it is,
-- or when its inspection or its local area is (the rule is the plan register's: see Archived.java).
alter table local_area add column archived boolean not null default false;
alter table inspection add column archived boolean not null default false;
alter table plan add column archived boolean not null default false;
