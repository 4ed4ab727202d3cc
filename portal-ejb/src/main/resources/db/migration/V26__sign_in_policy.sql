-- How people sign in, as the administrators set it (one row): whether organisation sign-in is required, so that
-- passwords are refused for everyone but the break-glass administrator. The server's setting can still force it on.

CREATE TABLE sign_in_policy (
    id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    organisation_required BOOLEAN NOT NULL,
    changed_by VARCHAR(60),
    changed_at TIMESTAMP
);

INSERT INTO sign_in_policy (id, version, organisation_required) VALUES (1, 0, FALSE);
