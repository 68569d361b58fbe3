-- Forgets a key's attempts (after a successful sign-in). $1 kind, $2 key.
delete from sign_in_attempts where kind = $1 and key = $2
