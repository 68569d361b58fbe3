# ctest's `layers`: the walls between the layers hold (docs/architecture.md, «Layers»).
# Each case is a small file planted in a scratch folder and compiled (-fsyntax-only) with
# the very command the build uses for a file of that layer (compile_commands.json): its
# include roots, its force-included wall (cmake/walls/<layer>.hpp), its flags. A reach into
# another layer or a library the layer must not use has to FAIL, for that reason (a header
# not found, or a poisoned name); a legal include has to compile, so the check cannot pass
# by failing everything.
#   cmake -DCOMPILE_COMMANDS=build/compile_commands.json -DSOURCE_DIR=. -DCXX=/usr/bin/c++
#         -DWORK=build/layers -P tests/layers/check_layers.cmake
cmake_minimum_required(VERSION 3.22)
foreach(v COMPILE_COMMANDS SOURCE_DIR CXX WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "check_layers.cmake needs -D${v}=…")
  endif()
endforeach()
file(REAL_PATH ${SOURCE_DIR} SOURCE_DIR)
get_filename_component(WORK ${WORK} ABSOLUTE)
file(REAL_PATH ${CXX} CXX)
file(READ ${COMPILE_COMMANDS} db)
string(JSON entries LENGTH "${db}")

# The compile command of one file of `layer` (its folder's first .cpp), as a list, with the
# source and the outputs taken out: LAYER_ARGS_<layer>, LAYER_DIR_<layer>.
function(layer_command layer)
  math(EXPR last "${entries} - 1")
  foreach(i RANGE ${last})
    string(JSON file GET "${db}" ${i} file)
    if(file MATCHES "^${SOURCE_DIR}/${layer}/[^/]+\\.cpp$")
      string(JSON command GET "${db}" ${i} command)
      string(JSON dir GET "${db}" ${i} directory)
      separate_arguments(args UNIX_COMMAND "${command}")
      set(out "")
      set(seen_compiler OFF)
      set(skip OFF)
      foreach(a IN LISTS args)
        if(skip)
          set(skip OFF)
          continue()
        endif()
        if(NOT seen_compiler)  # drop the launcher (cmake -E env … ccache) before the compiler
          if(EXISTS "${a}")
            file(REAL_PATH "${a}" real)
            if(real STREQUAL CXX)
              set(seen_compiler ON)
              list(APPEND out "${a}")
            endif()
          endif()
          continue()
        endif()
        if(a STREQUAL "-o" OR a STREQUAL "-c" OR a STREQUAL "-MF" OR a STREQUAL "-MT" OR a STREQUAL "-MQ")
          set(skip ON)
          continue()
        endif()
        if(a STREQUAL "-MD" OR a STREQUAL "-MMD" OR a STREQUAL file)
          continue()
        endif()
        list(APPEND out "${a}")
      endforeach()
      if(NOT seen_compiler)
        message(FATAL_ERROR "layers: the compiler ${CXX} is not in the command of ${file}")
      endif()
      set(LAYER_ARGS_${layer} "${out}" PARENT_SCOPE)
      set(LAYER_DIR_${layer} "${dir}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "layers: no file of ${layer}/ in ${COMPILE_COMMANDS} (build first)")
endfunction()

set(failures 0)
set(cases 0)
# plant(LAYER NAME compiles CODE) or plant(LAYER NAME fails HEADER): a file of the layer that
# includes HEADER must fail because of that header (not found, or a poisoned name in it).
function(plant layer name expect code)
  if(expect STREQUAL "fails")
    set(header "${code}")
    if(header MATCHES "^<")
      set(code "#include ${header}")
    else()
      set(code "#include \"${header}\"")
    endif()
    string(REGEX REPLACE "[<>\"]" "" bare "${header}")
    string(REGEX REPLACE "([][.+*?^$()|])" "\\\\\\1" bare "${bare}")
    set(reason "${bare}: No such file or directory|'${bare}' file not found|attempt to use (a )?poisoned")
  endif()
  set(src ${WORK}/${layer}/${name}.cpp)
  file(WRITE ${src} "${code}\n")
  execute_process(COMMAND ${LAYER_ARGS_${layer}} -fsyntax-only ${src}
                  WORKING_DIRECTORY ${LAYER_DIR_${layer}}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(ok OFF)
  if(expect STREQUAL "compiles" AND rc EQUAL 0)
    set(ok ON)
  elseif(expect STREQUAL "fails" AND NOT rc EQUAL 0 AND err MATCHES "${reason}")
    set(ok ON)
  endif()
  math(EXPR n "${cases} + 1")
  set(cases ${n} PARENT_SCOPE)
  if(ok)
    message(STATUS "ok    ${layer}: ${name} ${expect}")
  else()
    math(EXPR f "${failures} + 1")
    set(failures ${f} PARENT_SCOPE)
    message(STATUS "WRONG ${layer}: ${name} should have ${expect} (exit ${rc})\n${err}")
  endif()
endfunction()

file(REMOVE_RECURSE ${WORK})
foreach(layer domain persistence api app tests/service)
  layer_command(${layer})
endforeach()

# domain: the standard library and itself.
plant(domain legal compiles "#include \"domain/compliance.hpp\"\n#include <map>\nint f() { return domain::ComplianceCounts{}.overdue(); }")
plant(domain includes_persistence fails "persistence/cursor.hpp")
plant(domain includes_api fails "api/http/http.hpp")
plant(domain includes_app fails "app/app.hpp")
plant(domain includes_nlohmann_json fails "<nlohmann/json.hpp>")
plant(domain includes_pistache fails "<pistache/http.h>")
plant(domain includes_soci fails "<soci/soci.h>")

# persistence: the domain and the database libraries.
plant(persistence legal compiles "#include \"persistence/database.hpp\"\n#include \"domain/errors.hpp\"\n#include <soci/soci.h>\n#include <nlohmann/json.hpp>")
plant(persistence includes_api fails "api/http/http.hpp")
plant(persistence includes_pistache fails "<pistache/endpoint.h>")
plant(persistence includes_spdlog fails "<spdlog/spdlog.h>")

# api: the domain, HTTP and JSON; never the database.
plant(api legal compiles "#include \"api/http/http.hpp\"\n#include \"domain/errors.hpp\"\n#include <nlohmann/json.hpp>")
plant(api includes_persistence fails "persistence/database.hpp")
plant(api includes_app fails "app/app.hpp")
plant(api includes_soci fails "<soci/soci.h>")

# app: the composition root sees every layer.
plant(app legal compiles "#include \"app/app.hpp\"\n#include \"api/http/http.hpp\"\n#include \"persistence/database.hpp\"\n#include \"domain/errors.hpp\"")

# tests/service: the service tests see the domain, their fakes and GoogleTest; nothing of the
# layers above the domain, nor the test support that starts the real server and database.
plant(tests/service legal compiles "#include \"domain/roadmap_service.hpp\"\n#include \"fakes/roadmap_repository.hpp\"\n#include <gtest/gtest.h>\nTEST(Legal, Compiles) { fakes::RoadmapRepository r; EXPECT_EQ(r.size(), 0u); }")
plant(tests/service includes_persistence fails "persistence/database.hpp")
plant(tests/service includes_api fails "api/http/http.hpp")
plant(tests/service includes_app fails "app/app.hpp")
plant(tests/service includes_test_server fails "tests/support/test_server.hpp")
plant(tests/service includes_soci fails "<soci/soci.h>")
plant(tests/service includes_pistache fails "<pistache/http.h>")
plant(tests/service includes_nlohmann_json fails "<nlohmann/json.hpp>")

if(failures GREATER 0)
  message(FATAL_ERROR "layers: ${failures} of ${cases} cases wrong: a wall does not hold (or a legal include broke)")
endif()
message(STATUS "layers: all ${cases} cases as expected")
