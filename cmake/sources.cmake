# The sources of each layer, listed (a new file is added here by hand, so the build never
# picks up a stray one): paths from the project's root. Read by CMakeLists.txt and by the
# fuzz build (tests/fuzz/CMakeLists.txt). docs/architecture.md says what each layer may see.

# domain/: entities, rules, services and the ports they need — the standard library only.
set(NASTAVNIK_DOMAIN_SOURCES
  domain/access.cpp
  domain/audit_context.cpp
  domain/bases.cpp
  domain/catalog.cpp
  domain/compliance.cpp
  domain/compliance_stages.cpp
  domain/date.cpp
  domain/deadline/calendar.cpp
  domain/deadline/items.cpp
  domain/deadline/lexer.cpp
  domain/deadline/markers.cpp
  domain/deadline/occurrences.cpp
  domain/deadline/parse.cpp
  domain/deadline/phrases.cpp
  domain/deadline/rules.cpp
  domain/deadline/rules_monthly.cpp
  domain/deadline/rules_yearly.cpp
  domain/deadline/words.cpp
  domain/identity.cpp
  domain/instant.cpp
  domain/monitoring.cpp
  domain/national_compliance.cpp
  domain/roadmap.cpp
  domain/roadmap_import/builder.cpp
  domain/roadmap_import/cell.cpp
  domain/roadmap_import/columns.cpp
  domain/roadmap_import/parse.cpp
  domain/roadmap_import/parts.cpp
  domain/roadmap_import/row_classifier.cpp
  domain/roadmap_import/stages.cpp
  domain/roadmap_import/table_reader.cpp
  domain/roadmap_import/text.cpp
  domain/roadmap_import/warnings.cpp
  domain/roadmap_import_review.cpp
  domain/roadmap_service.cpp
  domain/roadmap_template.cpp
  domain/text/percent.cpp
  domain/text/russian.cpp
  domain/text/utf8.cpp
  domain/validation.cpp)

# persistence/: the domain's repositories and ports on PostgreSQL (SOCI, libpq).
set(NASTAVNIK_PERSISTENCE_SOURCES
  persistence/advisory_lock.cpp
  persistence/connection_string.cpp
  persistence/cursor.cpp
  persistence/database.cpp
  persistence/migrations.cpp
  persistence/pg.cpp
  persistence/read_scopes.cpp
  persistence/soci_bases_repository.cpp
  persistence/soci_catalog_repository.cpp
  persistence/soci_compliance_repository.cpp
  persistence/soci_idempotency_repository.cpp
  persistence/soci_identity_repository.cpp
  persistence/soci_monitoring_repository.cpp
  persistence/soci_national_repository.cpp
  persistence/soci_report_repository.cpp
  persistence/soci_roadmap_repository.cpp
  persistence/soci_sign_in_attempts.cpp)

# persistence/sql/: the statements, one file each (dir/stem, without .sql), embedded at build
# time as persistence::queries::<stem> (cmake/embed_sql.cmake); a listed file that is missing
# fails the build.
set(NASTAVNIK_SQL_FILES
  catalog/district_find
  catalog/district_insert
  catalog/district_lock
  catalog/district_update
  catalog/districts_page
  catalog/organization_find
  catalog/organization_insert
  catalog/organization_lock
  catalog/organization_update
  catalog/organizations_page
  catalog/region_find
  catalog/region_insert
  catalog/region_lock
  catalog/region_update
  catalog/regions_page
  idempotency/idempotency_claim
  idempotency/idempotency_complete
  idempotency/idempotency_find
  idempotency/idempotency_purge
  idempotency/idempotency_take_over
  national/national_regions
  national/national_regions_districts
  national/national_regions_past
  national/national_stale_districts
  national/national_version
  report/report_campaign
  report/report_campaign_rows
  report/report_latest_campaign
  report/report_region_districts
  sign_in_attempts/sign_in_attempts_count
  sign_in_attempts/sign_in_attempts_counted
  sign_in_attempts/sign_in_attempts_forget
  sign_in_attempts/sign_in_attempts_seconds_left
  sign_in_attempts/sign_in_attempts_sweep
)

# api/: HTTP (Pistache) and JSON (nlohmann): the server, router, problems, handlers, and the
# libsodium (password hashing) and libxlsxwriter (the report's workbook) adapters.
set(NASTAVNIK_API_SOURCES
  api/access.cpp
  api/answer_cache.cpp
  api/bases_handlers.cpp
  api/browser.cpp
  api/catalog_handlers.cpp
  api/catalog_json.cpp
  api/compliance_handlers.cpp
  api/compliance_series_handlers.cpp
  api/compliance_stages_handlers.cpp
  api/export_slot.cpp
  api/http_server.cpp
  api/idempotency.cpp
  api/identity_handlers.cpp
  api/identity_json.cpp
  api/json_io.cpp
  api/log.cpp
  api/metrics.cpp
  api/monitoring_handlers.cpp
  api/monitoring_json.cpp
  api/national_handlers.cpp
  api/ops_handlers.cpp
  api/problem.cpp
  api/problem_ru.cpp
  api/query.cpp
  api/rate_limit.cpp
  api/request_parser.cpp
  api/regional_report.cpp
  api/regional_report_handlers.cpp
  api/roadmap_handlers.cpp
  api/roadmap_json.cpp
  api/router.cpp
  api/routes/api_keys.cpp
  api/routes/audit_log.cpp
  api/routes/bases_common.cpp
  api/routes/campaigns.cpp
  api/routes/districts.cpp
  api/routes/organizations.cpp
  api/routes/persons.cpp
  api/routes/programs_pairs.cpp
  api/routes/reference_lists.cpp
  api/routes/regions.cpp
  api/routes/reports.cpp
  api/routes/roadmap_common.cpp
  api/routes/roadmap_import.cpp
  api/routes/roadmap_items.cpp
  api/routes/roadmap_sections.cpp
  api/routes/roadmap_templates.cpp
  api/routes/roadmap_workflow.cpp
  api/routes/roadmaps.cpp
  api/routes/sessions.cpp
  api/routes/users.cpp
  api/sodium_crypto.cpp
  api/web_handlers.cpp)

# app/: the composition root — the one place that sees every layer and joins them
# (the binary's main is app/main.cpp, built on its own).
set(NASTAVNIK_APP_SOURCES
  app/app.cpp
  app/compliance_module.cpp
  app/demo.cpp
  app/monitoring_module.cpp
  app/roadmaps_module.cpp)
