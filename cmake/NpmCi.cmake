# msglint_npm_ci(TARGET PACKAGE_DIR DEST COMMENT [COMMAND ...]...)
#
# The one way msglint installs npm packages: `npm ci` of PACKAGE_DIR's
# package.json and committed package-lock.json into DEST, in the build tree,
# never globally, and without install scripts; then any COMMANDs given
# (what a package's install script would have done). TARGET builds by
# default; ${TARGET}_STAMP names the file it makes, for DEPENDS.
function(msglint_npm_ci target package_dir dest comment)
  find_program(NPM npm)
  find_program(NODE node)
  if(NOT NPM OR NOT NODE)
    message(FATAL_ERROR "${comment} needs node and npm (scripts/install-deps installs them)")
  endif()
  set(stamp "${dest}/installed.stamp")
  add_custom_command(
    OUTPUT "${stamp}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${dest}"
    COMMAND ${CMAKE_COMMAND} -E copy "${package_dir}/package.json" "${package_dir}/package-lock.json"
            "${dest}"
    COMMAND ${NPM} ci --prefix "${dest}" --ignore-scripts --no-audit --no-fund --loglevel=error
    ${ARGN}
    COMMAND ${CMAKE_COMMAND} -E touch "${stamp}"
    DEPENDS "${package_dir}/package.json" "${package_dir}/package-lock.json"
    COMMENT "npm ci: ${comment}")
  add_custom_target(${target} ALL DEPENDS "${stamp}")
  set(${target}_STAMP "${stamp}" PARENT_SCOPE)
endfunction()
