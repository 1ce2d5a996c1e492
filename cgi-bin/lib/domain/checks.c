/* checks: field checks over the identifier and date parsers. */
#include "checks.h"

#include <string.h>

#include "buf.h"
#include "idnum.h"
#include "workdays.h"

/* The answer of an idnum parser: NULL and the canonical text, or the message. */
static const char *
check_answer(enum idnum_error e, const char *normal, struct buf *canonical)
{
	if (e != IDNUM_OK)
		return idnum_message(e);
	buf_append(canonical, normal, strlen(normal));
	return NULL;
}

const char *
check_citizen_id(const char *value, struct buf *canonical)
{
	struct idnum_citizen id;

	return check_answer(idnum_citizen_parse(value, &id), id.number, canonical);
}

const char *
check_tax_code(const char *value, struct buf *canonical)
{
	char tax[IDNUM_TAX_SIZE] = "";

	return check_answer(idnum_tax_check(value, tax, sizeof(tax)), tax, canonical);
}

const char *
check_phone(const char *value, struct buf *canonical)
{
	char phone[IDNUM_PHONE_SIZE] = "";

	return check_answer(idnum_phone_check(value, phone, sizeof(phone)), phone, canonical);
}

const char *
check_email(const char *value, struct buf *canonical)
{
	char email[IDNUM_EMAIL_SIZE] = "";

	return check_answer(idnum_email_check(value, email, sizeof(email)), email, canonical);
}

const char *
check_date(const char *value, struct buf *canonical)
{
	char iso[11];
	long day = workdays_parse(value);

	if (day == WORKDAYS_INVALID)
		return "Ngày không hợp lệ; hãy nhập theo dạng năm-tháng-ngày.";
	workdays_format(day, iso);
	buf_append(canonical, iso, strlen(iso));
	return NULL;
}
