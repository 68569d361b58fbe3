-- What the import of a draft roadmap doubted (domain/import_warning.hpp): a JSON array of
-- {line, code, message, message_ru}, kept with the draft until it is approved (then NULL).
-- NULL for a roadmap not imported from a table, or imported without doubts.

ALTER TABLE roadmaps ADD COLUMN import_warnings jsonb
  CHECK (import_warnings IS NULL OR jsonb_typeof(import_warnings) = 'array');
