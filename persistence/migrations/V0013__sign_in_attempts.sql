-- Sign-in throttling, kept where every instance sees it and a restart keeps it
-- (domain/identity.hpp SignInAttempts, persistence/soci_sign_in_attempts.cpp).
--
-- One row per counted thing: kind 'login' (a login, lower-cased) or 'address' (a client
-- address), the start of its window (it opens with the first attempt counted) and how
-- many attempts were counted in it. Counting is one upsert whose conditional update the
-- row lock serialises, so concurrent attempts never get more admitted than the limit.
-- Rows whose window has closed mean nothing and are deleted a batch at a time.
CREATE TABLE sign_in_attempts (
  kind         text NOT NULL CHECK (kind IN ('login', 'address')),
  key          text NOT NULL CHECK (length(key) <= 200),
  window_start timestamptz NOT NULL,
  attempts     integer NOT NULL CHECK (attempts > 0),
  PRIMARY KEY (kind, key)
);
CREATE INDEX sign_in_attempts_window_idx ON sign_in_attempts (window_start);

ALTER TABLE sign_in_attempts ENABLE ROW LEVEL SECURITY;
ALTER TABLE sign_in_attempts FORCE ROW LEVEL SECURITY;
CREATE POLICY sign_in_attempts_system ON sign_in_attempts USING (app_is_system()) WITH CHECK (app_is_system());
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_attempts TO nastavnik_app;
