# Fails when a file in domain/ includes an I/O library: the domain stays pure.
file(GLOB_RECURSE files ${DIR}/*.hpp ${DIR}/*.cpp)
foreach(f ${files})
  file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](soci|pistache|nlohmann|spdlog|libpq|postgresql|sodium|xlsxwriter|CLI|boost)")
  if(lines)
    message(FATAL_ERROR "domain must stay pure: ${f} includes ${lines}")
  endif()
endforeach()
