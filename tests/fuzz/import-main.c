/* import-main: cong-import's import.c for fuzz-import — the record checks its loaders share —
 * with its main() renamed, since libFuzzer brings its own. The file includes config.h. */
#define main cong_import_main
#include "../../cgi-bin/tools/import/import.c"
