"""Log filters named in settings.LOGGING."""

import logging


class WithoutTraceback(logging.Filter):
    """An error the site lives through, told in one line: the message and the
    exception's own words, without the traceback.

    django-redis logs one for every cache call while Redis is away (with
    REDIS_URL), about 65 lines each and several a page; the line names the
    address that could not be reached, which is what an operator needs.
    """

    def filter(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()}: {record.exc_info[1]}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True
