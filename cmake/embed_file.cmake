# Writes OUT, a C++ file defining `std::string_view FUNC()` that returns the bytes of IN.
file(READ ${IN} content HEX)
string(LENGTH "${content}" hexlen)
math(EXPR n "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUT}.tmp "#include <string_view>\nnamespace api {\nstatic const char data_[] = {${bytes} 0};\nstd::string_view ${FUNC}() { return {data_, ${n}}; }\n}\n")
configure_file(${OUT}.tmp ${OUT} COPYONLY)
