-- Every activity of the strategy carries at least one of its aims, and the database refuses a row without one:
-- each activity table keeps its aims as a column of codes in order ("ACE"), written by the entity with the aims
-- themselves (the *_aim tables stay the relation that lists and filters use), and checked not empty. Rows written
-- before this migration take their codes from their *_aim rows; one with none takes its capability's own aim.
-- A cohort of the programme serves aim B.

ALTER TABLE vacancy ADD COLUMN aim_codes VARCHAR(5);
UPDATE vacancy SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM vacancy_aim x WHERE x.vacancy_id = vacancy.id AND x.aim_code = 'A');
UPDATE vacancy SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM vacancy_aim x WHERE x.vacancy_id = vacancy.id AND x.aim_code = 'B');
UPDATE vacancy SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM vacancy_aim x WHERE x.vacancy_id = vacancy.id AND x.aim_code = 'C');
UPDATE vacancy SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM vacancy_aim x WHERE x.vacancy_id = vacancy.id AND x.aim_code = 'D');
UPDATE vacancy SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM vacancy_aim x WHERE x.vacancy_id = vacancy.id AND x.aim_code = 'E');
UPDATE vacancy SET aim_codes = 'A' WHERE aim_codes IS NULL;
ALTER TABLE vacancy ADD CONSTRAINT ck_vacancy_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE appointment ADD COLUMN aim_codes VARCHAR(5);
UPDATE appointment SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM appointment_aim x WHERE x.appointment_id = appointment.id AND x.aim_code = 'A');
UPDATE appointment SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM appointment_aim x WHERE x.appointment_id = appointment.id AND x.aim_code = 'B');
UPDATE appointment SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM appointment_aim x WHERE x.appointment_id = appointment.id AND x.aim_code = 'C');
UPDATE appointment SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM appointment_aim x WHERE x.appointment_id = appointment.id AND x.aim_code = 'D');
UPDATE appointment SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM appointment_aim x WHERE x.appointment_id = appointment.id AND x.aim_code = 'E');
UPDATE appointment SET aim_codes = 'A' WHERE aim_codes IS NULL;
ALTER TABLE appointment ADD CONSTRAINT ck_appointment_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE agenda_item ADD COLUMN aim_codes VARCHAR(5);
UPDATE agenda_item SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM agenda_item_aim x WHERE x.item_id = agenda_item.id AND x.aim_code = 'A');
UPDATE agenda_item SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM agenda_item_aim x WHERE x.item_id = agenda_item.id AND x.aim_code = 'B');
UPDATE agenda_item SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM agenda_item_aim x WHERE x.item_id = agenda_item.id AND x.aim_code = 'C');
UPDATE agenda_item SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM agenda_item_aim x WHERE x.item_id = agenda_item.id AND x.aim_code = 'D');
UPDATE agenda_item SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM agenda_item_aim x WHERE x.item_id = agenda_item.id AND x.aim_code = 'E');
UPDATE agenda_item SET aim_codes = 'A' WHERE aim_codes IS NULL;
ALTER TABLE agenda_item ADD CONSTRAINT ck_agenda_item_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE change_project ADD COLUMN aim_codes VARCHAR(5);
UPDATE change_project SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM project_aim x WHERE x.project_id = change_project.id AND x.aim_code = 'A');
UPDATE change_project SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM project_aim x WHERE x.project_id = change_project.id AND x.aim_code = 'B');
UPDATE change_project SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM project_aim x WHERE x.project_id = change_project.id AND x.aim_code = 'C');
UPDATE change_project SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM project_aim x WHERE x.project_id = change_project.id AND x.aim_code = 'D');
UPDATE change_project SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM project_aim x WHERE x.project_id = change_project.id AND x.aim_code = 'E');
UPDATE change_project SET aim_codes = 'B' WHERE aim_codes IS NULL;
ALTER TABLE change_project ADD CONSTRAINT ck_change_project_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE cquin_indicator ADD COLUMN aim_codes VARCHAR(5);
UPDATE cquin_indicator SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM cquin_indicator_aim x WHERE x.indicator_id = cquin_indicator.id AND x.aim_code = 'A');
UPDATE cquin_indicator SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM cquin_indicator_aim x WHERE x.indicator_id = cquin_indicator.id AND x.aim_code = 'B');
UPDATE cquin_indicator SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM cquin_indicator_aim x WHERE x.indicator_id = cquin_indicator.id AND x.aim_code = 'C');
UPDATE cquin_indicator SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM cquin_indicator_aim x WHERE x.indicator_id = cquin_indicator.id AND x.aim_code = 'D');
UPDATE cquin_indicator SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM cquin_indicator_aim x WHERE x.indicator_id = cquin_indicator.id AND x.aim_code = 'E');
UPDATE cquin_indicator SET aim_codes = 'C' WHERE aim_codes IS NULL;
ALTER TABLE cquin_indicator ADD CONSTRAINT ck_cquin_indicator_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE advice_request ADD COLUMN aim_codes VARCHAR(5);
UPDATE advice_request SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM advice_request_aim x WHERE x.request_id = advice_request.id AND x.aim_code = 'A');
UPDATE advice_request SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM advice_request_aim x WHERE x.request_id = advice_request.id AND x.aim_code = 'B');
UPDATE advice_request SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM advice_request_aim x WHERE x.request_id = advice_request.id AND x.aim_code = 'C');
UPDATE advice_request SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM advice_request_aim x WHERE x.request_id = advice_request.id AND x.aim_code = 'D');
UPDATE advice_request SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM advice_request_aim x WHERE x.request_id = advice_request.id AND x.aim_code = 'E');
UPDATE advice_request SET aim_codes = 'C' WHERE aim_codes IS NULL;
ALTER TABLE advice_request ADD CONSTRAINT ck_advice_request_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE assurance_review ADD COLUMN aim_codes VARCHAR(5);
UPDATE assurance_review SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM assurance_review_aim x WHERE x.review_id = assurance_review.id AND x.aim_code = 'A');
UPDATE assurance_review SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM assurance_review_aim x WHERE x.review_id = assurance_review.id AND x.aim_code = 'B');
UPDATE assurance_review SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM assurance_review_aim x WHERE x.review_id = assurance_review.id AND x.aim_code = 'C');
UPDATE assurance_review SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM assurance_review_aim x WHERE x.review_id = assurance_review.id AND x.aim_code = 'D');
UPDATE assurance_review SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM assurance_review_aim x WHERE x.review_id = assurance_review.id AND x.aim_code = 'E');
UPDATE assurance_review SET aim_codes = 'D' WHERE aim_codes IS NULL;
ALTER TABLE assurance_review ADD CONSTRAINT ck_assurance_review_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE reconfiguration ADD COLUMN aim_codes VARCHAR(5);
UPDATE reconfiguration SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'A' ELSE aim_codes || 'A' END WHERE EXISTS (SELECT 1 FROM reconfiguration_aim x WHERE x.reconfiguration_id = reconfiguration.id AND x.aim_code = 'A');
UPDATE reconfiguration SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'B' ELSE aim_codes || 'B' END WHERE EXISTS (SELECT 1 FROM reconfiguration_aim x WHERE x.reconfiguration_id = reconfiguration.id AND x.aim_code = 'B');
UPDATE reconfiguration SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'C' ELSE aim_codes || 'C' END WHERE EXISTS (SELECT 1 FROM reconfiguration_aim x WHERE x.reconfiguration_id = reconfiguration.id AND x.aim_code = 'C');
UPDATE reconfiguration SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'D' ELSE aim_codes || 'D' END WHERE EXISTS (SELECT 1 FROM reconfiguration_aim x WHERE x.reconfiguration_id = reconfiguration.id AND x.aim_code = 'D');
UPDATE reconfiguration SET aim_codes = CASE WHEN aim_codes IS NULL THEN 'E' ELSE aim_codes || 'E' END WHERE EXISTS (SELECT 1 FROM reconfiguration_aim x WHERE x.reconfiguration_id = reconfiguration.id AND x.aim_code = 'E');
UPDATE reconfiguration SET aim_codes = 'E' WHERE aim_codes IS NULL;
ALTER TABLE reconfiguration ADD CONSTRAINT ck_reconfiguration_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);

ALTER TABLE cohort ADD COLUMN aim_codes VARCHAR(5);
UPDATE cohort SET aim_codes = 'B';
ALTER TABLE cohort ADD CONSTRAINT ck_cohort_aims CHECK (aim_codes IS NOT NULL AND LENGTH(aim_codes) > 0);
