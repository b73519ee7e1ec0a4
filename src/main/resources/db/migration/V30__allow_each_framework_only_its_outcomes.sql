-- Framework-aware inspections. An inspection ends in an outcome of its own framework: a 2016-framework inspection (or
-- revisit) in "written statement of action required" or "not required", a 2023-framework inspection (or monitoring
-- inspection) in one of its three outcomes. The rule is InspectionFramework.allows; the form and the service refuse any
-- other pair, and this constraint holds the same pairs (InspectionFrameworkRuleTests compares them pair by pair).
alter table inspection
    add constraint inspection_outcome_of_its_framework check (
        (framework in ('JOINT_LOCAL_AREA_SEND_2016', 'REVISIT')
            and outcome in ('WRITTEN_STATEMENT_REQUIRED', 'NO_WRITTEN_STATEMENT'))
        or (framework in ('AREA_SEND_2023', 'MONITORING')
            and outcome in ('POSITIVE_EXPERIENCES', 'INCONSISTENT_EXPERIENCES', 'WIDESPREAD_OR_SYSTEMIC_FAILINGS')))
    not valid;

-- An inspection recorded before this rule with another framework's outcome is not changed behind anyone's back: the
-- constraint holds for every new or changed inspection, and for all of them once none is left at odds with it.
do $$
begin
    if not exists (select from inspection
                   where not ((framework in ('JOINT_LOCAL_AREA_SEND_2016', 'REVISIT')
                               and outcome in ('WRITTEN_STATEMENT_REQUIRED', 'NO_WRITTEN_STATEMENT'))
                           or (framework in ('AREA_SEND_2023', 'MONITORING')
                               and outcome in ('POSITIVE_EXPERIENCES', 'INCONSISTENT_EXPERIENCES',
                                               'WIDESPREAD_OR_SYSTEMIC_FAILINGS')))) then
        alter table inspection validate constraint inspection_outcome_of_its_framework;
    end if;
end
$$;

-- Under the 2023 framework a weakness is an area for priority action or an area for improvement; a 2016-framework
-- weakness (an area of significant weakness) has no kind.
alter table inspection_weakness
    add column kind varchar(30) constraint inspection_weakness_kind_known
        check (kind in ('AREA_FOR_PRIORITY_ACTION', 'AREA_FOR_IMPROVEMENT'));
