-- Each plan's data version: raised by the database itself whenever a row that a plan's pages are worked out from is
-- added, changed or removed, however the change is made (the application, a data fix in psql, a migration, a loader).
-- What is worked out from a plan's data (its dashboard, its headline on the board's home page) is kept while its
-- version stays the same, on every instance of the application alike; a change to one plan leaves the others' alone.
-- It replaces the single version of all the data (V9), which the application raised only for its own writes.
--
-- The version is raised once per transaction and plan, when the transaction commits (the triggers are deferred), so
-- that the version's row is locked only while the transaction commits, after every other lock it takes.
--
-- A new table that holds a plan's data joins in with one trigger, naming how its rows lead to their plan(s) and the
-- column that does (see raise_plan_data_versions for the ways known):
--
--     create constraint trigger risk_raises_plan_data_version
--         after insert or update or delete on risk deferrable initially deferred
--         for each row execute function plan_data_changed('plan', 'plan_id');
--
-- A table whose rows lead to their plan some other way adds a branch to raise_plan_data_versions (create or replace).

create table plan_data_version (
    plan_id   bigint primary key references plan (id) on delete cascade,
    version   bigint not null default 0,
    -- the transaction that raised it last, so that a transaction changing many rows raises it once
    raised_in bigint
);

insert into plan_data_version (plan_id) select id from plan;

create function plan_has_data_version() returns trigger language plpgsql as $$
begin
    insert into plan_data_version (plan_id) values (new.id);
    return null;
end;
$$;

create trigger plan_has_data_version
    after insert on plan
    for each row execute function plan_has_data_version();

-- Raises the version of every plan that the record of the given kind, with the given id, belongs to or is shown in.
create function raise_plan_data_versions(of_kind text, of_id bigint) returns void language plpgsql as $$
begin
    if of_id is null then
        return;
    end if;
    update plan_data_version v
    set version = v.version + 1, raised_in = txid_current()
    where v.raised_in is distinct from txid_current()
      and v.plan_id in (
        select of_id where of_kind = 'plan'
        union all
        select a.plan_id from plan_area a where of_kind = 'area' and a.id = of_id
        union all
        select a.plan_id from plan_action x join plan_area a on a.id = x.area_id
        where of_kind = 'action' and x.id = of_id
        union all
        select r.plan_id from reporting_period r where of_kind = 'period' and r.id = of_id
        union all
        select r.plan_id from progress_update u join reporting_period r on r.id = u.period_id
        where of_kind = 'update' and u.id = of_id
        union all
        select p.id from plan p where of_kind = 'inspection' and p.inspection_id = of_id
        union all
        select p.id from plan p join inspection i on i.id = p.inspection_id
        where of_kind = 'local_area' and i.local_area_id = of_id
      );
end;
$$;

-- The trigger function every table shares: tg_argv[0] is the kind of record a row leads to (as above), tg_argv[1]
-- the row's column holding that record's id. A row moved from one record to another raises both.
create function plan_data_changed() returns trigger language plpgsql as $$
declare
    new_id bigint;
    old_id bigint;
begin
    if tg_op <> 'DELETE' then
        execute format('select ($1).%I', tg_argv[1]) using new into new_id;
        perform raise_plan_data_versions(tg_argv[0], new_id);
    end if;
    if tg_op <> 'INSERT' then
        execute format('select ($1).%I', tg_argv[1]) using old into old_id;
        if old_id is distinct from new_id then
            perform raise_plan_data_versions(tg_argv[0], old_id);
        end if;
    end if;
    return null;
end;
$$;

do $$
declare
    joined constant text[][] := array[
        -- a plan's own records
        ['plan', 'plan', 'id'],
        ['plan_sign_off', 'plan', 'plan_id'],
        ['review_point', 'plan', 'plan_id'],
        ['plan_activity', 'plan', 'plan_id'],
        ['plan_area', 'plan', 'plan_id'],
        ['plan_area_weakness', 'area', 'area_id'],
        ['plan_action', 'area', 'area_id'],
        ['sub_action', 'action', 'action_id'],
        ['action_lead', 'action', 'action_id'],
        ['action_lead_organisation', 'action', 'action_id'],
        ['measure', 'action', 'action_id'],
        ['reporting_period', 'plan', 'plan_id'],
        ['progress_update', 'period', 'period_id'],
        ['measure_actual', 'update', 'update_id'],
        ['evidence', 'update', 'update_id'],
        ['board_review', 'update', 'update_id'],
        -- what the plan's pages show of its inspection and its local area (leads' names, organisations)
        ['inspection', 'inspection', 'id'],
        ['inspection_finding', 'inspection', 'inspection_id'],
        ['inspection_weakness', 'inspection', 'inspection_id'],
        ['local_area', 'local_area', 'id'],
        ['organisation', 'local_area', 'local_area_id'],
        ['person', 'local_area', 'local_area_id']
    ];
    i int;
begin
    for i in 1 .. array_length(joined, 1) loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function plan_data_changed(%L, %L)',
                       joined[i][1] || '_raises_plan_data_version', joined[i][1], joined[i][2], joined[i][3]);
    end loop;
end;
$$;

drop table data_version;
