"""factory_boy factories: one call builds a valid, published article."""

from datetime import timedelta

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from articles.models import Article, Byline, Category, Photo
from authors.models import Author
from tests.conftest import image_bytes


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")
    description = "Analysis of this policy area."


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    role = "Senior Fellow"
    bio = "<p>Writes about policy.</p><p>Formerly a civil servant.</p>"
    x_handle = factory.Sequence(lambda n: f"author{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Article number {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    standfirst = "A one-sentence summary of the argument."
    body = "<p>Opening paragraph.</p><h2>A heading</h2><p>More text here.</p>"
    category = factory.SubFactory(CategoryFactory)
    status = Article.Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    class Params:
        draft = factory.Trait(status=Article.Status.DRAFT)
        scheduled = factory.Trait(
            publish_at=factory.LazyFunction(lambda: timezone.now() + timedelta(days=1))
        )
        with_hero = factory.Trait(
            hero_image=factory.LazyFunction(
                lambda: ContentFile(image_bytes(size=(160, 90)), name="hero.jpg")
            ),
            hero_alt="A chart",
            hero_caption="The caption",
            hero_credit="Photo: Desk",
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if not create:
            return
        for position, author in enumerate(extracted or [AuthorFactory()]):
            Byline.objects.create(article=self, author=author, position=position)


class PhotoFactory(factory.django.DjangoModelFactory):
    """A described, credited picture in the library (with its renditions)."""

    class Meta:
        model = Photo

    image = factory.LazyFunction(
        lambda: ContentFile(image_bytes(size=(1000, 600)), name="photo.jpg")
    )
    alt = factory.Sequence(lambda n: f"Cranes over the container port, view {n}")
    caption = "Loading at dawn."
    credit = "Photo: Desk / Journal"


class CommentFactory(factory.django.DjangoModelFactory):
    """An approved comment on a published article."""

    class Meta:
        model = "comments.Comment"

    article = factory.SubFactory(ArticleFactory)
    name = factory.Sequence(lambda n: f"Reader {n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.com")
    text = "A thoughtful response to the argument."
    status = "approved"
    ip_address = "192.0.2.10"
    user_agent = "Mozilla/5.0 (test)"


class TaskResultFactory(factory.django.DjangoModelFactory):
    """A moderators' email task that failed its last attempt, in the database."""

    class Meta:
        model = "django_tasks_database.DBTaskResult"

    task_path = "comments.tasks.notify_moderators"
    args_kwargs = factory.Sequence(lambda n: {"args": [], "kwargs": {"comment_id": n}})
    backend_name = "default"
    status = "FAILED"
    worker_ids = ["worker-1", "worker-1", "worker-2"]
    started_at = factory.LazyFunction(timezone.now)
    finished_at = factory.LazyFunction(timezone.now)
    exception_class_path = "ConnectionRefusedError"
    traceback = (
        "Traceback (most recent call last):\n"
        '  File "smtplib.py", line 341, in connect\n'
        "ConnectionRefusedError: [Errno 111] Connection refused <mail@example>\n"
    )


class EditionFactory(factory.django.DjangoModelFactory):
    """A print edition with a small cover picture."""

    class Meta:
        model = "editions.Edition"

    volume = 12
    number = factory.Sequence(lambda n: n + 1)
    date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=3))
    title = "Winter: Power and Restraint"
    cover = factory.LazyFunction(
        lambda: ContentFile(image_bytes(size=(60, 80)), name="cover.jpg")
    )
    cover_alt = "The cover of the issue"
