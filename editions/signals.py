from django.db.models.signals import post_delete, post_save

from thinktank.pagecache import bump_content_version
from thinktank.renditions import make_renditions_on_save


def connect():
    """Covers get their WebP renditions; any change to an edition or its
    contents shows on reader pages at once."""
    from .models import Edition, EditionArticle

    post_save.connect(make_renditions_on_save, sender=Edition, dispatch_uid="ed-rn")

    for model in (Edition, EditionArticle):
        post_save.connect(
            bump_content_version, sender=model, dispatch_uid=f"ed-save-{model}"
        )
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"ed-del-{model}"
        )
