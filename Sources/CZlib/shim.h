// The system zlib (Debian: zlib1g-dev), used by KlarsvarCore to read .docx/.odt ZIP containers.
// Swift cannot call zlib's function-like macros (inflateInit2, deflateInit2), so callers use the
// underlying inflateInit2_/deflateInit2_ with zlibVersion() and MemoryLayout<z_stream>.size.
#include <zlib.h>
