-- An area of a plan answers one or more of its inspection's areas of weakness (a real plan groups 12 weaknesses into
-- 5 workstreams). Each area keeps the weakness it answered; an area that answered none keeps none, and is asked for
-- one the next time it is changed.
create table plan_area_weakness (
    area_id     bigint not null references plan_area (id) on delete cascade,
    weakness_id bigint not null references inspection_weakness (id),
    primary key (area_id, weakness_id)
);

-- Deleting an area of weakness looks up the areas that answer it.
create index plan_area_weakness_weakness_idx on plan_area_weakness (weakness_id);

insert into plan_area_weakness (area_id, weakness_id)
select id, weakness_id from plan_area where weakness_id is not null;

alter table plan_area drop column weakness_id;
