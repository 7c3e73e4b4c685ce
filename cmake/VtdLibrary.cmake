# vtd_add_library(NAME DIR LINKS...): one static library per layer from every source in DIR.
# Sources are globbed (CONFIGURE_DEPENDS) so adding a file needs no CMake edit.
function(vtd_add_library name dir)
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${dir}/*.cpp ${dir}/*.h)
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR})
    target_link_libraries(${name} ${ARGN})
endfunction()
