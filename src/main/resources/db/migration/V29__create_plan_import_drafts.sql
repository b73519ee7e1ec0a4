-- A spreadsheet uploaded to change an existing plan, kept between its preview and the moment the administrator applies
-- it: at most one for each person and plan (a new upload replaces it), no larger than the import accepts (5 MB), gone
-- once applied, or with the plan or the account.
create table plan_import_draft (
    plan_id     bigint       not null references plan (id) on delete cascade,
    account_id  bigint       not null references account (id) on delete cascade,
    filename    varchar(255) not null check (length(filename) between 1 and 255),
    content     bytea        not null check (octet_length(content) between 1 and 5242880),
    uploaded_at timestamptz  not null default now(),
    primary key (plan_id, account_id)
);

create index plan_import_draft_account_idx on plan_import_draft (account_id);
