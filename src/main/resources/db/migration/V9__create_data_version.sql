-- The version of the data (one row): raised by every transaction that changes an entity, committed with the change.
-- The dashboards keep what they worked out while it stays the same, on every instance of the application alike.
create table data_version (
    id      int    primary key check (id = 1),
    version bigint not null
);

insert into data_version (id, version) values (1, 0);
