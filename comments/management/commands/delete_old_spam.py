from comments.management.retention import RetentionCommand
from comments.services import delete_old_spam


class Command(RetentionCommand):
    help = (
        "Delete comments marked as spam that were written more than "
        "COMMENTS_SPAM_RETENTION_DAYS ago (run it daily, e.g. from cron)."
    )
    setting = "COMMENTS_SPAM_RETENTION_DAYS"

    def let_go(self, days):
        deleted = delete_old_spam(days=days)
        return f"Deleted {deleted} spam comment(s) older than {days} days."
