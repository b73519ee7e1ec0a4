-- The two roles WSOA Tracker's database is used through. Run by a superuser in the application's database; safe to
-- run again. The embedded database runs it at every start; docker-compose.yml runs it when the database is created.
--
--   wsoa_owner  owns the tables, sequences and functions; Flyway migrates as this role.
--   wsoa_app    the application. It reads and changes rows (only adds rows to the append-only tables: see
--               db/migration/afterMigrate__grant_application_role.sql) and cannot create, alter or drop a table, nor
--               disable a table's triggers: only the owner or a superuser can.
--
-- Passwords are not set here: the embedded database accepts local connections without one, and docker-compose.yml's
-- script sets them from its environment.
do $$
begin
    if not exists (select from pg_roles where rolname = 'wsoa_owner') then
        create role wsoa_owner login;
    end if;
    if not exists (select from pg_roles where rolname = 'wsoa_app') then
        create role wsoa_app login;
    end if;
end
$$;

revoke create on schema public from public;
grant usage, create on schema public to wsoa_owner;
grant usage on schema public to wsoa_app;

-- Tables, sequences and functions made before these roles existed (by an earlier version, which migrated as the
-- superuser) pass to the owner. Sequences of identity and serial columns follow their table; objects of extensions
-- stay as they are.
do $$
declare
    object record;
begin
    for object in
        select c.oid::regclass as name,
               case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
                              else 'table' end as kind
        from pg_class c
        where c.relnamespace = 'public'::regnamespace
          and c.relkind in ('r', 'p', 'v', 'm', 'S')
          and c.relowner <> 'wsoa_owner'::regrole
          and not exists (select from pg_depend d
                          where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i', 'e'))
    loop
        execute format('alter %s %s owner to wsoa_owner', object.kind, object.name);
    end loop;
    for object in
        select p.oid::regprocedure as name
        from pg_proc p
        where p.pronamespace = 'public'::regnamespace
          and p.proowner <> 'wsoa_owner'::regrole
          and not exists (select from pg_depend d
                          where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
    loop
        execute format('alter routine %s owner to wsoa_owner', object.name);
    end loop;
end
$$;
