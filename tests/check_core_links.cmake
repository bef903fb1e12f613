# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The core library (models/) must not link or include QtWidgets.
# Run as: cmake -DLIBS=<link libraries> -DSOURCE_DIR=<models folder> -P check_core_links.cmake
if(NOT LIBS)
    message(FATAL_ERROR "no link libraries given")
endif()
foreach(lib IN LISTS LIBS)
    if(lib MATCHES "Widgets|Charts")
        message(FATAL_ERROR "auditlens_models links ${lib}")
    endif()
endforeach()
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" includes REGEX "#include[ \t]*<(QtWidgets/|QWidget|QApplication|QMainWindow|QDialog)")
    if(includes)
        message(FATAL_ERROR "${source} includes a widget header: ${includes}")
    endif()
endforeach()
message(STATUS "auditlens_models links only: ${LIBS}")
