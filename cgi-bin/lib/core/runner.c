/* runner: the prefork FastCGI process model. */
#include "config.h"

#include "runner.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/lsan_interface.h>
#endif

#include "conf.h"
#include "log.h"

#define RUNNER_MAX_WORKERS 256

/* Process-wide signal flags; the only state signal handlers touch. */
static volatile sig_atomic_t runner_stop_flag;
static volatile sig_atomic_t runner_child_flag;

int
runner_stopping(void)
{
	return runner_stop_flag != 0;
}

static void
runner_on_stop(int sig)
{
	(void)sig;
	runner_stop_flag = 1;
	FCGX_ShutdownPending();	/* makes the blocked accept() give up instead of retrying */
}

static void
runner_on_child(int sig)
{
	(void)sig;
	runner_child_flag = 1;
}

static void
runner_usage(const char *prog)
{
	fprintf(stderr, "usage: %s --listen PATH|HOST:PORT [--workers N] [--conf FILE]\n", prog);
}

/* The worker loop: accept, serve, finish, until told to stop. Never returns. */
static void
runner_worker(const struct runner_app *app, int listen_fd, const char *conf_path)
{
	struct sigaction sa;
	FCGX_Request request;
	void *ctx;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = runner_on_stop;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);	/* a client gone mid-answer is an error return, not death */

	if ((ctx = app->worker_init(conf_path)) == NULL) {
		log_err("worker start-up failed");
		_exit(3);
	}
	if (FCGX_InitRequest(&request, listen_fd, FCGI_FAIL_ACCEPT_ON_INTR) != 0) {
		log_err("FCGX_InitRequest failed");
		_exit(3);
	}
	while (!runner_stop_flag) {
		if (FCGX_Accept_r(&request) < 0)
			break;
		app->serve(ctx, &request);
		FCGX_Finish_r(&request);
	}
	app->worker_done(ctx);
#ifdef __SANITIZE_ADDRESS__
	/* _exit (the parent's atexit handlers and stdio buffers are not the worker's) also skips the
	 * leak check LeakSanitizer runs at exit: in a sanitizer build it runs here, and a leak is
	 * reported (and the exit status is LeakSanitizer's) when the worker stops. */
	__lsan_do_leak_check();
#endif
	_exit(0);
}

/* Forks one worker; returns its pid or -1. */
static pid_t
runner_spawn(const struct runner_app *app, int listen_fd, const char *conf_path)
{
	pid_t pid = fork();

	if (pid == 0)
		runner_worker(app, listen_fd, conf_path);
	if (pid < 0)
		log_err("fork: %s", strerror(errno));
	return pid;
}

int
runner_main(int argc, char **argv, const struct runner_app *app)
{
	const char *listen_path = NULL, *conf_path = conf_default_path();
	pid_t workers[RUNNER_MAX_WORKERS];
	time_t started[RUNNER_MAX_WORKERS];
	int nworkers = 2, listen_fd, i, status, alive;
	struct sigaction sa;
	sigset_t block, old;
	pid_t pid;

	log_init(app->name, 0, getenv("CONG_DEBUG") ? LOG_LVL_DEBUG : LOG_LVL_INFO);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--listen") == 0 && i + 1 < argc)
			listen_path = argv[++i];
		else if (strcmp(argv[i], "--workers") == 0 && i + 1 < argc)
			nworkers = atoi(argv[++i]);
		else if (strcmp(argv[i], "--conf") == 0 && i + 1 < argc)
			conf_path = argv[++i];
		else {
			runner_usage(argv[0]);
			return 2;
		}
	}
	if (listen_path == NULL || nworkers < 1 || nworkers > RUNNER_MAX_WORKERS) {
		runner_usage(argv[0]);
		return 2;
	}
	if (FCGX_Init() != 0) {
		log_err("FCGX_Init failed");
		return 1;
	}
	if (listen_path[0] == '/')
		unlink(listen_path);	/* a socket left by a killed run */
	if ((listen_fd = FCGX_OpenSocket(listen_path, 128)) < 0) {
		log_err("cannot listen on %s: %s", listen_path, strerror(errno));
		return 1;
	}
	/* nginx runs as another user; the socket's directory is what guards it. */
	if (listen_path[0] == '/')
		chmod(listen_path, 0666);

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = runner_on_stop;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = runner_on_child;
	sigaction(SIGCHLD, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);

	/* Block the signals while forking so none is lost between the check and sigsuspend. */
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &old);

	for (i = 0; i < nworkers; i++) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		workers[i] = runner_spawn(app, listen_fd, conf_path);
		sigprocmask(SIG_BLOCK, &block, NULL);
		started[i] = time(NULL);
	}
	log_info("listening on %s with %d workers", listen_path, nworkers);

	while (!runner_stop_flag) {
		sigsuspend(&old);
		if (!runner_child_flag)
			continue;
		runner_child_flag = 0;
		while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
			for (i = 0; i < nworkers; i++) {
				if (workers[i] != pid)
					continue;
				if (WIFSIGNALED(status))
					log_err("worker %ld killed by signal %d; restarting", (long)pid,
					    WTERMSIG(status));
				else
					log_warn("worker %ld exited with %d; restarting", (long)pid,
					    WEXITSTATUS(status));
				workers[i] = -1;
				if (runner_stop_flag)
					break;
				/* A worker that dies at once (bad config) is not restarted in a tight loop. */
				if (time(NULL) - started[i] < 1)
					sleep(1);
				sigprocmask(SIG_SETMASK, &old, NULL);
				workers[i] = runner_spawn(app, listen_fd, conf_path);
				sigprocmask(SIG_BLOCK, &block, NULL);
				started[i] = time(NULL);
			}
		}
	}

	log_info("stopping %d workers", nworkers);
	for (i = 0; i < nworkers; i++)
		if (workers[i] > 0)
			kill(workers[i], SIGTERM);
	/* Workers finish the request at hand; give them a few seconds, then insist. */
	for (alive = 1, i = 0; alive && i < 50; i++) {
		int j;

		alive = 0;
		for (j = 0; j < nworkers; j++) {
			if (workers[j] <= 0)
				continue;
			if (waitpid(workers[j], &status, WNOHANG) == workers[j])
				workers[j] = -1;
			else
				alive = 1;
		}
		if (alive)
			usleep(100000);
	}
	for (i = 0; i < nworkers; i++)
		if (workers[i] > 0) {
			log_err("worker %ld did not stop in 5 s; killed", (long)workers[i]);
			kill(workers[i], SIGKILL);
			waitpid(workers[i], &status, 0);
		}
	close(listen_fd);
	if (listen_path[0] == '/')
		unlink(listen_path);
	return 0;
}
