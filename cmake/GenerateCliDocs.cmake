# Writes the manual pages and shell completions with pecadmin-cli:
#   cmake -DCLI=path/to/pecadmin-cli -DOUTPUT=folder -P GenerateCliDocs.cmake
# OUTPUT/man/man1/*.1.gz (English), OUTPUT/man/it/man1/*.1.gz (Italian), and
# OUTPUT/completions/pecadmin-cli (bash) and _pecadmin-cli (zsh). Manual pages are compressed
# as Debian wants them: gzip -9 without a name or a time stamp.
find_program(GZIP gzip REQUIRED)

function(run_cli output language)
    if(language STREQUAL "it")
        set(ENV{LC_ALL} it_IT.UTF-8)
        set(ENV{LANG} it_IT.UTF-8)
        set(ENV{LANGUAGE} it)
    else()
        set(ENV{LC_ALL} C.UTF-8)
        set(ENV{LANG} C.UTF-8)
        set(ENV{LANGUAGE} "")
    endif()
    execute_process(COMMAND ${CLI} ${ARGN} OUTPUT_FILE ${output} RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "${CLI} ${ARGN} failed: ${status}")
    endif()
endfunction()

set(ENV{QT_QPA_PLATFORM} offscreen)
file(MAKE_DIRECTORY ${OUTPUT}/man/man1 ${OUTPUT}/man/it/man1 ${OUTPUT}/completions)
foreach(language en it)
    if(language STREQUAL "it")
        set(folder ${OUTPUT}/man/it/man1)
    else()
        set(folder ${OUTPUT}/man/man1)
    endif()
    foreach(program pecadmin-cli pecadmin)
        run_cli(${folder}/${program}.1 ${language} manpage ${program})
        execute_process(COMMAND ${GZIP} -9 -n -c ${folder}/${program}.1
            OUTPUT_FILE ${folder}/${program}.1.gz RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "gzip ${folder}/${program}.1 failed")
        endif()
        file(REMOVE ${folder}/${program}.1)
    endforeach()
endforeach()
run_cli(${OUTPUT}/completions/pecadmin-cli en completion bash)
run_cli(${OUTPUT}/completions/_pecadmin-cli en completion zsh)
