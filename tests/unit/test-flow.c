/* Unit tests of the state machines as data (dossier_flow, feedback_flow): every step is whole —
 * its states are states, what it needs it says it needs — so an official never meets a form that
 * cannot be filled. With --transitions it prints the tables as rows of the database's
 * dossier_transitions and feedback_transitions instead, which tests/integration/flow.sh compares
 * with the database. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dossier_flow.h"
#include "feedback_flow.h"
#include "tap.h"

static const char *const dossier_states[] = { "draft", "submitted", "received", "supplement",
    "processing", "approved", "rejected", "returned", NULL };
static const char *const feedback_states[] = { "received", "accepted", "rejected", "answered",
    "published", NULL };

static int
is_state(const char *const *states, const char *s)
{
	size_t i;

	for (i = 0; s && states[i]; i++)
		if (strcmp(states[i], s) == 0)
			return 1;
	return 0;
}

/* dossier|from_status|action|to_status|actor and feedback|from_status|to_status (each change of
 * status: a transfer keeps it), one a line; the order does not matter. */
static void
print_transitions(void)
{
	size_t i, j;

	for (i = 0; i < dossier_nsteps; i++)
		for (j = 0; dossier_steps[i].from[j]; j++)
			printf("dossier|%s|%s|%s|%s\n", dossier_steps[i].from[j], dossier_steps[i].action,
			    dossier_steps[i].to,
			    dossier_steps[i].actor == DOSSIER_OFFICIAL ? "official" : "applicant");
	for (i = 0; i < feedback_nsteps; i++)
		for (j = 0; feedback_steps[i].from[j]; j++)
			if (strcmp(feedback_steps[i].from[j], feedback_steps[i].to) != 0)
				printf("feedback|%s|%s\n", feedback_steps[i].from[j],
				    feedback_steps[i].to);
}

static void
test_dossier(void)
{
	size_t i, j;

	for (i = 0; i < dossier_nsteps; i++) {
		const struct dossier_step *s = &dossier_steps[i];
		int whole = s->from[0] != NULL && is_state(dossier_states, s->to);

		for (j = 0; s->from[j]; j++)
			whole = whole && is_state(dossier_states, s->from[j]);
		ok(whole, "dossier %s starts from states and leads to one", s->action);
		ok(s->needs == 0 || (s->field && s->missing), "dossier %s says what it needs", s->action);
		ok(dossier_step_find(s->action, s->actor) == s, "dossier %s is found by its name",
		    s->action);
	}
	ok(dossier_step_find("receive", DOSSIER_APPLICANT) == NULL,
	    "an applicant does not receive a dossier");
	ok(dossier_step_find("nope", DOSSIER_OFFICIAL) == NULL, "an unknown action is none");
	ok(dossier_step_allows(dossier_step_find("reject", DOSSIER_OFFICIAL), "supplement"),
	    "a dossier waiting for a supplement may be rejected");
	ok(!dossier_step_allows(dossier_step_find("approve", DOSSIER_OFFICIAL), "received"),
	    "a dossier not yet processed is not approved");
}

static void
test_feedback(void)
{
	size_t i, j;

	for (i = 0; i < feedback_nsteps; i++) {
		const struct feedback_step *s = &feedback_steps[i];
		int whole = s->from[0] != NULL && is_state(feedback_states, s->to);

		for (j = 0; s->from[j]; j++)
			whole = whole && is_state(feedback_states, s->from[j]);
		ok(whole, "feedback %s starts from states and leads to one", s->action);
		ok(!s->field == !s->missing, "feedback %s says what it needs", s->action);
		ok(s->actor != FEEDBACK_OFFICIAL || s->sql != FEEDBACK_NO_SQL,
		    "feedback %s has its statement", s->action);
		ok((s->says != FEEDBACK_SAYS_REASON && s->says != FEEDBACK_SAYS_ANSWER) || s->text,
		    "feedback %s takes the text it says", s->action);
		ok(feedback_step_find(s->action, s->actor) == s, "feedback %s is found by its name",
		    s->action);
	}
	ok(feedback_step_find("escalate", FEEDBACK_OFFICIAL) == NULL,
	    "an official does not escalate");
	ok(feedback_step_allows(feedback_step_find("transfer", FEEDBACK_OFFICIAL), "received") &&
	    !feedback_step_allows(feedback_step_find("transfer", FEEDBACK_OFFICIAL), "accepted"),
	    "only what waits to be classified is transferred");
}

int
main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--transitions") == 0) {
		print_transitions();
		return 0;
	}
	test_dossier();
	test_feedback();
	return done_testing();
}
