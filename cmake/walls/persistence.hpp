// Force-included (-include) before every file of the persistence library (CMakeLists.txt):
// storage knows the domain, the database and JSON (jsonb parameters are written with nlohmann,
// the project's one JSON writer), never HTTP or the other adapters. api/
// is outside persistence's include roots; the libraries in /usr/include are poisoned by
// name. Checked by ctest's `layers` (tests/layers/check_layers.cmake).
#pragma GCC poison Pistache spdlog sodium_init lxw_workbook CLI
