# macOS: Clientele.app with the application id, an .icns icon, clientele-cli inside the bundle,
# the Qt frameworks and plugins copied in by macdeployqt at install time, and a DragNDrop disk
# image from `cpack -G DragNDrop`. Included from packaging/CMakeLists.txt on Apple platforms.
set_target_properties(clientele PROPERTIES
    OUTPUT_NAME Clientele
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${CLIENTELE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Clientele
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "The Clientele developers, GPL-3.0-or-later"
    MACOSX_BUNDLE_ICON_FILE clientele.icns)

# The icon: every size iconutil wants, rendered from the SVG.
find_program(CLIENTELE_ICONUTIL iconutil)
if(CLIENTELE_ICONUTIL AND CLIENTELE_RSVG_CONVERT)
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/clientele.iconset)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/clientele.icns)
    set(render_commands)
    foreach(size 16 32 128 256 512)
        math(EXPR double "${size} * 2")
        list(APPEND render_commands
            COMMAND ${CLIENTELE_RSVG_CONVERT} --width=${size} --height=${size}
                    --output=${iconset}/icon_${size}x${size}.png ${clientele_icon_svg}
            COMMAND ${CLIENTELE_RSVG_CONVERT} --width=${double} --height=${double}
                    --output=${iconset}/icon_${size}x${size}@2x.png ${clientele_icon_svg})
    endforeach()
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        ${render_commands}
        COMMAND ${CLIENTELE_ICONUTIL} --convert icns --output ${icns} ${iconset}
        DEPENDS ${clientele_icon_svg} VERBATIM)
    add_custom_target(clientele_icns ALL DEPENDS ${icns})
    install(FILES ${icns} DESTINATION Clientele.app/Contents/Resources)
else()
    message(WARNING "iconutil or rsvg-convert (brew install librsvg) not found: Clientele.app gets no icon")
endif()

# clientele-cli travels inside the bundle (app/ installs it to bin/ first), then macdeployqt
# copies the Qt frameworks and plugins in and rewrites both executables' library paths.
find_program(CLIENTELE_MACDEPLOYQT macdeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
if(NOT CLIENTELE_MACDEPLOYQT)
    message(WARNING "macdeployqt not found: the installed Clientele.app will not run on another Mac")
endif()
install(CODE "
    set(bundle \"\${CMAKE_INSTALL_PREFIX}/Clientele.app\")
    file(RENAME \"\${CMAKE_INSTALL_PREFIX}/bin/clientele-cli\" \"\${bundle}/Contents/MacOS/clientele-cli\")
    file(REMOVE_RECURSE \"\${CMAKE_INSTALL_PREFIX}/bin\")
    if(EXISTS \"${CLIENTELE_MACDEPLOYQT}\")
        execute_process(COMMAND \"${CLIENTELE_MACDEPLOYQT}\" \"\${bundle}\"
                                \"-executable=\${bundle}/Contents/MacOS/clientele-cli\"
                        COMMAND_ERROR_IS_FATAL ANY)
    endif()
")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Clientele)
set(CPACK_PACKAGE_FILE_NAME "Clientele-${PROJECT_VERSION}")
