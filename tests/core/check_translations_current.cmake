# Runs lupdate over the sources into copies of the .ts files, then the translations checker over the copies: a
# string in the code that the files lack shows up there as unfinished.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -locations none -no-obsolete ${SOURCE_DIRS} -ts ${copies}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
string(REPLACE ";" ":" joined "${copies}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env "ACTIONPLANS_TS_FILES=${joined}" "${CHECKER}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "The sources have strings that the .ts files lack or leave unfinished: run the "
                        "update_translations target and translate them.")
endif()
