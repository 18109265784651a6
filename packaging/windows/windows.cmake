# Windows: `cpack -G NSIS` makes an installer. At install time windeployqt copies the Qt DLLs,
# plugins and translations beside clientele.exe, and the other DLLs the two programs load
# (SQLite, ICU, libsodium, GSL, the compiler's runtime) are looked up on PATH and copied too.
# Included from packaging/CMakeLists.txt on Windows.
find_program(CLIENTELE_WINDEPLOYQT NAMES windeployqt windeployqt6 windeployqt-qt6
             HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
if(NOT CLIENTELE_WINDEPLOYQT)
    message(WARNING "windeployqt not found: the installed programs will not find Qt's plugins")
endif()
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake CONTENT "
set(clientele_windeployqt [[${CLIENTELE_WINDEPLOYQT}]])
set(clientele_executables [[$<TARGET_FILE_NAME:clientele>]] [[$<TARGET_FILE_NAME:clientele-cli>]])
include([[${CMAKE_CURRENT_LIST_DIR}/deploy-runtime.cmake]])
")
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-windows-$<CONFIG>.cmake)

# The icon of the executable, the Start menu entry and the installer, made from the rendered PNGs.
find_program(CLIENTELE_MAGICK magick)
if(CLIENTELE_MAGICK AND CLIENTELE_RSVG_CONVERT)
    set(ico ${CMAKE_CURRENT_BINARY_DIR}/clientele.ico)
    set(pngs)
    foreach(size 16 32 48 64 128 256)
        list(APPEND pngs ${clientele_generated}/icons/${size}x${size}/${CLIENTELE_APP_ID}.png)
    endforeach()
    add_custom_command(OUTPUT ${ico} COMMAND ${CLIENTELE_MAGICK} ${pngs} ${ico} DEPENDS ${pngs} VERBATIM)
    add_custom_target(clientele_ico DEPENDS ${ico})
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/clientele_icon.rc "IDI_ICON1 ICON \"clientele.ico\"\n")
    target_sources(clientele PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/clientele_icon.rc)
    add_dependencies(clientele clientele_ico)
    set(CPACK_NSIS_MUI_ICON ${ico})
    set(CPACK_NSIS_MUI_UNIICON ${ico})
else()
    message(WARNING "magick (ImageMagick) or rsvg-convert not found: the executable gets no icon")
endif()

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Clientele)
set(CPACK_PACKAGE_FILE_NAME "Clientele-${PROJECT_VERSION}-setup")
set(CPACK_NSIS_PACKAGE_NAME Clientele)
set(CPACK_NSIS_DISPLAY_NAME Clientele)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_INSTALLED_ICON_NAME [[bin\clientele.exe]])
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put clientele-cli on PATH
set(CPACK_PACKAGE_EXECUTABLES clientele Clientele)
# tel: links: a ProgID plus the Capabilities that let the user pick Clientele in Default apps.
# CPACK_VERBATIM_VARIABLES (packaging/CMakeLists.txt) passes these to NSIS exactly as written.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr SHCTX 'Software\Classes\Clientele.tel' '' 'URL:tel'
  WriteRegStr SHCTX 'Software\Classes\Clientele.tel' 'URL Protocol' ''
  WriteRegStr SHCTX 'Software\Classes\Clientele.tel\DefaultIcon' '' '$INSTDIR\bin\clientele.exe,0'
  WriteRegStr SHCTX 'Software\Classes\Clientele.tel\shell\open\command' '' '"$INSTDIR\bin\clientele.exe" "%1"'
  WriteRegStr SHCTX 'Software\Clientele\Capabilities' 'ApplicationName' 'Clientele'
  WriteRegStr SHCTX 'Software\Clientele\Capabilities' 'ApplicationDescription' 'Offline customer relationship manager'
  WriteRegStr SHCTX 'Software\Clientele\Capabilities\URLAssociations' 'tel' 'Clientele.tel'
  WriteRegStr SHCTX 'Software\RegisteredApplications' 'Clientele' 'Software\Clientele\Capabilities'
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey SHCTX 'Software\Classes\Clientele.tel'
  DeleteRegKey SHCTX 'Software\Clientele'
  DeleteRegValue SHCTX 'Software\RegisteredApplications' 'Clientele'
]])
