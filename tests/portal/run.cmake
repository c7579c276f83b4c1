# Runs the portal's browser test: installs the pinned npm packages into the build tree
# once (npm ci against the committed lockfile), then runs the test with node.
#   cmake -DSOURCE=... -DWORK=... -DSERVER=... -DPHONE=... -P run.cmake
find_program(NPM npm REQUIRED)
find_program(NODE node REQUIRED)
file(MAKE_DIRECTORY ${WORK})
configure_file(${SOURCE}/package.json ${WORK}/package.json COPYONLY)
configure_file(${SOURCE}/package-lock.json ${WORK}/package-lock.json COPYONLY)
configure_file(${SOURCE}/portal.test.mjs ${WORK}/portal.test.mjs COPYONLY)
if(NOT EXISTS ${WORK}/node_modules/.package-lock.json
        OR ${SOURCE}/package-lock.json IS_NEWER_THAN ${WORK}/node_modules/.package-lock.json)
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund WORKING_DIRECTORY ${WORK}
        RESULT_VARIABLE npm_result)
    if(NOT npm_result EQUAL 0)
        message(FATAL_ERROR "npm ci failed")
    endif()
endif()
execute_process(COMMAND ${NODE} portal.test.mjs ${SERVER} ${PHONE}
    WORKING_DIRECTORY ${WORK} RESULT_VARIABLE test_result)
if(NOT test_result EQUAL 0)
    message(FATAL_ERROR "the portal browser test failed")
endif()
