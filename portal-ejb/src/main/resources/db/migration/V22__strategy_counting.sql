-- What the strategy's figures count, kept apart from the read model of V21 so that counting reads only what it needs
-- (no titles, statuses or names, and no join that does not give a counted column). The portal groups these by day
-- (StrategyTally) and keeps the counts until an activity changes.
--
-- strategy_activity_fact: one row per activity — kind, id, aims, date, day, pathway.
CREATE VIEW strategy_activity_fact (kind, activity_id, aim_codes, activity_at, activity_day, pathway_code) AS
SELECT CAST('VACANCY' AS VARCHAR(20)), v.id, v.aim_codes, v.opened_at, CAST(v.opened_at AS DATE), s.pathway_code
  FROM vacancy v JOIN lead_seat s ON s.id = v.seat_id
UNION ALL
SELECT CAST('APPOINTMENT' AS VARCHAR(20)), a.id, a.aim_codes, a.recorded_at, CAST(a.recorded_at AS DATE), s.pathway_code
  FROM appointment a JOIN lead_seat s ON s.id = a.seat_id
UNION ALL
SELECT CAST('AGENDA_ITEM' AS VARCHAR(20)), i.id, i.aim_codes, m.starts_at, CAST(m.starts_at AS DATE), b.pathway_code
  FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN board b ON b.id = m.board_id
UNION ALL
SELECT CAST('PROJECT' AS VARCHAR(20)), x.id, x.aim_codes, x.created_at, CAST(x.created_at AS DATE), x.pathway_code
  FROM change_project x
UNION ALL
SELECT CAST('COHORT' AS VARCHAR(20)), h.id, h.aim_codes, h.created_at, CAST(h.created_at AS DATE), CAST(NULL AS VARCHAR(30))
  FROM cohort h
UNION ALL
SELECT CAST('CQUIN_INDICATOR' AS VARCHAR(20)), q.id, q.aim_codes, q.created_at, CAST(q.created_at AS DATE), q.pathway_code
  FROM cquin_indicator q
UNION ALL
SELECT CAST('ADVICE_REQUEST' AS VARCHAR(20)), r.id, r.aim_codes, r.raised_at, CAST(r.raised_at AS DATE), r.pathway_code
  FROM advice_request r
UNION ALL
SELECT CAST('ASSURANCE_REVIEW' AS VARCHAR(20)), w.id, w.aim_codes, w.opened_at, CAST(w.opened_at AS DATE), CAST(NULL AS VARCHAR(30))
  FROM assurance_review w
UNION ALL
SELECT CAST('RECONFIGURATION' AS VARCHAR(20)), f.id, f.aim_codes, f.submitted_at, CAST(f.submitted_at AS DATE), f.pathway_code
  FROM reconfiguration f;

-- strategy_activity_organisation: one row per activity and organisation it concerns — the lead's organisation for an
-- appointment, every organisation an agenda item or advice request names, a project's, an indicator's provider, the
-- organisation an assurance review is of, a reconfiguration's sponsor and each organisation affected. An activity
-- naming two organisations counts for each of them.
CREATE VIEW strategy_activity_organisation (kind, activity_id, organisation_id, aim_codes, activity_at, activity_day, pathway_code) AS
SELECT CAST('APPOINTMENT' AS VARCHAR(20)), a.id, c.organisation_id, a.aim_codes, a.recorded_at, CAST(a.recorded_at AS DATE), s.pathway_code
  FROM appointment a JOIN lead_seat s ON s.id = a.seat_id JOIN clinician c ON c.id = a.clinician_id WHERE c.organisation_id IS NOT NULL
UNION ALL
SELECT CAST('AGENDA_ITEM' AS VARCHAR(20)), i.id, o.organisation_id, i.aim_codes, m.starts_at, CAST(m.starts_at AS DATE), b.pathway_code
  FROM agenda_item_organisation o JOIN agenda_item i ON i.id = o.item_id JOIN meeting m ON m.id = i.meeting_id JOIN board b ON b.id = m.board_id
UNION ALL
SELECT CAST('PROJECT' AS VARCHAR(20)), x.id, x.organisation_id, x.aim_codes, x.created_at, CAST(x.created_at AS DATE), x.pathway_code
  FROM change_project x WHERE x.organisation_id IS NOT NULL
UNION ALL
SELECT CAST('CQUIN_INDICATOR' AS VARCHAR(20)), q.id, k.provider_id, q.aim_codes, q.created_at, CAST(q.created_at AS DATE), q.pathway_code
  FROM cquin_indicator q JOIN cquin_contract k ON k.id = q.contract_id
UNION ALL
SELECT CAST('ADVICE_REQUEST' AS VARCHAR(20)), r.id, o.organisation_id, r.aim_codes, r.raised_at, CAST(r.raised_at AS DATE), r.pathway_code
  FROM advice_request_organisation o JOIN advice_request r ON r.id = o.request_id
UNION ALL
SELECT CAST('ASSURANCE_REVIEW' AS VARCHAR(20)), w.id, w.organisation_id, w.aim_codes, w.opened_at, CAST(w.opened_at AS DATE), CAST(NULL AS VARCHAR(30))
  FROM assurance_review w
UNION ALL
SELECT CAST('RECONFIGURATION' AS VARCHAR(20)), f.id, f.sponsor_id, f.aim_codes, f.submitted_at, CAST(f.submitted_at AS DATE), f.pathway_code
  FROM reconfiguration f
UNION ALL
SELECT CAST('RECONFIGURATION' AS VARCHAR(20)), f.id, o.organisation_id, f.aim_codes, f.submitted_at, CAST(f.submitted_at AS DATE), f.pathway_code
  FROM reconfiguration_organisation o JOIN reconfiguration f ON f.id = o.reconfiguration_id WHERE o.organisation_id <> f.sponsor_id;
