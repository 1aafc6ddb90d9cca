-- FTP logins are checked against a hash of the password (SHA-256 of a random 16-character
-- password: like API keys, a long random secret needs no slow hash). The sealed copy stays so
-- that the seller can read the password on 商品の一括登録/修正. Accounts opened before this
-- migration get their hash at their first login.
ALTER TABLE mk_ftp_account ADD COLUMN password_hash VARCHAR(64) NOT NULL DEFAULT '';
