/* cs_compat.h: included at the end of config.h. ClearSilver's installed cs_config.h defines the
 * PACKAGE_* macros of its own build, so ours must be gone before it is read; use CONG_VERSION. */
#undef PACKAGE_BUGREPORT
#undef PACKAGE_NAME
#undef PACKAGE_STRING
#undef PACKAGE_TARNAME
#undef PACKAGE_VERSION
#undef PACKAGE_URL
