-- An import that revises a plan as a whole is recorded as one entry of its own (operation IMPORT), beside the rows of
-- the fields it changed.
alter table audit_event drop constraint audit_event_operation_check;
alter table audit_event add constraint audit_event_operation_check
    check (operation in ('CREATE', 'UPDATE', 'DELETE', 'IMPORT'));
