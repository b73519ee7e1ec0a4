-- Removing a plan, a reporting period or a published report asks PostgreSQL whether an append-only table (a published
-- report, a public page setting, a report's PDF) still refers to it. PostgreSQL makes that check as the tables' owner
-- and locks the rows it finds (FOR KEY SHARE), which needs the right to change at least one of their columns; the
-- owner gave up every such right when it made the tables, so wherever the owner is not a superuser (the production
-- database and the embedded one) every removal of a plan was refused, even of a draft that no report refers to, and
-- so was the removal of the demo's publications. The owner takes back the right to change one column of each: the
-- append-only triggers still refuse every change to their rows, and the application's role still has no such right.
grant update (demo) on published_report, public_page_setting to current_user;
grant update (rendered_at) on published_report_pdf to current_user;
