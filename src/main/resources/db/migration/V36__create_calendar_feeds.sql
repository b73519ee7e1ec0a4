-- Each person's secret calendar address: the deadlines of the plans of their local areas as an iCalendar feed their
-- calendar subscribes to. Only the token's SHA-256 hash is kept; removing the row revokes the address.

create table calendar_feed (
    account_id bigint      primary key references account (id) on delete cascade,
    token_hash varchar(64) not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null
);
