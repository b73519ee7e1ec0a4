-- An evidence file's contents in a table of their own, read only when the file is downloaded: reading an update, its
-- evidence or a period's updates for the board never loads them (the lazy column of V5 was loaded with every read).
create table evidence_content (
    evidence_id bigint primary key references evidence (id) on delete cascade,
    content     bytea  not null
);

insert into evidence_content (evidence_id, content)
select id, content from evidence where content is not null;

-- The check that a file has contents (and a link none) goes with the column; a file's size stays with its evidence.
alter table evidence drop column content;

alter table evidence
    add constraint evidence_file_has_size check ((kind = 'FILE') = (size_bytes is not null));

-- Every file has its contents, checked when the transaction that adds it commits (its contents are added after it).
create function evidence_file_has_content() returns trigger language plpgsql as $$
begin
    if new.kind = 'FILE' and exists (select from evidence where id = new.id)
            and not exists (select from evidence_content where evidence_id = new.id) then
        raise exception 'Evidence file % has no contents', new.id using errcode = '23514';
    end if;
    return null;
end;
$$;

create constraint trigger evidence_file_has_content
    after insert on evidence deferrable initially deferred
    for each row execute function evidence_file_has_content();
