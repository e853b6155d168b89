# Finds libsodium and makes the imported target Sodium::Sodium.
#
#   list(APPEND CMAKE_MODULE_PATH ${PROJECT_SOURCE_DIR}/cmake)
#   find_package(Sodium REQUIRED)
#   target_link_libraries(mine PRIVATE Sodium::Sodium)
#
# Tries, in turn: pkg-config (Debian, other Linux distributions, Homebrew, MSYS2); vcpkg's
# CMake package (unofficial-sodium, on Windows); and a plain search for sodium.h and the
# library (libsodium's own Windows build, or a prefix given with -DSodium_ROOT=...). A static
# library on Windows needs SODIUM_STATIC, which the target then carries. -DSodium_USE_PKGCONFIG=OFF
# skips pkg-config (to check the other ways where pkg-config is installed).
include(FindPackageHandleStandardArgs)

if(TARGET Sodium::Sodium)
    set(Sodium_FOUND TRUE)
    return()
endif()

# 1. pkg-config
if(NOT DEFINED Sodium_USE_PKGCONFIG)
    set(Sodium_USE_PKGCONFIG ON)
endif()
if(Sodium_USE_PKGCONFIG)
    find_package(PkgConfig QUIET)
endif()
if(Sodium_USE_PKGCONFIG AND PKG_CONFIG_FOUND)
    pkg_check_modules(PC_SODIUM QUIET IMPORTED_TARGET libsodium)
    if(PC_SODIUM_FOUND)
        add_library(Sodium::Sodium INTERFACE IMPORTED)
        target_link_libraries(Sodium::Sodium INTERFACE PkgConfig::PC_SODIUM)
        set(Sodium_VERSION ${PC_SODIUM_VERSION})
        set(Sodium_FOUND TRUE)
        find_package_handle_standard_args(Sodium REQUIRED_VARS PC_SODIUM_LIBRARIES VERSION_VAR Sodium_VERSION)
        return()
    endif()
endif()

# 2. vcpkg: `vcpkg install libsodium` provides the config package unofficial-sodium.
find_package(unofficial-sodium CONFIG QUIET)
if(unofficial-sodium_FOUND)
    add_library(Sodium::Sodium INTERFACE IMPORTED)
    target_link_libraries(Sodium::Sodium INTERFACE unofficial-sodium::sodium)
    set(Sodium_FOUND TRUE)
    find_package_handle_standard_args(Sodium REQUIRED_VARS unofficial-sodium_DIR)
    return()
endif()

# 3. A plain search.
find_path(Sodium_INCLUDE_DIR sodium.h PATH_SUFFIXES include)
find_library(Sodium_LIBRARY NAMES sodium libsodium PATH_SUFFIXES lib lib/x64 x64/Release/v143/dynamic)
if(Sodium_INCLUDE_DIR AND EXISTS "${Sodium_INCLUDE_DIR}/sodium/version.h")
    file(STRINGS "${Sodium_INCLUDE_DIR}/sodium/version.h" version_line
        REGEX "#define SODIUM_VERSION_STRING \"[^\"]+\"")
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" Sodium_VERSION "${version_line}")
endif()
find_package_handle_standard_args(Sodium
    REQUIRED_VARS Sodium_LIBRARY Sodium_INCLUDE_DIR
    VERSION_VAR Sodium_VERSION)
if(Sodium_FOUND)
    add_library(Sodium::Sodium UNKNOWN IMPORTED)
    set_target_properties(Sodium::Sodium PROPERTIES
        IMPORTED_LOCATION "${Sodium_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Sodium_INCLUDE_DIR}")
    if(WIN32 AND Sodium_LIBRARY MATCHES "static")
        set_property(TARGET Sodium::Sodium APPEND PROPERTY INTERFACE_COMPILE_DEFINITIONS SODIUM_STATIC)
    endif()
endif()
mark_as_advanced(Sodium_INCLUDE_DIR Sodium_LIBRARY)
