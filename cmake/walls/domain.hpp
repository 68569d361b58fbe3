// Force-included (-include) before every file of the domain library (CMakeLists.txt): the
// domain sees the standard library and itself only. The include roots keep api/ and
// persistence/ out of reach; the libraries below live in /usr/include, where no include root
// can hide them, so their own names are poisoned instead: including one — or naming it —
// fails to compile with «attempt to use poisoned …». Checked by ctest's `layers`
// (tests/layers/check_layers.cmake).
#pragma GCC poison nlohmann Pistache soci PGconn spdlog sodium_init lxw_workbook CLI YAML boost
