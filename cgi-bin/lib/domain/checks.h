/* checks: the meaning of Vietnamese identifiers and dates as field checks (field_check in
 * page.h), so that a page table can declare a field "a phone number" and a handler reads it
 * already checked and in its canonical form. Each wraps the parser of idnum.c or workdays.c. */
#ifndef CONG_CHECKS_H
#define CONG_CHECKS_H

struct buf;

/* A citizen ID (12 digits, an assigned province): canonical without spaces. */
const char *check_citizen_id(const char *value, struct buf *canonical);
/* A tax code, 10 digits or a branch's 13: canonical "0123456789" or "0123456789-001". */
const char *check_tax_code(const char *value, struct buf *canonical);
/* A mobile number: canonical "0xxxxxxxxx". */
const char *check_phone(const char *value, struct buf *canonical);
/* An e-mail address: canonical with its domain lower-cased. */
const char *check_email(const char *value, struct buf *canonical);
/* A date as <input type=date> sends it, YYYY-MM-DD: canonical zero-padded. */
const char *check_date(const char *value, struct buf *canonical);

#endif
