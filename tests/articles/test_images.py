import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.conftest import image_bytes
from tests.factories import ArticleFactory
from thinktank.images import validate_image

pytestmark = pytest.mark.django_db


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP", "GIF"])
def test_real_pictures_of_allowed_kinds_pass(kind):
    validate_image(upload(f"x.{kind.lower()}", image_bytes(kind)))


def test_text_file_renamed_jpg_is_refused_with_a_clear_message():
    with pytest.raises(ValidationError) as error:
        validate_image(upload("notes.jpg", b"These are meeting notes, not a picture."))
    assert error.value.code == "image_invalid"
    assert "not a valid image" in error.value.messages[0]


def test_other_image_formats_are_refused():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "BMP")
    with pytest.raises(ValidationError) as error:
        validate_image(upload("x.jpg", buffer.getvalue()))
    assert error.value.code == "image_format"
    assert "BMP images are not accepted" in error.value.messages[0]


def test_file_over_the_size_limit_is_refused(settings):
    settings.IMAGE_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as error:
        validate_image(
            upload("big.png", image_bytes("PNG", size=(400, 400)) + b"\0" * 2000)
        )
    assert error.value.code == "image_too_large"
    assert "images may be at most" in error.value.messages[0]


def test_image_with_too_many_pixels_is_refused_before_decoding(settings):
    settings.IMAGE_MAX_PIXELS = 10_000
    with pytest.raises(ValidationError) as error:
        validate_image(upload("wide.png", image_bytes("PNG", size=(200, 100))))
    assert error.value.code == "image_too_many_pixels"
    assert "200 × 100 pixels" in error.value.messages[0]


def test_decompression_bomb_is_refused(settings, monkeypatch):
    # A tiny PNG claiming more pixels than Pillow's own bomb threshold.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    settings.IMAGE_MAX_PIXELS = 10**9
    with pytest.raises(ValidationError) as error:
        validate_image(upload("bomb.png", image_bytes("PNG", size=(300, 300))))
    assert error.value.code == "image_too_many_pixels"


def test_admin_refuses_a_fake_hero_image_and_keeps_the_rest(editor_client):
    from tests.factories import CategoryFactory

    category = CategoryFactory()
    response = editor_client.post(
        "/admin/articles/article/add/",
        {
            "title": "Kept title",
            "slug": "kept-title",
            "standfirst": "Kept standfirst.",
            "body": "<p>Kept body</p>",
            "status": "draft",
            "publish_at_0": "2026-01-01",
            "publish_at_1": "09:00:00",
            "category": category.pk,
            "hero_image": upload("fake.jpg", b"not an image at all"),
            "hero_alt": "x",
            "byline_set-TOTAL_FORMS": "0",
            "byline_set-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Upload a valid image" in page or "not a valid image" in page
    assert 'value="Kept title"' in page


def test_a_stored_picture_whose_file_was_closed_still_validates():
    """Re-saving an article in the admin without a new upload checks the
    stored picture, whose handle an earlier reader may have closed."""
    article = ArticleFactory(with_hero=True)
    article.hero_image.open("rb")
    article.hero_image.close()

    article.full_clean()

    assert article.hero_image.closed


def test_a_hero_picture_chosen_on_a_form_that_comes_back_is_asked_for_again(
    editor_client,
):
    # Found in QA: a contributor chose a hero picture, forgot the category,
    # and the form came back with the alt text but without the picture and
    # without a word about it (a browser never sends a chosen file again).
    response = editor_client.post(
        "/admin/articles/article/add/",
        {
            "title": "Water pricing",
            "slug": "water-pricing",
            "standfirst": "Tiered tariffs.",
            "body": "<p>Text</p>",
            "status": "draft",
            "hero_image": upload("sun.jpg", image_bytes("JPEG")),
            "hero_alt": "A yellow sun",
            "byline_set-TOTAL_FORMS": "0",
            "byline_set-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "category" in errors
    assert "Choose the picture again" in str(errors["hero_image"])


def test_a_picture_past_pillows_bomb_limit_is_called_too_large(settings, monkeypatch):
    """Django's own image check, run first, called it "not a valid image"."""
    from thinktank.images import PictureFormField

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # as a 20,000 px square
    settings.IMAGE_MAX_PIXELS = 10**9
    with pytest.raises(ValidationError) as error:
        PictureFormField().clean(
            upload("bomb.png", image_bytes("PNG", size=(300, 300)))
        )
    assert error.value.messages == [
        "This image has far too many pixels; the limit is 1000 million."
    ]


def test_a_picture_pillow_warns_of_is_refused_with_its_size(settings, monkeypatch):
    """Between Pillow's warning (89 million pixels) and its error (twice that),
    the picture's size was lost in "too many pixels to be processed safely"."""
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 60_000)  # 90,000: a warning
    settings.IMAGE_MAX_PIXELS = 50_000
    with pytest.raises(ValidationError) as error:
        validate_image(upload("big.png", image_bytes("PNG", size=(300, 300))))
    assert error.value.code == "image_too_many_pixels"
    assert "This image is 300 × 300 pixels" in error.value.messages[0]
