"""What follows a change to a comment: the pages showing it are purged."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles import keys
from thinktank.pagecache import purge

from .models import Comment


@receiver(post_save, sender=Comment)
@receiver(post_delete, sender=Comment)
def comment_changed(sender, instance, signal, created=False, **kwargs):
    """A new comment waiting for a moderator, or a deleted one readers did not
    see (awaiting moderation, spam, removed), changes no page; any other
    change (an approval, an edit, a removal in the admin) may change its
    article's."""
    unseen = instance.status != Comment.Status.APPROVED
    if unseen and (created or signal is post_delete):
        return
    purge(keys.of_comments([instance.article_id]))
