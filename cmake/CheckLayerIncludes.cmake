# Refuses a layer's source file that includes a header of a library the layer must not use.
# Run as a script before the layer compiles:
#   cmake -DLAYER=ui -DFORBIDDEN="local/;scim/;keyring/" -DSOURCES="a.cpp;b.h" -DSTAMP=file
#         -P CheckLayerIncludes.cmake
# The window and the models know a backend by the MailboxService interface alone; only
# services/connection (Connector) makes one. Including a backend's header fails the build here.
set(problems "")
foreach(source IN LISTS SOURCES)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]")
    foreach(line IN LISTS includes)
        foreach(prefix IN LISTS FORBIDDEN)
            string(FIND "${line}" "\"${prefix}" quoted)
            string(FIND "${line}" "<${prefix}" angled)
            if(NOT quoted EQUAL -1 OR NOT angled EQUAL -1)
                string(STRIP "${line}" line)
                string(APPEND problems "\n  ${source}: ${line}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "The ${LAYER} layer may not include these headers (see docs/ARCHITECTURE.md):${problems}")
endif()
file(TOUCH "${STAMP}")
