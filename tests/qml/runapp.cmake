# Starts the circle app the way a person would and judges the outcome.
#   -DAPP=<path to circle> -DMODE=self-test|no-key-store -DWORK_DIR=<scratch folder>
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(data_dir "${WORK_DIR}/data")

if(MODE STREQUAL "self-test")
    execute_process(COMMAND "${APP}" --self-test --data-dir "${data_dir}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    message("${out}${err}")
    file(REMOVE_RECURSE "${WORK_DIR}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "circle --self-test failed (exit ${rc})")
    endif()
elseif(MODE STREQUAL "no-key-store")
    execute_process(COMMAND "${APP}" --data-dir "${data_dir}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    message("exit: ${rc}\nstderr: ${err}")
    # Exactly 1: a refusal, not a crash or a timeout (those give other results).
    if(NOT rc STREQUAL "1")
        message(FATAL_ERROR "circle did not refuse cleanly without a key store (exit ${rc})")
    endif()
    if(NOT err MATCHES "key store")
        message(FATAL_ERROR "circle failed without naming the key store as the reason")
    endif()
    # No fallback: nothing that could hold a key or data may have been written.
    if(EXISTS "${data_dir}")
        file(GLOB_RECURSE written "${data_dir}/*")
        if(written)
            message(FATAL_ERROR "circle wrote files without a key store: ${written}")
        endif()
    endif()
    file(REMOVE_RECURSE "${WORK_DIR}")
else()
    message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
