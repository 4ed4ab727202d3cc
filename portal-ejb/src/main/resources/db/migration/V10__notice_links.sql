-- Notices point at a kind of record and its id ("meeting:12"); the web layer makes the address. Rows written
-- before this kept the page address itself: turn each into the typed form (the same SQL on Derby and PostgreSQL).
UPDATE notice SET link = 'meeting:' || SUBSTR(link, 26) WHERE link LIKE '/boards/meeting.xhtml?id=%';
UPDATE notice SET link = 'board_actions' WHERE link = '/boards/actions.xhtml';
UPDATE notice SET link = 'project:' || SUBSTR(link, 28) WHERE link LIKE '/projects/project.xhtml?id=%';
UPDATE notice SET link = 'cohort:' || SUBSTR(link, 25) WHERE link LIKE '/cohort/cohort.xhtml?id=%';
UPDATE notice SET link = 'participant:' || SUBSTR(link, 30) WHERE link LIKE '/cohort/participant.xhtml?id=%';
UPDATE notice SET link = 'follow_up_round:' || SUBSTR(link, 31) WHERE link LIKE '/cohort/follow-up.xhtml?round=%';
UPDATE notice SET link = 'my_declarations' WHERE link = '/interests/mine.xhtml';
UPDATE notice SET link = 'advisory_group' WHERE link = '/appointments/advisory-group.xhtml';
UPDATE notice SET link = NULL WHERE link LIKE '/%';
