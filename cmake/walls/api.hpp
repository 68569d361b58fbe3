// Force-included (-include) before every file of the api library (CMakeLists.txt): HTTP and
// JSON never talk to the database. persistence/ is outside the api's include roots; the
// database libraries live in /usr/include, so their names are poisoned: including SOCI or
// libpq — or naming them — fails with «attempt to use poisoned …». Checked by ctest's
// `layers` (tests/layers/check_layers.cmake).
#pragma GCC poison soci PGconn
