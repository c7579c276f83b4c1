# Starts the circle app the way a person would and judges the outcome.
#   -DAPP=<path to circle> -DMODE=self-test|no-key-store|screenshot -DWORK_DIR=<scratch folder>
#   [-DXVFB_RUN=<path to xvfb-run>]  for screenshot: render on a virtual X display
#   [-DSEED=<path to circlectl>]  fill the store with the demo data first
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(data_dir "${WORK_DIR}/data")

if(MODE STREQUAL "self-test")
    if(SEED)
        execute_process(COMMAND "${SEED}" --data-dir "${data_dir}" seed-demo
            RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "circlectl seed-demo failed (exit ${rc}): ${err}")
        endif()
    endif()
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
elseif(MODE STREQUAL "screenshot")
    # What `./circle demo` does on a machine without a display.
    set(png "${WORK_DIR}/today.png")
    execute_process(COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x1024x24"
            "${APP}" --data-dir "${data_dir}" --screenshot "${png}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    message("${out}${err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "circle --screenshot failed (exit ${rc})")
    endif()
    if(NOT out MATCHES "today.png")
        message(FATAL_ERROR "circle --screenshot did not print the file it wrote")
    endif()
    # The PNG header holds the size: a phone-shaped window, not an empty file.
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 16 size)
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        message(FATAL_ERROR "the screenshot is not a PNG")
    endif()
    if(NOT size STREQUAL "000001860000034c")
        message(FATAL_ERROR "the screenshot is not 390x844 (IHDR size ${size})")
    endif()
    file(REMOVE_RECURSE "${WORK_DIR}")
else()
    message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
