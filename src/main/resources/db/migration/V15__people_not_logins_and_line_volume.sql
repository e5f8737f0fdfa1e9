-- People, not logins: every column that names who acted holds «ФИО, должность (организация)» or «ФИО, законный
-- представитель за ФИО» as it was at the moment of the act, which is longer than a login. Old rows stay as they are.
ALTER TABLE contract ALTER COLUMN created_by SET DATA TYPE VARCHAR(300);
ALTER TABLE delivery ALTER COLUMN created_by SET DATA TYPE VARCHAR(300);
ALTER TABLE delivery ALTER COLUMN confirmed_by SET DATA TYPE VARCHAR(300);
ALTER TABLE certificate_application ALTER COLUMN created_by SET DATA TYPE VARCHAR(300);
ALTER TABLE social_case ALTER COLUMN submitted_by SET DATA TYPE VARCHAR(300);
-- The volume of a contract's service for its term as the provider set it (at most the ИППСУ's for the term by its
-- periodicity); NULL: the ИППСУ's volume for the term.
ALTER TABLE contract_line ADD COLUMN volume INTEGER;
