"""What follows a change to a comment: the pages showing it are purged."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles import keys
from thinktank.pagecache import purge

from .models import Comment


@receiver(post_save, sender=Comment)
@receiver(post_delete, sender=Comment)
def comment_changed(sender, instance, created=False, **kwargs):
    """A new comment waiting for a moderator changes no page; any other change
    (an approval, an edit, a removal in the admin) may change its article's."""
    if created and instance.status != Comment.Status.APPROVED:
        return
    purge(keys.of_comments([instance.article_id]))
