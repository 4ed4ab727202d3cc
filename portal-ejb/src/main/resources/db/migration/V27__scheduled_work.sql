-- Scheduled work runs once across all the portal's nodes: each job's latest slot (the hour it ran for) is claimed by
-- one conditional update, so of two nodes whose clocks both say "the reminders are due" one sends them and the other
-- sees the slot taken. A slot is null until a node first sees the job (that start sets the baseline). Every run is
-- logged with the node that did it (kept 90 days), which is what administrators and the cluster drill read.

CREATE TABLE scheduled_work (
    job VARCHAR(60) NOT NULL PRIMARY KEY,
    slot TIMESTAMP,
    node VARCHAR(120),
    started_at TIMESTAMP
);

CREATE TABLE scheduled_run (
    job VARCHAR(60) NOT NULL,
    slot TIMESTAMP NOT NULL,
    node VARCHAR(120) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    CONSTRAINT pk_scheduled_run PRIMARY KEY (job, slot)
);

INSERT INTO scheduled_work (job) VALUES ('term reminders');
INSERT INTO scheduled_work (job) VALUES ('action reminders');
INSERT INTO scheduled_work (job) VALUES ('return reminders');
INSERT INTO scheduled_work (job) VALUES ('advice reminders');
INSERT INTO scheduled_work (job) VALUES ('recommendation reminders');
INSERT INTO scheduled_work (job) VALUES ('daily e-mails');
