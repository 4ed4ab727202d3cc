-- A request for clinical advice may ask a key programme's leads (stroke, cancer…) instead of a pathway's.
-- Derby and PostgreSQL spell "the column may now be empty" differently: this is PostgreSQL's.
ALTER TABLE advice_request ALTER COLUMN pathway_code DROP NOT NULL;
ALTER TABLE advice_request ADD COLUMN programme_code VARCHAR(30);
ALTER TABLE advice_request ADD CONSTRAINT fk_advice_request_programme FOREIGN KEY (programme_code) REFERENCES programme (code);
ALTER TABLE advice_request ADD CONSTRAINT ck_advice_request_network
    CHECK ((pathway_code IS NULL AND programme_code IS NOT NULL) OR (pathway_code IS NOT NULL AND programme_code IS NULL));
CREATE INDEX ix_advice_request_programme ON advice_request (programme_code, advice_status);
