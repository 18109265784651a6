# Runs at install time on Windows (see windows.cmake), with clientele_windeployqt and
# clientele_executables set: makes the installed bin folder self-contained.
set(bin "${CMAKE_INSTALL_PREFIX}/bin")
if(clientele_windeployqt)
    execute_process(COMMAND "${clientele_windeployqt}" --release "${bin}/clientele.exe"
                    COMMAND_ERROR_IS_FATAL ANY)
endif()

# Everything else the executables load, found on PATH (MSYS2's ucrt64/bin, vcpkg's bin, ...),
# except what Windows itself provides.
file(TO_CMAKE_PATH "$ENV{PATH}" search_path)
set(executables)
foreach(exe ${clientele_executables})
    list(APPEND executables "${bin}/${exe}")
endforeach()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${executables}
    RESOLVED_DEPENDENCIES_VAR dlls
    UNRESOLVED_DEPENDENCIES_VAR unresolved
    DIRECTORIES "${bin}" ${search_path}
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    POST_EXCLUDE_REGEXES "[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")
foreach(dll ${dlls})
    get_filename_component(name "${dll}" NAME)
    if(NOT EXISTS "${bin}/${name}")
        file(INSTALL "${dll}" DESTINATION "${bin}")
    endif()
endforeach()
if(unresolved)
    message(WARNING "DLLs not found on PATH, not copied: ${unresolved}")
endif()
