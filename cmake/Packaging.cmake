# A .deb for Debian 12 and its derivatives, made by CPack: `cpack -G DEB` in a build folder
# (scripts/test-package.sh builds, checks with lintian and installs it). The build type should
# carry debug information (RelWithDebInfo): the binaries are stripped into the package and
# their debug symbols go into a separate pecadmin-dbgsym package.

# What every installation carries: the licence, and on Debian the copyright and changelog files
# where Debian's policy wants them.
if(UNIX AND NOT APPLE)
    find_program(PECADMIN_GZIP gzip)
    set(pecadmin_changelog ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.Debian.gz)
    add_custom_command(OUTPUT ${pecadmin_changelog}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
        COMMAND ${PECADMIN_GZIP} -9 -n -c ${PROJECT_SOURCE_DIR}/packaging/debian/changelog > ${pecadmin_changelog}
        DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog
        COMMENT "Compressing the Debian changelog")
    add_custom_target(pecadmin_changelog ALL DEPENDS ${pecadmin_changelog})
    install(FILES ${pecadmin_changelog} ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
    # What lintian reports that does not apply, each with its reason.
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME pecadmin)
else()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

set(CPACK_PACKAGE_NAME pecadmin)
set(CPACK_PACKAGE_VENDOR "PEC Admin")
set(CPACK_PACKAGE_CONTACT "PEC Admin <pecadmin@pecadmin.example.it>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "administration of PEC (certified e-mail) domains and mailboxes")
set(CPACK_PACKAGE_DESCRIPTION
    "PEC Admin lets the postmaster of one or more PEC (Posta Elettronica
Certificata) domains create, search, list, enable, disable and delete
mailboxes, reset passwords, and set disk quotas, soft quotas and legal
archiving (conservazione sostitutiva), one mailbox at a time or many at
once from CSV files, in Italian or English.

It works on a local store (a SQLite file that a Dovecot server can read),
on a store shared by several administrators on PostgreSQL, or on a
provider's server over SCIM 2.0. The passwords of connections are kept
only in the system keyring.

This package holds the desktop application pecadmin and the command-line
tool pecadmin-cli, which does the same work in scripts.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PEC Admin")

# Debian
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The libraries the programs link are found by dpkg-shlibdeps (Qt, SQLite, libsodium,
# QtKeychain); what Qt loads at run time is named here: the PostgreSQL driver (SQLite is reached
# through its own library, without Qt's driver), the SVG icon engine, the platform plugins and
# Qt's own Italian texts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, libqt6svg6, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Stripped binaries in the package, their debug symbols in pecadmin-dbgsym (a .ddeb): CPack
# splits them itself, so the installed files must not be stripped before (no CPACK_STRIP_FILES).
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE ON)

# Windows: an installer made with NSIS (cpack -G NSIS), see docs/WINDOWS.md.
set(CPACK_NSIS_DISPLAY_NAME "PEC Admin")
set(CPACK_NSIS_PACKAGE_NAME "PEC Admin")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_EXECUTABLES pecadmin "PEC Admin")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

include(CPack)
