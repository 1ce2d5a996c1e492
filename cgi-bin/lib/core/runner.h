/* runner: the prefork FastCGI process model. `prog --listen PATH --workers N [--conf FILE]` binds a
 * unix socket (or host:port), forks N single-threaded workers, restarts a worker that dies, and
 * stops cleanly on SIGTERM or SIGINT. */
#ifndef CONG_RUNNER_H
#define CONG_RUNNER_H

#include <fcgiapp.h>

/* What a program gives the runner. */
struct runner_app {
	const char *name;	/* program name, for logs */
	/* Called once in each worker after fork; returns an opaque per-process context or NULL on a
	 * fatal start-up error (the worker exits and is restarted after a pause). */
	void *(*worker_init)(const char *conf_path);
	/* Serves one accepted request; must not call FCGX_Finish_r. */
	void (*serve)(void *ctx, FCGX_Request *request);
	/* Frees the context when the worker stops. */
	void (*worker_done)(void *ctx);
};

/* Parses argv, binds, forks and supervises. Returns the process exit status. */
int runner_main(int argc, char **argv, const struct runner_app *app);

/* Set by the worker's SIGTERM handler: finish the request at hand, then stop. */
int runner_stopping(void);

#endif
