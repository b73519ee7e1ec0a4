-- A published report's PDF, rendered once (when it is published, or at the first download of a report published
-- before PDFs were kept) and from then on served as stored: byte for byte the same file at every download. Like the
-- report itself, never changed or removed.
create table published_report_pdf (
    report_id   bigint      primary key references published_report (id),
    pdf         bytea       not null,
    rendered_at timestamptz not null
);

create trigger published_report_pdf_append_only
    before update or delete on published_report_pdf
    for each row execute function report_is_append_only();

create trigger published_report_pdf_no_truncate
    before truncate on published_report_pdf
    for each statement execute function report_is_append_only();

revoke update, delete, truncate on published_report_pdf from public;
revoke update, delete, truncate on published_report_pdf from current_user;
