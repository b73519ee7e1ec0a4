-- A plan of 116 actions for benchmark/big-plan.sh, the size of Kent's accelerated progress plan: the national-scale
-- synthetic plans of SYN002 and SYN003 are moved into SYN001's (areas 6 to 15, leads, lead organisations and areas of
-- weakness taken to SYN001's people, organisations and inspection of the same initials, codes and numbers, updates to
-- SYN001's reporting periods of the same month), then the last 4 actions are removed: 15 areas, 116 actions, each with
-- its 36 months of updates. Run once, after benchmark/national-data.sql. Prints the plan's id.

begin;

create temporary table big_plans on commit drop as
select p.id, la.id as local_area_id, p.inspection_id, row_number() over (order by la.code) - 1 as n
from plan p
join inspection i on i.id = p.inspection_id
join local_area la on la.id = i.local_area_id
where la.code in ('SYN001', 'SYN002', 'SYN003');

create temporary table big_target on commit drop as
select id, local_area_id, inspection_id from big_plans where n = 0;

update progress_update u
set period_id = (select t.id from reporting_period t where t.plan_id = (select id from big_target)
    and t.month = r.month)
from reporting_period r, big_plans b
where r.id = u.period_id and r.plan_id = b.id and b.n > 0;

update action_lead l
set person_id = (select p1.id from person p1 join person p0 on p0.initials = p1.initials
    where p0.id = l.person_id and p1.local_area_id = (select local_area_id from big_target))
from plan_action x, plan_area a, big_plans b
where x.id = l.action_id and a.id = x.area_id and a.plan_id = b.id and b.n > 0;

update action_lead_organisation l
set organisation_id = (select o1.id from organisation o1 join organisation o0 on o0.code = o1.code
    where o0.id = l.organisation_id and o1.local_area_id = (select local_area_id from big_target))
from plan_action x, plan_area a, big_plans b
where x.id = l.action_id and a.id = x.area_id and a.plan_id = b.id and b.n > 0;

update plan_area_weakness w
set weakness_id = (select w1.id from inspection_weakness w1 join inspection_weakness w0 on w0.number = w1.number
    where w0.id = w.weakness_id and w1.inspection_id = (select inspection_id from big_target))
from plan_area a, big_plans b
where a.id = w.area_id and a.plan_id = b.id and b.n > 0;

update plan_area a
set plan_id = (select id from big_target), number = a.number + 5 * b.n
from big_plans b
where a.plan_id = b.id and b.n > 0;

update plan_action x
set number = a.number || '.' || x.position
from plan_area a
where a.id = x.area_id and a.plan_id = (select id from big_target);

-- 120 actions: the last 4 go, with their updates.
create temporary table big_removed on commit drop as
select x.id from plan_action x join plan_area a on a.id = x.area_id
where a.plan_id = (select id from big_target) and a.number = 15 and x.position > 4;
delete from progress_update where action_id in (select id from big_removed);
delete from plan_action where id in (select id from big_removed);

delete from reporting_period where plan_id in (select id from big_plans where n > 0);
delete from plan where id in (select id from big_plans where n > 0);

update plan set title = 'Accelerated progress plan of 116 actions', kind = 'ACCELERATED_PROGRESS_PLAN'
where id = (select id from big_target);

select id from big_target;

commit;
