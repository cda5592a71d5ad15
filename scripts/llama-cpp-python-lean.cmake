# Included by scripts/setup.sh --test right after llama.cpp's project() call inside the
# llama-cpp-python build (CMAKE_PROJECT_llama.cpp_INCLUDE). llama-cpp-python forces llama.cpp's
# "common" library on, but its Python package loads only libllama and ggml: common and the HTTP
# library it brings are half of the build's compile time and never used.
set(LLAMA_BUILD_COMMON OFF CACHE BOOL "llama.cpp: build common utils library" FORCE)
