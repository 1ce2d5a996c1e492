"""An aiosmtpd handler that refuses every recipient for good (550), as a relay does for a mailbox
that does not exist: cong-mailer must give such a message up at once instead of retrying it."""


class Refuse:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "550 5.1.1 <%s>: no such mailbox here" % address
