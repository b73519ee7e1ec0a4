-- Each account belongs to one or more local areas and sees only theirs: their plans, people, evidence and reports. A
-- service administrator may also create local areas (and so become a member of each one they create).
create table account_local_area (
    account_id    bigint not null references account (id) on delete cascade,
    local_area_id bigint not null references local_area (id) on delete cascade,
    primary key (account_id, local_area_id)
);

create index account_local_area_local_area on account_local_area (local_area_id);

alter table account add column service_admin boolean not null default false;

-- Accounts made before local areas were kept apart saw every local area: they keep them all, and the administrators
-- among them may still create local areas.
insert into account_local_area (account_id, local_area_id)
select a.id, l.id from account a cross join local_area l;

update account set service_admin = true where role = 'ADMIN';
