# cmake -DSCDOC=scdoc -DIN=page.1.scd -DOUT=page.1 -DVERSION=x.y.z -P render_man_page.cmake
# Renders an scdoc page to roff with @VERSION@ filled in, then gzips it the way Debian wants
# (-9, no name or time stamp) into OUT.gz.
cmake_minimum_required(VERSION 3.25)
file(READ ${IN} text)
string(REPLACE "@VERSION@" "${VERSION}" text "${text}")
file(WRITE ${OUT}.scd "${text}")
execute_process(COMMAND ${SCDOC} INPUT_FILE ${OUT}.scd OUTPUT_FILE ${OUT} RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "scdoc could not render ${IN}")
endif()
execute_process(COMMAND gzip -9nf ${OUT} RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "gzip could not compress ${OUT}")
endif()
