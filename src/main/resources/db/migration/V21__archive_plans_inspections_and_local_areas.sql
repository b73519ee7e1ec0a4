-- Archiving: a local area, an inspection or a plan taken out of the ordinary lists, dashboards and reminders, and
-- kept, readable, with its history and published reports. Restoring it brings it back. A plan is archived when it is,
-- or when its inspection or its local area is (the rule is the plan register's: see Archived.java).
alter table local_area add column archived boolean not null default false;
alter table inspection add column archived boolean not null default false;
alter table plan add column archived boolean not null default false;

-- The local areas that demo mode loaded, so that an administrator can remove the demo data in one step without
-- touching anything else. Those loaded before this column existed are the demo's two, on a database where demo mode
-- made its accounts.
alter table local_area add column demo boolean not null default false;

update local_area set demo = true
where (code, name) in (('YORK', 'York'), ('NORTH_YORKSHIRE', 'North Yorkshire'))
  and exists (select from account where lower(email) = 'admin@example.org');

-- Once an administrator has removed the demo data, demo mode loads it no more (one row, when it was removed).
create table demo_data_removal (
    id         int          primary key check (id = 1),
    removed_at timestamptz  not null,
    removed_by varchar(320) not null
);

-- A published report (and a public page setting) never changes and is never removed, except the demo's: those of a
-- plan in a demo local area, marked so by the database when they are added, go with the rest of the demo data. Only
-- remove_demo_publications() removes them: the trigger lets a demo row go only while that function runs, the
-- application's role still may not delete these rows itself, and a report that was not the demo's when it was
-- published can never become removable.
alter table published_report add column demo boolean not null default false;
alter table public_page_setting add column demo boolean not null default false;

create function publication_is_demo() returns trigger language plpgsql as $$
begin
    new.demo := exists (select from plan p
                        join inspection i on i.id = p.inspection_id
                        join local_area a on a.id = i.local_area_id
                        where p.id = new.plan_id and a.demo);
    return new;
end;
$$;

create trigger published_report_demo
    before insert on published_report
    for each row execute function publication_is_demo();

create trigger public_page_setting_demo
    before insert on public_page_setting
    for each row execute function publication_is_demo();

-- Those of the demo added before: marked here, once, by the owner, which gave up changing these rows when it made the
-- tables and gives it up again at once.
grant update (demo) on published_report, public_page_setting to current_user;

alter table published_report disable trigger published_report_append_only;
update published_report r set demo = true
from plan p join inspection i on i.id = p.inspection_id join local_area a on a.id = i.local_area_id
where p.id = r.plan_id and a.demo;
alter table published_report enable trigger published_report_append_only;

alter table public_page_setting disable trigger public_page_setting_append_only;
update public_page_setting s set demo = true
from plan p join inspection i on i.id = p.inspection_id join local_area a on a.id = i.local_area_id
where p.id = s.plan_id and a.demo;
alter table public_page_setting enable trigger public_page_setting_append_only;

revoke update (demo) on published_report, public_page_setting from current_user;

create or replace function report_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.demo and current_setting('wsoa.removing_demo_publications', true) = 'on' then
            return old;
        end if;
    end if;
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end;
$$;

-- The owner gave up deleting these rows when it made the tables; the function below deletes them as the owner. Any
-- role may call it (as any may call a function): it removes the demo's publications and nothing else.
grant delete on published_report, public_page_setting to current_user;

create function remove_demo_publications() returns int language plpgsql security definer set search_path = public as $$
declare
    removed int;
begin
    perform set_config('wsoa.removing_demo_publications', 'on', true);
    delete from public_page_setting where demo;
    delete from published_report where demo;
    get diagnostics removed = row_count;
    perform set_config('wsoa.removing_demo_publications', 'off', true);
    return removed;
end;
$$;
