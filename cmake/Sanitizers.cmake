# The sanitizer build (docs/testing.md#sanitizers-and-fuzzing).
#
# -DMSGLINT_SANITIZE=ON builds everything (msglint, libMsglintTidy.so, the
# test tools) with AddressSanitizer and UndefinedBehaviorSanitizer; any
# report aborts the process, so a lit test that triggers one fails.
# -DMSGLINT_FUZZ=ON (needs MSGLINT_SANITIZE) also instruments the code for
# libFuzzer's coverage and adds the fuzz targets of lint/fuzz/.
# Both need clang (configure with -DCMAKE_CXX_COMPILER=clang++-19): gcc has
# no libFuzzer. Debian's LLVM and Clang libraries are not instrumented; the
# sanitizers check msglint's own code and its calls into them.
option(MSGLINT_SANITIZE "build with AddressSanitizer and UndefinedBehaviorSanitizer (clang)" OFF)
option(MSGLINT_FUZZ "build the libFuzzer targets of lint/fuzz (needs MSGLINT_SANITIZE)" OFF)

if(NOT MSGLINT_SANITIZE)
  if(MSGLINT_FUZZ)
    message(FATAL_ERROR "MSGLINT_FUZZ needs MSGLINT_SANITIZE=ON: the fuzzers look for what the sanitizers report")
  endif()
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "MSGLINT_SANITIZE needs clang: configure with -DCMAKE_CXX_COMPILER=clang++-19")
endif()
# UBSan's vptr check needs RTTI, and clang drops it without a word under
# -fno-rtti; Debian builds LLVM with RTTI, so msglint keeps it on.
if(NOT LLVM_ENABLE_RTTI)
  message(FATAL_ERROR "this LLVM was built without RTTI: UBSan's vptr check would be off")
endif()

# -O1: fast enough for the whole lit suite, still precise stacks.
add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -O1 -g)
add_link_options(-fsanitize=address,undefined)
if(MSGLINT_FUZZ)
  # Coverage for libFuzzer in the libraries the fuzz targets link; the
  # targets themselves add -fsanitize=fuzzer (libFuzzer's main).
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# libMsglintTidy.so runs inside Debian's clang-tidy, which is not
# instrumented: the ASan runtime must be preloaded into it (the shared one,
# which the module then links against). The tests run clang-tidy through
# bin/clang-tidy-asan, which does that (testdata/lit.cfg.py).
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
                OUTPUT_VARIABLE MSGLINT_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT EXISTS "${MSGLINT_ASAN_RUNTIME}")
  message(FATAL_ERROR "the shared ASan runtime was not found (${MSGLINT_ASAN_RUNTIME}): install libclang-rt-19-dev")
endif()
