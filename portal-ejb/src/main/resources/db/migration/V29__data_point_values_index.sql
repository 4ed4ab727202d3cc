-- The verdicts of a page of projects (programme dashboard, library, home pages) and every SPC chart read a measure's
-- values in date order: with the value in the index too, they read the index alone, not each point's row (at national
-- scale 2 million points: a quarter of the programme dashboard's samples under load; issue 17).
CREATE INDEX ix_point_values ON data_point (measure_id, point_date, point_value);
