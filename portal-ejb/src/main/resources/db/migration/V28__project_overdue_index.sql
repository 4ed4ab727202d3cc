-- The programme dashboard counts the active projects whose data is overdue (status, then the day of their latest
-- data): with both in one index the count reads the index alone, not every active project's row (issue 17).
CREATE INDEX ix_project_status_last_data ON change_project (status, last_data_on);
