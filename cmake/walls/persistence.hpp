// Force-included (-include) before every file of the persistence library (CMakeLists.txt):
// storage knows the domain and the database, never HTTP, JSON or the other adapters. api/
// is outside persistence's include roots; the libraries in /usr/include are poisoned by
// name. Checked by ctest's `layers` (tests/layers/check_layers.cmake).
#pragma GCC poison Pistache nlohmann spdlog sodium_init lxw_workbook CLI
