-- Recovery codes are hashed like passwords (scrypt, with their parameters), not with a bare
-- SHA-256: each code holds only about 40 bits.
ALTER TABLE recovery_codes MODIFY code_hash VARCHAR(255) NOT NULL;
