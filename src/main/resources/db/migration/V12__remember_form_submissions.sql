-- Each form a signed-in person sends carries a one-time token (added to every form by the application). The first
-- request with a token claims it here; a second with the same token (a double click, a resent request) waits for the
-- first and is sent where the first was, instead of creating the same thing twice.
create table form_submission (
    submission_key varchar(500)  primary key,
    created_at     timestamptz   not null,
    location       varchar(2000)
);

create index form_submission_created_idx on form_submission (created_at);
