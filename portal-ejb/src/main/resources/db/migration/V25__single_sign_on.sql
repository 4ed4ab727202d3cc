-- Single sign-on: an account can be linked to the identity the organisation's identity provider gives a person (the
-- configured claim, e.g. their e-mail), once; and the last sign-in that came that way is kept for administrators.

ALTER TABLE user_account ADD COLUMN sso_identity VARCHAR(254);
ALTER TABLE user_account ADD COLUMN last_sso_sign_in TIMESTAMP;
ALTER TABLE user_account ADD CONSTRAINT uq_user_account_sso UNIQUE (sso_identity);
