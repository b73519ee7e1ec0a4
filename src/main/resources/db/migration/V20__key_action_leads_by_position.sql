-- An action's leads (and lead organisations) are an ordered list: the application writes each row by its place,
-- so when a change moves a lead to another place, one row briefly holds a person another row still holds. Key the
-- rows by their place, and check that a person (or organisation) leads an action only once when the change commits.
update action_lead l
set position = n.position
from (select action_id, person_id, row_number() over (partition by action_id order by position, person_id) - 1 as position
      from action_lead) n
where n.action_id = l.action_id and n.person_id = l.person_id and l.position <> n.position;

alter table action_lead
    drop constraint action_lead_pkey,
    add primary key (action_id, position),
    add constraint action_lead_person_once unique (action_id, person_id) deferrable initially deferred;

update action_lead_organisation l
set position = n.position
from (select action_id, organisation_id,
             row_number() over (partition by action_id order by position, organisation_id) - 1 as position
      from action_lead_organisation) n
where n.action_id = l.action_id and n.organisation_id = l.organisation_id and l.position <> n.position;

alter table action_lead_organisation
    drop constraint action_lead_organisation_pkey,
    add primary key (action_id, position),
    add constraint action_lead_organisation_once unique (action_id, organisation_id) deferrable initially deferred;

-- Before a measure is removed the plan register asks whether actual values have been reported against it, and the
-- database checks the same on delete: both look measure_actual up by measure.
create index measure_actual_measure_idx on measure_actual (measure_id);
