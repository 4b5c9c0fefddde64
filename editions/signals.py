from django.db.models.signals import post_delete, post_save

from thinktank.pagecache import bump_content_version


def connect():
    """Any change to an edition or its contents shows on reader pages at once."""
    from .models import Edition, EditionArticle

    for model in (Edition, EditionArticle):
        post_save.connect(
            bump_content_version, sender=model, dispatch_uid=f"ed-save-{model}"
        )
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"ed-del-{model}"
        )
