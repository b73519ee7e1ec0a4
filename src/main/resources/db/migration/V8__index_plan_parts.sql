-- A plan's parts are read by the plan they belong to; without these indexes each read scans the table for every plan
-- in the database (at national scale, thousands of measures and sub-actions for one plan's forty actions).
create index measure_action_idx on measure (action_id);
create index sub_action_action_idx on sub_action (action_id);
create index plan_sign_off_plan_idx on plan_sign_off (plan_id);
create index plan_activity_plan_idx on plan_activity (plan_id);
create index inspection_finding_inspection_idx on inspection_finding (inspection_id);
