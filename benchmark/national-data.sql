-- National-scale synthetic data for the dashboard benchmark: 150 local areas, each with three partner organisations,
-- ten people, an inspection and one written statement of action of 5 areas and 40 actions (leads, lead organisations,
-- numeric and qualitative measures, sub-actions), 36 monthly reporting periods ending with the current month (every
-- third a review point, all but the last closed) and one progress update per action per period: 216,000 updates with
-- narratives, evidence, measure actuals and, at review points, the board's decision.
--
-- Set-based (generate_series), with the triggers off, so it loads in well under a minute. Run it once on a database
-- the application has migrated and filled with its demo accounts: psql -v ON_ERROR_STOP=1 -f benchmark/national-data.sql
-- Pseudo-random choices come from hashes of ids, so every run spreads the data the same way.

begin;

-- The database's triggers are off while this transaction writes, as a bulk loader's are: with them on, each of the
-- 216,000 updates and 300,000 other rows raises its plan's data version (V39) one row at a time, and the load takes
-- about three minutes instead of seconds. Each new plan is given its data version at the end instead. Foreign keys
-- are not checked either: the statements below join only rows they have made.
set local session_replication_role = replica;

-- The first reporting month: 35 months before the current one.
create temporary table bench_start on commit drop as
select (date_trunc('month', current_date) - interval '35 months')::date as month;

insert into local_area (code, name)
select 'SYN' || lpad(n::text, 3, '0'), 'Synthetic area ' || lpad(n::text, 3, '0')
from generate_series(1, 150) n;

insert into organisation (local_area_id, code, name, kind)
select la.id, o.code, la.name || ' ' || o.name, o.kind
from local_area la
cross join (values ('LA', 'Council', 'COUNCIL'), ('ICB', 'Integrated Care Board', 'ICB'),
    ('NHS', 'Community Health NHS Trust', 'NHS_TRUST')) as o (code, name, kind)
where la.code like 'SYN%';

insert into person (local_area_id, organisation_id, initials, name, role_title, leader_group, email)
select la.id, o.id, 'P' || n,
    (array['Amira', 'Ben', 'Chloe', 'David', 'Esther', 'Farid', 'Grace', 'Hamish', 'Imogen', 'Jonah'])[n] || ' '
        || (array['Ashworth', 'Bennett', 'Chowdhury', 'Dixon', 'Evans', 'Fletcher', 'Gill', 'Harris', 'Iqbal',
            'Jones'])[1 + (n * 3 + la.id::int) % 10],
    (array['Director of Children''s Services', 'ICB Director of Nursing', 'Trust Chief Operating Officer',
        'Head of SEND', 'Designated Clinical Officer', 'Therapies Service Manager', 'SEND Operational Manager',
        'Principal Educational Psychologist', 'Commissioning Manager', 'Participation Lead'])[n],
    case when n <= 3 then 'STRATEGIC' else 'OPERATIONAL' end,
    'p' || n || '.' || lower(la.code) || '@example.org'
from local_area la
cross join generate_series(1, 10) n
join organisation o on o.local_area_id = la.id and o.code = (array['LA', 'ICB', 'NHS'])[1 + n % 3]
where la.code like 'SYN%';

insert into inspection (local_area_id, framework, start_date, end_date, letter_date, publication_date, outcome)
select la.id, 'JOINT_LOCAL_AREA_SEND_2016', s.month - 180, s.month - 176, s.month - 150, s.month - 145,
    'WRITTEN_STATEMENT_REQUIRED'
from local_area la, bench_start s
where la.code like 'SYN%';

insert into inspection_finding (inspection_id, position, heading, kind, text)
select i.id, f.position, f.heading, 'MAIN_FINDING', f.text
from inspection i
join local_area la on la.id = i.local_area_id and la.code like 'SYN%'
cross join (values
    (1, 'Leadership', 'Leaders across education, health and care do not have an accurate, shared understanding of the area''s strengths and weaknesses.'),
    (2, 'Assessment', 'Too many education, health and care plans are late and of variable quality.'),
    (3, 'Co-production', 'Parents and carers are not routinely involved in shaping the services their children receive.')
) as f (position, heading, text);

insert into inspection_weakness (inspection_id, number, text)
select i.id, w.number, w.text
from inspection i
join local_area la on la.id = i.local_area_id and la.code like 'SYN%'
cross join (values
    (1, 'The lack of a shared strategy and joint commissioning across education, health and care.'),
    (2, 'The timeliness and quality of education, health and care plans.'),
    (3, 'Waiting times for assessment by speech and language therapy and neurodevelopmental services.'),
    (4, 'The co-production of services with parents, carers, children and young people.'),
    (5, 'Preparation for adulthood and the transition to adult services.')
) as w (number, text);

insert into plan (inspection_id, kind, title, status, scale_id, board_name, chair, vice_chair, reporting_cadence)
select i.id, 'WRITTEN_STATEMENT_OF_ACTION', la.name || ' written statement of action', 'ACCEPTED',
    (select id from progress_scale where code = 'YORK_SIX_STEP'), la.name || ' SEND Improvement Board',
    'Director of Children''s Services', 'ICB Director of Nursing', 'Monthly, with a review point every quarter'
from inspection i
join local_area la on la.id = i.local_area_id and la.code like 'SYN%';

insert into plan_sign_off (plan_id, position, organisation, name, role, signed_on)
select p.id, o.position, o.organisation, o.name, o.role, s.month - 60
from plan p
join inspection i on i.id = p.inspection_id
join local_area la on la.id = i.local_area_id and la.code like 'SYN%'
cross join bench_start s
cross join (values (0, 'LA', 'Chief Executive', 'Council'), (1, 'ICB', 'Chief Executive', 'Integrated Care Board'))
    as o (position, organisation, name, role);

insert into plan_area (plan_id, number, title, weakness_text)
select p.id, w.number,
    (array['Leadership and joint commissioning', 'Education, health and care plans', 'Waiting times for therapies',
        'Co-production with families', 'Preparing for adulthood'])[w.number],
    w.text
from plan p
join inspection_weakness w on w.inspection_id = p.inspection_id
join inspection i on i.id = p.inspection_id
join local_area la on la.id = i.local_area_id and la.code like 'SYN%';

-- Area N answers the inspection's weakness N.
insert into plan_area_weakness (area_id, weakness_id)
select a.id, w.id
from plan_area a
join plan p on p.id = a.plan_id
join inspection_weakness w on w.inspection_id = p.inspection_id and w.number = a.number
join inspection i on i.id = p.inspection_id
join local_area la on la.id = i.local_area_id and la.code like 'SYN%';

-- 8 actions in each area; j (1 to 40) numbers them through the plan.
insert into plan_action (area_id, number, position, outcome, action_text, start_date, start_precision, end_date,
    end_precision, phase, evidence_and_impact)
select a.id, a.number || '.' || k, k,
    (array['Children and young people with SEND receive the right support at the right time, and their families can see the difference it makes.',
        'Education, health and care plans are issued within 20 weeks and describe each child''s needs and outcomes accurately.',
        'Families wait no longer than 18 weeks for a first assessment and are kept informed while they wait.',
        'Parents, carers and young people shape the services they use and say that they are listened to.',
        'Young people move into adulthood with plans for employment, independent living, friendships and good health.',
        'Leaders in education, health and care share one accurate picture of need and commission services together.',
        'Practitioners across the partnership identify needs early and know how to get help for a child.',
        'The local offer is accurate, easy to find and used by families.'])[1 + (j * 3) % 8],
    (array['Agree a joint SEND strategy with outcomes, owners and a quarterly performance report to the Improvement Board.',
        'Audit a sample of plans each month with health and care colleagues, feeding the findings back to case workers and training.',
        'Commission additional assessment capacity and publish waiting-time information for families every month.',
        'Set up a parent carer forum steering group that reviews every change to services before it is made.',
        'Introduce preparing-for-adulthood reviews from Year 9 with a named worker for each young person.',
        'Build a shared dataset of need across education, health and care and use it in commissioning decisions.'])[1 + j % 6],
    start_month, 'MONTH', (start_month + make_interval(months => 10 + (j * 7 + a.plan_id::int) % 34))::date, 'MONTH',
    'Phase ' || (1 + j % 3),
    'Impact is judged from audit results, waiting times and what families tell the parent carer forum.'
from plan_area a
join plan p on p.id = a.plan_id
join inspection i on i.id = p.inspection_id
join local_area la on la.id = i.local_area_id and la.code like 'SYN%'
cross join generate_series(1, 8) k
cross join lateral (select (a.number - 1) * 8 + k as j) as jj
cross join lateral (select (s.month + make_interval(months => (j * 4) % 15))::date as start_month from bench_start s) as st;

-- The action's place in its plan (1 to 40), for the choices below.
create temporary table bench_action on commit drop as
select pa.id, pa.area_id, ar.plan_id, i.local_area_id, (ar.number - 1) * 8 + pa.position as j, pa.start_date,
    pa.end_date
from plan_action pa
join plan_area ar on ar.id = pa.area_id
join plan p on p.id = ar.plan_id
join inspection i on i.id = p.inspection_id
join local_area la on la.id = i.local_area_id and la.code like 'SYN%';

insert into action_lead (action_id, position, person_id)
select a.id, l.position, pe.id
from bench_action a
cross join (values (0, 0), (1, 3)) as l (position, shift)
join person pe on pe.local_area_id = a.local_area_id and pe.initials = 'P' || (1 + (a.j + l.shift) % 10)
where l.position = 0 or a.j % 3 = 0;

insert into action_lead_organisation (action_id, position, organisation_id)
select a.id, 0, o.id
from bench_action a
join organisation o on o.local_area_id = a.local_area_id and o.code = (array['LA', 'ICB', 'NHS'])[1 + a.j % 3];

-- A numeric measure for every fourth action (every other one without a baseline: the first actual is its baseline),
-- and a qualitative one for every fifth.
insert into measure (action_id, position, text, baseline, target, unit, target_month)
select a.id, 1,
    (array['Percentage of EHC plans issued within 20 weeks', 'Percentage of families waiting under 18 weeks',
        'Percentage of annual reviews completed on time', 'Percentage of parents who say they were listened to'])[1 + a.j % 4],
    case when a.j % 8 = 0 then null else 40 end, 90, '%', a.end_date
from bench_action a
where a.j % 4 = 0;

insert into measure (action_id, position, text)
select a.id, 2, 'Families and practitioners describe a better experience in the parent carer forum''s survey'
from bench_action a
where a.j % 5 = 0;

insert into sub_action (action_id, position, label, text, start_date, start_precision, end_date, end_precision)
select a.id, n, (array['a', 'b'])[n],
    (array['Agree the approach with partners', 'Report the first results to the Improvement Board'])[n],
    a.start_date, 'MONTH', a.end_date, 'MONTH'
from bench_action a
cross join generate_series(1, 2) n
where a.j % 5 = 1;

insert into reporting_period (plan_id, month, due_date, review_point, status, closed_at)
select p.id, m.month, (m.month + interval '1 month' - interval '1 day')::date, n % 3 = 2,
    case when n < 35 then 'CLOSED' else 'OPEN' end,
    case when n < 35 then m.month + interval '1 month' + interval '10 days' end
from plan p
join inspection i on i.id = p.inspection_id
join local_area la on la.id = i.local_area_id and la.code like 'SYN%'
cross join generate_series(0, 35) n
cross join lateral (select (s.month + make_interval(months => n))::date as month from bench_start s) as m;

insert into review_point (plan_id, month)
select plan_id, month
from reporting_period rp
where rp.review_point and rp.plan_id in (select plan_id from bench_action);

-- One update per action per period. r varies by action and quarter (a status holds for a while), q is the action's
-- character (most finish on time, some run late), v varies by update.
create temporary table bench_update on commit drop as
select a.id as action_id, rp.id as period_id, rp.month, rp.due_date, rp.review_point, rp.status = 'OPEN' as open,
    a.start_date, a.end_date, a.j,
    abs(hashint8(a.id * 16 + (rp.month - s.month) / 91)) % 100 as r,
    abs(hashint8(a.id)) % 100 as q,
    abs(hashint8(a.id * 64 + rp.id)) % 100 as v
from bench_action a
join reporting_period rp on rp.plan_id = a.plan_id
cross join bench_start s;

insert into progress_update (action_id, period_id, status_code, done, next_steps, state, author_account_id,
    author_name, updated_at, submitted_at)
select u.action_id, u.period_id, st.code,
    (array['The working group met twice this month and agreed the terms of reference with every partner.',
        'We audited twelve plans with health and social care colleagues; nine were judged good or better.',
        'Additional assessment sessions ran on Saturdays, reducing the waiting list by forty children.',
        'The parent carer forum reviewed the draft guidance and their changes have been made.',
        'Training was delivered to 85 practitioners across schools, health visiting and early help.',
        'The data sharing agreement was signed and the first joint report was produced.'])[1 + u.v % 6]
        || ' ' ||
    (array['Feedback from families has been positive, although some still report long waits for a response.',
        'Recruitment to the two vacant posts is under way and interim cover is in place.',
        'The dashboard of key indicators was presented to the Improvement Board and discussed in detail.',
        'Schools have been asked to nominate a lead for the next stage of the work.',
        'A risk has been logged about capacity over the summer and mitigations agreed.'])[1 + (u.v / 6) % 5]
        || ' ' ||
    (array['Evidence is held in the programme office''s shared folder and linked below where it is published.',
        'The lead has met the service manager to check that the change is embedded in day-to-day practice.',
        'Progress against the measures of success is reported in the table below.',
        'The next audit will test whether the improvements have been sustained.'])[1 + (u.v / 30) % 4]
        || ' ' ||
    (array['Partners agreed at the operational group that the work remains a priority for next quarter, and the budget for it has been confirmed.',
        'The impact on children and families will be checked through case audits and the next survey of parents and carers.',
        'Two schools and one health team have asked to pilot the new approach, and the lead is arranging the pilots with them.'])[1 + (u.v / 7) % 3],
    (array['Continue as planned and report again next month.',
        'Complete the second audit cycle and share the findings with the parent carer forum.',
        'Agree the commissioning intentions for next year with the ICB and present them to the board.',
        'Review the waiting list weekly and escalate any child waiting longer than 18 weeks.',
        'Hold a co-production workshop with young people and feed back what changed as a result.'])[1 + u.v % 5]
        || ' The lead will confirm the timetable with partners before the next reporting date.',
    sa.state, null, pe.name, u.due_date - (u.v % 10) + time '10:00',
    case when sa.state <> 'DRAFT' then u.due_date - (u.v % 10) + time '10:00' end
from bench_update u
join action_lead al on al.action_id = u.action_id and al.position = 0
join person pe on pe.id = al.person_id
cross join lateral (select case
    when u.month < u.start_date then 'NOT_YET_STARTED'
    when u.month >= u.end_date and u.q < 80 then
        case when u.month > u.end_date + interval '3 months' then 'EMBEDDED' else 'COMPLETED' end
    when u.month >= u.end_date then case when u.r < 50 then 'STARTED_BUT_DELAYED' else 'PROGRESSING_BUT_DELAYED' end
    when u.r < 60 then 'PROGRESSING_AND_ON_TRACK'
    when u.r < 85 then 'PROGRESSING_BUT_DELAYED'
    else 'STARTED_BUT_DELAYED'
end as code) as st
cross join lateral (select case
    when u.open then case when u.v < 70 then 'SUBMITTED' else 'DRAFT' end
    when u.review_point then case when u.v < 3 then 'CHALLENGED' else 'ACCEPTED' end
    else 'SUBMITTED'
end as state) as sa;

-- Evidence for every completed or embedded update (a completed action needs it) and for some others.
insert into evidence (update_id, kind, title, url, added_at)
select pu.id, 'LINK', 'Improvement Board minutes, ' || to_char(rp.month, 'FMMonth YYYY'),
    'https://example.org/send/evidence/' || pu.id, pu.updated_at
from progress_update pu
join reporting_period rp on rp.id = pu.period_id
where pu.action_id in (select id from bench_action)
    and (pu.status_code in ('COMPLETED', 'EMBEDDED') or pu.id % 5 = 0);

-- Actuals for each numeric measure, along the line from 40 towards 90 with some noise, once the action has started.
insert into measure_actual (update_id, measure_id, value)
select pu.id, m.id,
    round(40 + 50 * least(1, greatest(0, (rp.month - ba.start_date)::numeric / greatest(1, m.target_month - ba.start_date)))
        + (abs(hashint8(pu.id)) % 16) - 9)
from progress_update pu
join reporting_period rp on rp.id = pu.period_id
join bench_action ba on ba.id = pu.action_id
join measure m on m.action_id = pu.action_id and m.target is not null
where rp.month >= ba.start_date;

-- The board's decision on each update of a closed review point.
insert into board_review (update_id, decision, comment, reviewer_account_id, reviewer_name, decided_at)
select pu.id, pu.state,
    case when pu.state = 'CHALLENGED' then 'The rating does not match the waiting-time figures: show the evidence.' end,
    (select id from account where email = 'chair@example.org'), 'Improvement Board Chair',
    rp.due_date + 5 + time '14:00'
from progress_update pu
join reporting_period rp on rp.id = pu.period_id
where pu.state in ('ACCEPTED', 'CHALLENGED') and pu.action_id in (select id from bench_action);

-- The demo's Improvement Board chair and programme office see every synthetic local area, so that the board's home
-- shows all 152 plans (an account sees the plans of its own local areas only).
insert into account_local_area (account_id, local_area_id)
select a.id, la.id from account a, local_area la
where a.email in ('chair@example.org', 'admin@example.org') and la.code like 'SYN%';

-- Each new plan's data version, which the trigger on plan gives a plan made with triggers on (a database from before
-- V39 kept one version of all the data, raised by the application, and has none).
do $$
begin
    if to_regclass('plan_data_version') is not null then
        insert into plan_data_version (plan_id)
        select p.id from plan p where not exists (select from plan_data_version v where v.plan_id = p.id);
    end if;
end
$$;

commit;

analyze;
