from comments.management.retention import RetentionCommand
from comments.services import blank_old_ip_addresses


class Command(RetentionCommand):
    help = (
        "Blank the IP address and browser stored with comments older than "
        "COMMENTS_IP_RETENTION_DAYS (run it daily, e.g. from cron)."
    )
    setting = "COMMENTS_IP_RETENTION_DAYS"

    def let_go(self, days):
        changed = blank_old_ip_addresses(days=days)
        return f"Blanked IP addresses of {changed} comment(s) older than {days} days."
