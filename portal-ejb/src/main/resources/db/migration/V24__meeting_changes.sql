-- A meeting can be moved or cancelled before it starts: the count of such changes is the SEQUENCE of its calendar
-- invitation (so calendar programs update it in place), and a cancelled meeting keeps its record with the reason.

ALTER TABLE meeting ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meeting ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE meeting ADD COLUMN cancel_reason VARCHAR(500);
