-- An agenda item can name the CQUIN scheme (and indicator) it discusses, so the board reads the scheme itself.
ALTER TABLE agenda_item ADD COLUMN cquin_contract_id BIGINT;
ALTER TABLE agenda_item ADD COLUMN cquin_indicator_id BIGINT;
ALTER TABLE agenda_item ADD CONSTRAINT fk_item_cquin_contract FOREIGN KEY (cquin_contract_id) REFERENCES cquin_contract (id);
ALTER TABLE agenda_item ADD CONSTRAINT fk_item_cquin_indicator FOREIGN KEY (cquin_indicator_id) REFERENCES cquin_indicator (id);
