-- The strategy's read model of activities (see V20 for the aims). The month column (yyyymm) lets coverage group by
-- month in the database; how a month is taken from a timestamp is the one thing that differs between the databases.
-- Every activity of the strategy in one read model: a query per capability, collected here (no capability knows of
-- the others, none imports the strategy package). Kind, the record's id, title, organisation, pathway, aims, date,
-- status, and the record whose page shows it (an item's meeting, an indicator's contract, a lead's profile).
-- Confidential agenda items keep their title out; an advice request shows what it is about, never its question.
CREATE VIEW strategy_activity (kind, activity_id, page_id, title, organisation_id, pathway_code, aim_codes, activity_at, activity_month, status) AS
SELECT CAST('VACANCY' AS VARCHAR(20)), v.id, v.id, CAST('Senior clinical lead vacancy: ' || COALESCE(p.name, g.name) AS VARCHAR(300)),
       CAST(NULL AS BIGINT), s.pathway_code, v.aim_codes, v.opened_at, YEAR(v.opened_at) * 100 + MONTH(v.opened_at), v.status
  FROM vacancy v JOIN lead_seat s ON s.id = v.seat_id LEFT JOIN pathway p ON p.code = s.pathway_code
  LEFT JOIN programme g ON g.code = s.programme_code
UNION ALL
SELECT CAST('APPOINTMENT' AS VARCHAR(20)), a.id, a.clinician_id, CAST('Senior clinical lead: ' || COALESCE(p.name, g.name) AS VARCHAR(300)),
       c.organisation_id, s.pathway_code, a.aim_codes, a.recorded_at, YEAR(a.recorded_at) * 100 + MONTH(a.recorded_at),
       CAST(CASE WHEN a.ended_on IS NULL THEN 'IN_POST' ELSE 'ENDED' END AS VARCHAR(30))
  FROM appointment a JOIN lead_seat s ON s.id = a.seat_id JOIN clinician c ON c.id = a.clinician_id
  LEFT JOIN pathway p ON p.code = s.pathway_code LEFT JOIN programme g ON g.code = s.programme_code
UNION ALL
SELECT CAST('AGENDA_ITEM' AS VARCHAR(20)), i.id, i.meeting_id,
       CAST(CASE WHEN i.confidential THEN 'A confidential item' ELSE i.title END AS VARCHAR(300)),
       CAST(NULL AS BIGINT), b.pathway_code, i.aim_codes, m.starts_at, YEAR(m.starts_at) * 100 + MONTH(m.starts_at),
       CAST(COALESCE(i.outcome, 'ON_THE_AGENDA') AS VARCHAR(30))
  FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN board b ON b.id = m.board_id
UNION ALL
SELECT CAST('PROJECT' AS VARCHAR(20)), x.id, x.id, CAST(x.title AS VARCHAR(300)), x.organisation_id, x.pathway_code, x.aim_codes,
       x.created_at, YEAR(x.created_at) * 100 + MONTH(x.created_at), CAST(x.status AS VARCHAR(30))
  FROM change_project x
UNION ALL
SELECT CAST('COHORT' AS VARCHAR(20)), h.id, h.id, CAST(h.name AS VARCHAR(300)), CAST(NULL AS BIGINT), CAST(NULL AS VARCHAR(30)),
       h.aim_codes, h.created_at, YEAR(h.created_at) * 100 + MONTH(h.created_at), CAST('FUNDED' AS VARCHAR(30))
  FROM cohort h
UNION ALL
SELECT CAST('CQUIN_INDICATOR' AS VARCHAR(20)), q.id, q.contract_id, CAST(q.name AS VARCHAR(300)), k.provider_id, q.pathway_code, q.aim_codes,
       q.created_at, YEAR(q.created_at) * 100 + MONTH(q.created_at), CAST(k.scheme_status AS VARCHAR(30))
  FROM cquin_indicator q JOIN cquin_contract k ON k.id = q.contract_id
UNION ALL
SELECT CAST('ADVICE_REQUEST' AS VARCHAR(20)), r.id, r.id,
       CAST(CASE WHEN r.subject_label IS NULL THEN 'Clinical advice asked of the network'
                 ELSE 'Clinical advice on ' || r.subject_label END AS VARCHAR(330)),
       CAST(NULL AS BIGINT), r.pathway_code, r.aim_codes, r.raised_at, YEAR(r.raised_at) * 100 + MONTH(r.raised_at), CAST(r.advice_status AS VARCHAR(30))
  FROM advice_request r
UNION ALL
SELECT CAST('ASSURANCE_REVIEW' AS VARCHAR(20)), w.id, w.id, CAST(w.title AS VARCHAR(300)), w.organisation_id,
       CAST(NULL AS VARCHAR(30)), w.aim_codes, w.opened_at, YEAR(w.opened_at) * 100 + MONTH(w.opened_at),
       CAST(COALESCE(w.assurance_level, 'OPEN') AS VARCHAR(30))
  FROM assurance_review w
UNION ALL
SELECT CAST('RECONFIGURATION' AS VARCHAR(20)), f.id, f.id, CAST(f.title AS VARCHAR(300)), f.sponsor_id, f.pathway_code, f.aim_codes,
       f.submitted_at, YEAR(f.submitted_at) * 100 + MONTH(f.submitted_at), CAST(f.stage AS VARCHAR(30))
  FROM reconfiguration f;
