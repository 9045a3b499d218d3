# marsad_stage(NAME [DEPENDS stage...] [LIBS lib...])
# Builds src/NAME/*.cc into the static library marsad_NAME. A folder with no .cc
# yet is skipped, so a stage can be added without touching this file.
set(MARSAD_STAGE_TARGETS "" CACHE INTERNAL "")
set(MARSAD_STAGE_NAMES "" CACHE INTERNAL "")

function(marsad_stage name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/${name}/*.cc)
  if(NOT sources)
    return()
  endif()
  set(target marsad_${name})
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${CMAKE_SOURCE_DIR}/src ${CLD2_INCLUDE_DIR})
  target_compile_definitions(${target} PRIVATE MARSAD_DATA_DIR="${CMAKE_SOURCE_DIR}/data")
  foreach(dep ${ARG_DEPENDS})
    if(TARGET marsad_${dep})
      target_link_libraries(${target} PUBLIC marsad_${dep})
    elseif(NOT dep MATCHES "^(core|text|ingest|clean|entity|dedup|cluster|describe|flow|eval|store|serve)$")
      target_link_libraries(${target} PUBLIC ${dep})
    endif()
  endforeach()
  target_link_libraries(${target} PUBLIC ${ARG_LIBS})
  set(MARSAD_STAGE_TARGETS "${MARSAD_STAGE_TARGETS};${target}" CACHE INTERNAL "")
  set(MARSAD_STAGE_NAMES "${MARSAD_STAGE_NAMES};${name}" CACHE INTERNAL "")
endfunction()

# One test binary per stage: tests/NAME/*_test.cc -> NAME_tests, linked to that
# stage only, so a stage's tests build and run without the stages after it.
function(marsad_stage_tests)
  include(GoogleTest)
  foreach(name ${MARSAD_STAGE_NAMES})
    file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/${name}/*_test.cc)
    if(tests)
      add_executable(${name}_tests ${tests})
      target_link_libraries(${name}_tests PRIVATE marsad_${name} GTest::gtest_main GTest::gmock)
      target_compile_definitions(${name}_tests PRIVATE
        MARSAD_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        MARSAD_SHARED_DIR="${MARSAD_SHARED_DIR}")
      gtest_discover_tests(${name}_tests DISCOVERY_TIMEOUT 60)
    endif()
  endforeach()
endfunction()
