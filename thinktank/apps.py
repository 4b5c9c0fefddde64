from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
)


class ThinktankConfig(AppConfig):
    name = "thinktank"

    def ready(self):
        from django.middleware import csrf
        from django_tasks.signals import task_finished
        from taggit.models import Tag

        from articles.models import (
            Article,
            ArticleTag,
            Byline,
            Category,
            Photo,
            PromoSlot,
        )
        from authors.models import Author
        from comments.models import Comment

        from .csrf import random_string
        from .pagecache import (
            bump_content_version,
            content_changed,
            forget_request_memo,
        )
        from .renditions import make_renditions_on_save
        from .tasks import retry_failed_task

        # Django's CSRF secrets and masks, uniform as before, in one system call
        # each instead of one a character (thinktank/csrf.py).
        csrf.get_random_string = random_string

        # Every failed background task is retried with back-off (thinktank/tasks.py).
        task_finished.connect(retry_failed_task, dispatch_uid="tasks-retry")
        request_started.connect(forget_request_memo, dispatch_uid="pc-memo-start")
        request_finished.connect(forget_request_memo, dispatch_uid="pc-memo-end")
        # Every release runs `migrate`: pages and fragments cached by the previous
        # release (older templates, other settings) are not served after it.
        post_migrate.connect(
            bump_content_version, sender=self, dispatch_uid="pc-release"
        )
        for model in (Article, Photo, PromoSlot, Author):
            post_save.connect(
                make_renditions_on_save, sender=model, dispatch_uid=f"rn-{model}"
            )

        # Any saved or deleted reader-visible content makes every cached page stale.
        # Writes that bypass signals (queryset.update) bump the version themselves.
        for model in (
            Article,
            Byline,
            Category,
            Photo,
            PromoSlot,
            Author,
            Tag,
            ArticleTag,
            Comment,
        ):
            post_save.connect(
                content_changed, sender=model, dispatch_uid=f"pc-s-{model}"
            )
            post_delete.connect(
                content_changed, sender=model, dispatch_uid=f"pc-d-{model}"
            )
        for through in (Article.pinned_related.through, ArticleTag):
            m2m_changed.connect(
                content_changed, sender=through, dispatch_uid=f"pc-m-{through}"
            )
