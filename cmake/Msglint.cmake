# msglint in a project's own build (docs/performance.md#extraction-in-the-build).
#
#   list(APPEND CMAKE_MODULE_PATH <prefix>/share/msglint/cmake)
#   include(Msglint)
#   msglint_add_facts(billing)            # one facts file per C/C++ source of the target
#   msglint_add_check(msglint TARGETS billing checkout ROOT ${PROJECT_SOURCE_DIR})
#
# Each source's facts are an ordinary build action (`msglint extract`), run
# again by Ninja exactly when the source or a project header it includes
# changes (extract writes a depfile); `cmake --build . --target msglint`
# links them and runs the rules (`msglint link`). The facts need
# compile_commands.json, so CMAKE_EXPORT_COMPILE_COMMANDS is switched on.

set(CMAKE_EXPORT_COMPILE_COMMANDS ON CACHE BOOL "msglint reads compile_commands.json" FORCE)
find_program(MSGLINT_EXECUTABLE msglint DOC "the msglint command")
if(NOT MSGLINT_EXECUTABLE)
  message(FATAL_ERROR "include(Msglint): msglint not found; set MSGLINT_EXECUTABLE")
endif()
if(NOT CMAKE_GENERATOR MATCHES "Ninja")
  message(WARNING "include(Msglint): without Ninja, a header change does not re-extract "
                  "the facts of the TUs that include it (depfiles need Ninja)")
endif()

# msglint_add_facts(TARGET [OUTPUT_DIR DIR])
# Adds the target TARGET_msglint_facts, which writes DIR/<source>.json
# (default ${CMAKE_CURRENT_BINARY_DIR}/msglint-facts/TARGET) for each C and
# C++ source of TARGET. It is ordered after TARGET, so that the generated
# headers TARGET's sources include exist. Sets the property MSGLINT_FACTS_DIR.
function(msglint_add_facts target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "OUTPUT_DIR" "")
  if(NOT TARGET ${target})
    message(FATAL_ERROR "msglint_add_facts: ${target} is not a target")
  endif()
  set(dir "${arg_OUTPUT_DIR}")
  if(NOT dir)
    set(dir "${CMAKE_CURRENT_BINARY_DIR}/msglint-facts/${target}")
  endif()
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  set(outputs "")
  foreach(source IN LISTS sources)
    if(NOT source MATCHES "\\.(c|cc|cpp|cxx|c\\+\\+)$")
      continue()
    endif()
    if(NOT IS_ABSOLUTE "${source}")
      get_source_file_property(generated "${source}" GENERATED)
      if(generated)
        set(source "${CMAKE_CURRENT_BINARY_DIR}/${source}")
      else()
        set(source "${source_dir}/${source}")
      endif()
    endif()
    file(RELATIVE_PATH name "${CMAKE_BINARY_DIR}" "${source}")
    if(name MATCHES "^\\.\\./")
      file(RELATIVE_PATH name "${CMAKE_SOURCE_DIR}" "${source}")
    endif()
    string(REGEX REPLACE "[/\\.]+" "_" name "${name}")
    set(facts "${dir}/${name}.json")
    add_custom_command(
      OUTPUT "${facts}"
      COMMAND "${MSGLINT_EXECUTABLE}" extract -p "${CMAKE_BINARY_DIR}" --root "${CMAKE_SOURCE_DIR}"
              "${source}" -o "${facts}" --depfile "${facts}.d"
      DEPENDS "${source}" "${MSGLINT_EXECUTABLE}"
      DEPFILE "${facts}.d"
      COMMENT "msglint facts of ${source}"
      VERBATIM)
    list(APPEND outputs "${facts}")
  endforeach()
  file(MAKE_DIRECTORY "${dir}")
  add_custom_target(${target}_msglint_facts DEPENDS ${outputs})
  add_dependencies(${target}_msglint_facts ${target})
  set_target_properties(${target}_msglint_facts PROPERTIES MSGLINT_FACTS_DIR "${dir}")
endfunction()

# msglint_add_check(NAME TARGETS target... [ROOT DIR] [ARGS arg...])
# Adds the target NAME, which links the facts of the TARGETS (each given to
# msglint_add_facts) and runs the rules: `msglint link --root DIR ARGS
# facts-dirs`. Its exit code fails the build when msglint finds something
# at or above --fail-on (default warning).
function(msglint_add_check name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "ROOT" "TARGETS;ARGS")
  set(root "${arg_ROOT}")
  if(NOT root)
    set(root "${CMAKE_SOURCE_DIR}")
  endif()
  set(dirs "")
  set(deps "")
  foreach(target IN LISTS arg_TARGETS)
    if(NOT TARGET ${target}_msglint_facts)
      message(FATAL_ERROR "msglint_add_check: call msglint_add_facts(${target}) first")
    endif()
    get_target_property(dir ${target}_msglint_facts MSGLINT_FACTS_DIR)
    list(APPEND dirs "${dir}")
    list(APPEND deps ${target}_msglint_facts)
  endforeach()
  add_custom_target(${name}
    COMMAND "${MSGLINT_EXECUTABLE}" link --root "${root}" ${arg_ARGS} ${dirs}
    DEPENDS ${deps}
    COMMENT "msglint: linking the facts and running the rules"
    VERBATIM)
endfunction()
