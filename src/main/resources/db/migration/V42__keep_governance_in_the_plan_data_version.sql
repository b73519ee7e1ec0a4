-- What the board's plan dashboard shows of the plan's governance (its risks above the threshold, the risk matrix and
-- the open actions arising from board meetings) joins the plan's data version (V39), so that the dashboard keeps it
-- with the rest, worked out and rendered once for each version, rather than reading and rendering it on every view.

create or replace function raise_plan_data_versions(of_kind text, of_id bigint) returns void language plpgsql as $$
begin
    if of_id is null then
        return;
    end if;
    update plan_data_version v
    set version = v.version + 1, raised_in = txid_current()
    where v.raised_in is distinct from txid_current()
      and v.plan_id in (
        select of_id where of_kind = 'plan'
        union all
        select a.plan_id from plan_area a where of_kind = 'area' and a.id = of_id
        union all
        select a.plan_id from plan_action x join plan_area a on a.id = x.area_id
        where of_kind = 'action' and x.id = of_id
        union all
        select r.plan_id from reporting_period r where of_kind = 'period' and r.id = of_id
        union all
        select r.plan_id from progress_update u join reporting_period r on r.id = u.period_id
        where of_kind = 'update' and u.id = of_id
        union all
        select m.plan_id from board_meeting m where of_kind = 'meeting' and m.id = of_id
        union all
        select p.id from plan p where of_kind = 'inspection' and p.inspection_id = of_id
        union all
        select p.id from plan p join inspection i on i.id = p.inspection_id
        where of_kind = 'local_area' and i.local_area_id = of_id
      );
end;
$$;

create constraint trigger plan_governance_raises_plan_data_version
    after insert or update or delete on plan_governance deferrable initially deferred
    for each row execute function plan_data_changed('plan', 'plan_id');

create constraint trigger risk_raises_plan_data_version
    after insert or update or delete on risk deferrable initially deferred
    for each row execute function plan_data_changed('plan', 'plan_id');

create constraint trigger board_meeting_raises_plan_data_version
    after insert or update or delete on board_meeting deferrable initially deferred
    for each row execute function plan_data_changed('plan', 'plan_id');

create constraint trigger action_arising_raises_plan_data_version
    after insert or update or delete on action_arising deferrable initially deferred
    for each row execute function plan_data_changed('meeting', 'meeting_id');
