-- Who declined or withdrew a contract (name and role at that moment): the audit names the person, not «система».
ALTER TABLE contract ADD COLUMN declined_by VARCHAR(300);
-- Signatures and audit entries name the person with their role («ФИО, организация», «ФИО, законный представитель
-- за ФИО»), which is longer than a login.
ALTER TABLE case_audit ALTER COLUMN actor SET DATA TYPE VARCHAR(300);
ALTER TABLE contract_signature ALTER COLUMN signer SET DATA TYPE VARCHAR(300);
ALTER TABLE provider_review ALTER COLUMN author SET DATA TYPE VARCHAR(300);
