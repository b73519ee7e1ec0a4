-- Every text, number and date the forms and the plan import take is bounded; the database holds the same bounds, as
-- the last line of defence. The bounds are those of the application: PlanLimits (texts of an inspection and a plan,
-- a measure's values), UpdateForm (a lead's update), ReviewForm (a board member's comment), PublishController (a
-- correction note) and Years (every date: 2000 to 2100).

alter table inspection
    add constraint inspection_dates_in_service_years check (
        start_date between '2000-01-01' and '2100-12-31' and end_date between '2000-01-01' and '2100-12-31'
        and letter_date between '2000-01-01' and '2100-12-31'
        and publication_date between '2000-01-01' and '2100-12-31');

alter table inspection_finding
    add constraint inspection_finding_text_length check (char_length(text) <= 5000);

alter table inspection_weakness
    add constraint inspection_weakness_text_length check (char_length(text) <= 5000);

alter table plan
    add constraint plan_deadline_override_reason_length check (char_length(deadline_override_reason) <= 2000),
    add constraint plan_deadline_override_in_service_years check (
        deadline_override between '2000-01-01' and '2100-12-31');

alter table plan_sign_off
    add constraint plan_sign_off_signed_on_in_service_years check (signed_on between '2000-01-01' and '2100-12-31');

alter table review_point
    add constraint review_point_month_in_service_years check (month between '2000-01-01' and '2100-12-01');

alter table plan_activity
    add constraint plan_activity_text_length check (char_length(text) <= 2000),
    add constraint plan_activity_occurred_in_service_years check (occurred between '2000-01-01' and '2100-12-31');

alter table plan_area
    add constraint plan_area_weakness_text_length check (char_length(weakness_text) <= 5000);

alter table plan_action
    add constraint plan_action_outcome_length check (char_length(outcome) <= 5000),
    add constraint plan_action_action_text_length check (char_length(action_text) <= 5000),
    add constraint plan_action_evidence_and_impact_length check (char_length(evidence_and_impact) <= 10000),
    add constraint plan_action_dates_in_service_years check (
        start_date between '2000-01-01' and '2100-12-31' and end_date between '2000-01-01' and '2100-12-31');

alter table sub_action
    add constraint sub_action_text_length check (char_length(text) <= 5000),
    add constraint sub_action_dates_in_service_years check (
        start_date between '2000-01-01' and '2100-12-31' and end_date between '2000-01-01' and '2100-12-31');

alter table measure
    add constraint measure_text_length check (char_length(text) <= 5000),
    add constraint measure_values_in_range check (
        baseline between -1000000000 and 1000000000 and target between -1000000000 and 1000000000),
    add constraint measure_target_month_in_service_years check (target_month between '2000-01-01' and '2100-12-01');

alter table reporting_period
    add constraint reporting_period_dates_in_service_years check (
        month between '2000-01-01' and '2100-12-01' and due_date between '2000-01-01' and '2100-12-31');

alter table progress_update
    add constraint progress_update_done_length check (char_length(done) <= 20000),
    add constraint progress_update_next_steps_length check (char_length(next_steps) <= 20000);

alter table measure_actual
    add constraint measure_actual_value_in_range check (value between -1000000000 and 1000000000);

alter table board_review
    add constraint board_review_comment_length check (char_length(comment) <= 2000);

alter table published_report
    add constraint published_report_correction_note_length check (char_length(correction_note) <= 2000);
