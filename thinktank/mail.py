"""What every email the journal sends shares."""


def subject_line(text):
    """`text` as an email's subject: one line, each run of whitespace one space.

    A headline can hold a line break (a crafted form, a WordPress title, Word's
    vertical tab) and the mail library refuses a header with one, so the email
    would fail at every retry.
    """
    return " ".join(text.split())
