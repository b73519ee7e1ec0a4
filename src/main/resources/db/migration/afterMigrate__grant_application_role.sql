-- Runs after every migration, as the role that migrates and owns the tables. When the application connects as a role of
-- its own (the placeholder application_role, empty when the application connects as the owner: see
-- ApplicationRoleConfiguration), that role may read, add, change and remove the rows of every table, except that it
-- may only read and add rows of an append-only table (one with a trigger named <table>_append_only). It gets nothing
-- on Flyway's own table, and, not being the owner, it can alter, disable the triggers of or drop no table.
do $$
declare
    application_role constant text := '${application_role}';
    relation record;
begin
    if application_role = '' then
        return;
    end if;
    -- Two instances started at once each run this once their migrations are done (outside Flyway's own lock): one at
    -- a time, or PostgreSQL refuses the second's grant on a table the first is granting ("tuple concurrently updated")
    -- and that instance fails to start. The lock is held until this script's transaction ends.
    perform pg_advisory_xact_lock(hashtext('wsoa-tracker: grant application role'));
    if pg_has_role(current_user, (select nspowner from pg_namespace where nspname = 'public'), 'usage') then
        execute format('grant usage on schema public to %I', application_role); -- otherwise db/roles.sql did
    end if;
    for relation in
        select c.oid::regclass as name,
               exists (select from pg_trigger t
                       where t.tgrelid = c.oid and t.tgname = c.relname || '_append_only') as append_only
        from pg_class c
        where c.relnamespace = 'public'::regnamespace
          and c.relkind in ('r', 'p')
          and c.relname <> '${flyway:table}'
    loop
        execute format('revoke all on %s from %I', relation.name, application_role);
        if relation.append_only then
            execute format('grant select, insert on %s to %I', relation.name, application_role);
        else
            execute format('grant select, insert, update, delete on %s to %I', relation.name, application_role);
        end if;
    end loop;
    execute format('grant usage, select on all sequences in schema public to %I', application_role);
    -- Tables the owner makes outside a migration are covered too; the next migration narrows append-only ones.
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   application_role);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I',
                   application_role);
end
$$;
