# One INTERFACE target carries the policy that every target of the project follows.
add_library(pecadmin_policy INTERFACE)
target_compile_features(pecadmin_policy INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(pecadmin_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_KEYWORDS)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(pecadmin_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # A local hiding another local (clang, used for the sanitizer run, spells it otherwise).
        target_compile_options(pecadmin_policy INTERFACE -Wshadow=local)
        # GCC 12 at -O2 reports the QString inside a std::variant alternative that is not the
        # active one as "maybe uninitialized" (every Result<T> holds a ServiceError that way),
        # a false positive in every file that uses a Result. -Wuninitialized stays on.
        target_compile_options(pecadmin_policy INTERFACE -Wno-maybe-uninitialized)
    endif()
    if(UNIX AND NOT APPLE)
        # Relocations read-only and resolved at start (what Debian's hardening asks for).
        target_link_options(pecadmin_policy INTERFACE -Wl,-z,relro -Wl,-z,now)
    endif()
    if(PECADMIN_WERROR)
        target_compile_options(pecadmin_policy INTERFACE -Werror)
        target_compile_definitions(pecadmin_policy INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
    endif()
    if(PECADMIN_SANITIZE)
        # float-cast-overflow by name: GCC's "undefined" leaves it out. No recovery: the first
        # finding ends the program with a failure, so that a test or a fuzzer fails on it.
        set(pecadmin_sanitizers -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all)
        target_compile_options(pecadmin_policy INTERFACE ${pecadmin_sanitizers} -fno-omit-frame-pointer)
        target_link_options(pecadmin_policy INTERFACE ${pecadmin_sanitizers})
    endif()
    if(PECADMIN_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "PECADMIN_FUZZ needs clang's libFuzzer (CMAKE_CXX_COMPILER=clang++-14)")
        endif()
        # Every library instrumented for libFuzzer's coverage; only the fuzz targets link its main.
        target_compile_options(pecadmin_policy INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(pecadmin_policy INTERFACE /W4 /permissive- /utf-8)
    if(PECADMIN_WERROR)
        target_compile_options(pecadmin_policy INTERFACE /WX)
    endif()
endif()

# Fails the build of `target` when one of its sources includes a header whose path starts with
# one of FORBIDDEN ("local/", "<QSqlDatabase", …): the layering rule of docs/ARCHITECTURE.md,
# checked before the target compiles.
function(pecadmin_forbid_includes target)
    cmake_parse_arguments(ARG "" "" "FORBIDDEN" ${ARGN})
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(paths "")
    foreach(source IN LISTS sources)
        if(NOT IS_ABSOLUTE "${source}")
            set(source "${source_dir}/${source}")
        endif()
        list(APPEND paths "${source}")
    endforeach()
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_layer_check.stamp")
    add_custom_command(OUTPUT "${stamp}"
        COMMAND ${CMAKE_COMMAND} -DLAYER=${target} "-DFORBIDDEN=${ARG_FORBIDDEN}" "-DSOURCES=${paths}"
            "-DSTAMP=${stamp}" -P "${PROJECT_SOURCE_DIR}/cmake/CheckLayerIncludes.cmake"
        DEPENDS ${paths} "${PROJECT_SOURCE_DIR}/cmake/CheckLayerIncludes.cmake"
        COMMENT "Checking the includes of ${target}"
        VERBATIM)
    add_custom_target(${target}_layer_check DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_layer_check)
endfunction()
