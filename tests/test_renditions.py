import io

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from tests.conftest import image_bytes, phone_photo
from tests.factories import ArticleFactory
from thinktank.renditions import make_renditions, rendition_name, rendition_widths

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    article = ArticleFactory(hero_alt="A wide chart", hero_caption="c", hero_credit="d")
    article.hero_image.save("wide.jpg", ContentFile(image_bytes(size=(1000, 500))))
    return article


def test_saving_a_picture_makes_webp_renditions_once(article):
    for width in (480, 800, 1000):
        name = rendition_name(article.hero_image.name, width)
        assert default_storage.exists(name)
        with default_storage.open(name) as file, Image.open(file) as picture:
            assert picture.format == "WEBP"
            assert picture.size == (width, width // 2)
    assert make_renditions(article.hero_image) == 0


def test_no_rendition_is_wider_than_the_original():
    assert rendition_widths(1000) == [480, 800, 1000]
    assert rendition_widths(3000) == [480, 800, 1200, 1600]
    assert rendition_widths(300) == [300]


def test_pages_offer_the_renditions_with_sizes_and_dimensions(client, article):
    # More than the lead and the latest take, so section blocks show pictures.
    ArticleFactory.create_batch(9, with_hero=True)
    page = client.get(article.get_absolute_url()).content.decode()
    hero = page.split('<figure class="article__hero">')[1].split("</figure>")[0]
    assert 'srcset="/media/renditions/' in hero
    assert "-480w.webp 480w" in hero and "-1000w.webp 1000w" in hero
    assert 'width="1000" height="500"' in hero
    assert 'alt="A wide chart"' in hero
    assert 'fetchpriority="high"' in hero and 'loading="lazy"' not in hero
    home = client.get("/").content.decode()
    cards = home.split('class="card__image"')[1:]
    assert cards and all('loading="lazy"' in card.split(">", 2)[1] for card in cards)


def test_a_list_fetches_its_first_picture_at_once_and_the_rest_lazily(client):
    # On a phone the first card's picture is the largest thing on the first
    # screen: loaded lazily it waited for layout, 2.6 s to the largest paint on
    # a section page under Fast 3G and a 4x slower CPU instead of 1.8 s.
    from tests.factories import AuthorFactory, CategoryFactory, EditionFactory

    section, author = CategoryFactory(), AuthorFactory()
    ArticleFactory.create_batch(
        3, with_hero=True, category=section, tags=["trade"], authors=[author]
    )
    EditionFactory.create_batch(3)
    lists = [
        (section.get_absolute_url(), 'class="card__image"'),
        ("/tag/trade/", 'class="card__image"'),
        (author.get_absolute_url(), 'class="card__image"'),
        ("/stories/", 'class="card__image"'),
        ("/editions/", '<li><a href="/editions/'),
    ]
    for url, marker in lists:
        page = client.get(url).content.decode().split('class="site-footer"')[0]
        pictures = [item.split(">", 2)[1] for item in page.split(marker)[1:]]
        assert len(pictures) == 3, url
        first, *rest = pictures
        assert 'fetchpriority="high"' in first and 'loading="lazy"' not in first, url
        assert all('loading="lazy"' in picture for picture in rest), url


def test_pictures_in_an_article_body_offer_their_renditions_lazily():
    from articles.models import Photo

    photo = Photo(alt="A harbour crane at dusk", caption="Cranes", credit="Desk")
    photo.image.save(
        "crane.jpg", ContentFile(image_bytes(size=(1000, 600))), save=False
    )
    photo.full_clean()  # as the admin's form does
    photo.save()
    elsewhere = '<img src="https://example.com/x.png" alt="x" width="900">'
    article = ArticleFactory(body=f"<p>Text.</p>{photo.figure_html()}{elsewhere}")
    body = article.body
    figure = body.split(f'<figure data-photo="{photo.pk}">')[1]
    assert 'srcset="/media/renditions/photos/' in figure
    assert "-480w.webp 480w" in figure and "-1000w.webp 1000w" in figure
    assert 'sizes="(min-width: 62rem) 46rem, 100vw" loading="lazy"' in figure
    assert 'width="1000" height="600"' in figure
    assert '<figcaption>Cranes <span class="credit">Desk</span></figcaption>' in figure
    assert elsewhere in body  # not ours: left as it was
    article.save()
    assert article.body == body  # saving again changes nothing


def test_a_srcset_pointing_elsewhere_is_removed():
    article = ArticleFactory(
        body='<img src="/media/a.jpg" alt="a" srcset="https://evil.example/a.jpg 1x" '
        'loading="soon">'
    )
    assert article.body == '<img src="/media/a.jpg" alt="a">'


def test_make_renditions_restores_missing_ones(article):

    from django.core.management import call_command

    names = [rendition_name(article.hero_image.name, w) for w in (480, 800, 1000)]
    for name in names:
        default_storage.delete(name)
    out = io.StringIO()
    call_command("make_renditions", stdout=out)
    assert "3 renditions made." in out.getvalue()
    assert all(default_storage.exists(name) for name in names)
    out = io.StringIO()
    call_command("make_renditions", stdout=out)
    assert "0 renditions made." in out.getvalue()


def test_a_disk_that_fills_up_leaves_no_broken_rendition(article, media_disk_full):
    """Measured on a full tmpfs: `make_renditions` left a 60 KB start of an
    800 px WebP, which pages offered in their srcset and every later run
    skipped as made."""
    names = [rendition_name(article.hero_image.name, w) for w in (480, 800, 1000)]
    for name in names:
        default_storage.delete(name)
    make_room = media_disk_full()

    with pytest.raises(OSError, match="No space left"):
        make_renditions(article.hero_image)

    make_room()
    assert not any(default_storage.exists(name) for name in names)
    assert make_renditions(article.hero_image) == 3


def test_pictures_of_the_same_name_and_another_format_keep_their_own_copies():
    jpeg, png = "photos/2026/12/port.jpg", "photos/2026/12/port.png"
    assert rendition_name(jpeg, 480) != rendition_name(png, 480)


def test_a_phone_photo_stored_sideways_has_upright_renditions():
    article = ArticleFactory(hero_alt="A portrait", hero_caption="c", hero_credit="d")
    # Stored as it came, as pictures stored before uploads were turned upright.
    article.hero_image.save("phone.jpg", ContentFile(phone_photo()))
    name = rendition_name(article.hero_image.name, 480)
    with default_storage.open(name) as file, Image.open(file) as picture:
        assert picture.width < picture.height  # portrait, as the camera held it


@pytest.mark.parametrize(
    "src", ["/media/../../../../etc/passwd", "/media/photos/../../settings.py"]
)
def test_a_picture_address_outside_the_uploads_saves_as_it_is(editor_client, src):
    """A body whose picture climbs out of MEDIA_URL was refused with a bare
    "Bad Request (400)" (the storage's SuspiciousFileOperation), the editor's
    text with it."""
    from tests.editors.forms import change_form, change_url

    article = ArticleFactory()
    body = f'<p>Text.</p><img src="{src}" alt="x">'
    response = editor_client.post(change_url(article), change_form(article, body=body))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == body
