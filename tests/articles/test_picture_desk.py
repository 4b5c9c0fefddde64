"""The editors' desk on the server: the photo library's search and upload, tag
suggestions, the figure markup, alt text in bodies, the hero from the library
and the byline order."""

import io
import json
import re

import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.forms import inlineformset_factory, modelform_factory
from django.test import Client
from django_prose_editor.fields import ProseEditorField
from PIL import Image

from articles.forms import ArticleAdminForm, BylineForm, BylineFormSet
from articles.models import Article, Byline, Photo
from tests.conftest import image_bytes, phone_photo
from tests.factories import ArticleFactory, AuthorFactory, PhotoFactory
from thinktank.renditions import rendition_name

pytestmark = pytest.mark.django_db

LIBRARY = "/admin/articles/photo/library/"
UPLOAD = "/admin/articles/photo/library/upload/"
SUGGEST = "/admin/taggit/tag/suggest/"


@pytest.fixture
def staff_client(django_user_model):
    """Logged in as staff with only the permissions a test grants."""

    def make(*codenames):
        username = f"staff{django_user_model.objects.count()}"
        user = django_user_model.objects.create_user(username, is_staff=True)
        user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
        client = Client(enforce_csrf_checks=True)
        client.force_login(user)
        return client

    return make


def upload(client, token=None, **fields):
    picture = SimpleUploadedFile(
        "dock.png", image_bytes("PNG", size=(900, 500)), content_type="image/png"
    )
    data = {"image": picture, "alt": "A dock at night", "credit": "Photo: Desk"}
    headers = {"X-CSRFToken": token} if token else {}
    return client.post(UPLOAD, {**data, **fields}, headers=headers)


def test_the_library_finds_photos_by_every_word_of_alt_caption_or_credit(
    editor_client,
):
    silo = PhotoFactory(alt="A grain silo", caption="Harvest", credit="Photo: Ana")
    PhotoFactory(alt="A grain ship", caption="Harvest")
    response = editor_client.get(LIBRARY, {"q": "grain ana"})
    assert response.status_code == 200
    [entry] = response.json()["results"]
    assert entry == {
        "id": silo.pk,
        "src": silo.image.url,
        "thumbnail": default_storage.url(rendition_name(silo.image.name, 480)),
        "width": 1000,
        "height": 600,
        "alt": "A grain silo",
        "caption": "Harvest",
        "credit": "Photo: Ana",
    }
    assert len(editor_client.get(LIBRARY, {"q": "harvest"}).json()["results"]) == 2


def test_the_library_lists_the_newest_photos_in_a_fixed_number_of_queries(
    editor_client, django_assert_max_num_queries
):
    PhotoFactory.create_batch(30)
    # session, user, the user's own and group permissions, the photos
    with django_assert_max_num_queries(5, info="library search"):
        response = editor_client.get(LIBRARY)
    results = response.json()["results"]
    assert len(results) == 24
    assert results[0]["id"] == Photo.objects.latest("uploaded_at", "pk").pk


def test_the_photo_list_shows_small_renditions_loaded_when_seen(editor_client):
    """A hundred previews of camera originals (megabytes each) made the
    library's list download every original in full: 52 MB for six 8 MB
    photos. Each preview offers the WebP renditions, loaded lazily."""
    photo = PhotoFactory()  # 1000 × 600, with its renditions

    html = editor_client.get("/admin/articles/photo/").content.decode()

    thumbnail = default_storage.url(rendition_name(photo.image.name, 480))
    assert f'srcset="{thumbnail} 480w, ' in html
    assert 'sizes="133px"' in html  # 80 px high
    assert 'width="1000" height="600" loading="lazy"' in html


def test_each_photo_in_the_list_is_opened_by_a_link_that_names_it(editor_client):
    """The preview (an image with empty alt) was each row's link to the photo,
    so screen readers and keyboard users met a row of unnamed links."""
    photo = PhotoFactory(alt="Cranes over the harbour at dawn")

    html = editor_client.get("/admin/articles/photo/").content.decode()

    links = re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', html, re.S)
    change = f"/admin/articles/photo/{photo.pk}/change/"
    assert [text for href, text in links if href.startswith(change)] == [photo.alt]


def test_searching_the_library_takes_the_view_permission(staff_client, client):
    assert staff_client().get(LIBRARY).status_code == 403
    assert staff_client("view_photo").get(LIBRARY).status_code == 200
    assert client.get(LIBRARY).status_code == 302  # to the admin's login


def test_an_upload_joins_the_library_with_its_renditions_and_a_history_entry(
    staff_client,
):
    client = staff_client("add_photo")
    token = client.get("/admin/").cookies["csrftoken"].value
    response = upload(client, token=token)
    assert response.status_code == 201, response.content.decode()[-1500:]
    photo = Photo.objects.get()
    assert response.json()["id"] == photo.pk
    assert (photo.width, photo.height, photo.credit) == (900, 500, "Photo: Desk")
    assert default_storage.exists(rendition_name(photo.image.name, 480))
    assert LogEntry.objects.get().action_flag == ADDITION


@pytest.mark.parametrize("path", [UPLOAD, "/admin/articles/photo/add/"])
def test_a_phone_photo_is_stored_upright_and_without_its_camera_data(
    editor_client, path
):
    picture = SimpleUploadedFile("phone.jpg", phone_photo(), content_type="image/jpeg")
    response = editor_client.post(path, {"image": picture, "alt": "A tram stop"})
    assert response.status_code in (201, 302), response.content.decode()[-1500:]
    photo = Photo.objects.get()
    # The recorded size is the upright one, so the page keeps the right room.
    assert (photo.width, photo.height) == (600, 1000)
    with photo.image.open("rb"), Image.open(photo.image) as stored:
        assert stored.size == (600, 1000)
        assert not stored.getexif()  # no orientation, no place


def test_an_upload_to_a_full_disk_says_so_and_saves_nothing(
    editor_client, media_disk_full
):
    make_room = media_disk_full()
    picture = SimpleUploadedFile("quay.jpg", image_bytes(), content_type="image/jpeg")
    # Each request ends its own transaction, as outside the test's.
    with transaction.atomic():
        form = editor_client.post(
            "/admin/articles/photo/add/", {"image": picture, "alt": "A quay"}
        )
    picture.seek(0)
    with transaction.atomic():
        dialog = editor_client.post(
            UPLOAD,
            {"image": picture, "alt": "A quay"},
            headers={"accept": "application/json"},
        )
    assert not Photo.objects.exists()
    make_room()
    picture.seek(0)
    again = editor_client.post(
        "/admin/articles/photo/add/", {"image": picture, "alt": "A quay"}
    )

    assert form.status_code == 503
    assert "the server’s disk is full" in form.content.decode()
    assert "nothing you sent was saved" in form.content.decode()
    assert dialog.status_code == 503
    [error] = dialog.json()["errors"]["__all__"]
    assert error["code"] == "disk_full"
    assert again.status_code == 302
    assert Photo.objects.get().alt == "A quay"


def test_a_picture_without_camera_data_is_stored_byte_for_byte(editor_client):
    original = image_bytes("JPEG", size=(900, 500))
    picture = SimpleUploadedFile("plain.jpg", original, content_type="image/jpeg")
    editor_client.post(UPLOAD, {"image": picture, "alt": "A quay"})
    with Photo.objects.get().image.open("rb") as stored:
        assert stored.read() == original


def test_an_upload_needs_the_add_permission_and_the_csrf_token(staff_client):
    viewer = staff_client("view_photo")
    token = viewer.get("/admin/").cookies["csrftoken"].value
    assert upload(viewer, token=token).status_code == 403
    adder = staff_client("add_photo")
    adder.get("/admin/")
    assert upload(adder).status_code == 403  # no token
    assert adder.get(UPLOAD).status_code == 405
    assert not Photo.objects.exists()


def test_an_upload_that_is_not_a_picture_or_has_no_alt_text_is_refused(
    editor_client,
):
    fake = SimpleUploadedFile("x.png", b"not a picture", content_type="image/png")
    response = editor_client.post(UPLOAD, {"image": fake, "alt": "Something"})
    assert response.status_code == 400
    assert (
        response.json()["errors"]["image"][0]["code"] == "image_invalid"
    )  # validate_image, first
    response = upload(editor_client, alt="")
    assert response.json()["errors"]["alt"][0]["code"] == "required"
    assert not Photo.objects.exists()


def test_a_picture_cut_short_is_refused_and_nothing_is_kept(editor_client):
    buffer = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(buffer, "JPEG")
    half = buffer.getvalue()[: buffer.tell() // 2]  # an upload broken off
    cut = SimpleUploadedFile("cut.jpg", half, content_type="image/jpeg")
    response = editor_client.post(UPLOAD, {"image": cut, "alt": "A dock at night"})
    assert response.status_code == 400
    assert "not a valid image" in response.json()["errors"]["image"][0]["message"]
    assert not Photo.objects.exists()


def test_tags_are_suggested_by_what_they_start_with_then_contain(
    editor_client, django_assert_max_num_queries
):
    ArticleFactory(tags=["aid", "abolish aid", "foreign aid", "defence"])
    ArticleFactory(tags=[f"aid {n}" for n in range(20)])
    # session, user, the user's own and group permissions, the tags
    with django_assert_max_num_queries(5, info="tag suggestions"):
        response = editor_client.get(SUGGEST, {"q": "AID"})
    results = response.json()["results"]
    assert len(results) == 8 and results[:3] == ["aid", "aid 0", "aid 1"]
    assert "abolish aid" not in results  # contains it, but does not start with it
    response = editor_client.get(SUGGEST, {"q": "N AI"})
    assert response.json() == {"results": ["foreign aid"]}
    assert editor_client.get(SUGGEST, {"q": " "}).json() == {"results": []}


def test_the_tag_box_is_described_by_its_help_and_its_keyboard_hint(editor_client):
    """The hint was a second aria-describedby attribute, which browsers drop:
    screen readers never heard how to take a suggestion."""
    article = ArticleFactory()
    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/")

    box = re.search(r'<input [^>]*name="tags"[^>]*>', html.content.decode()).group()

    assert re.findall(r'aria-describedby="([^"]*)"', box) == [
        "id_tags_helptext id_tags-hint"
    ]


def test_tag_suggestions_take_the_view_permission_on_tags(staff_client):
    assert staff_client().get(SUGGEST, {"q": "a"}).status_code == 403
    assert staff_client("view_tag").get(SUGGEST, {"q": "a"}).status_code == 200


def test_the_figure_of_a_photo_escapes_its_text():
    photo = PhotoFactory(alt='Cranes "at" dawn', caption="<b>Port</b>", credit="")
    html = photo.figure_html()
    assert html == (
        f'<figure data-photo="{photo.pk}"><img src="{photo.image.url}" '
        'alt="Cranes &quot;at&quot; dawn" width="1000" height="600">'
        "<figcaption>&lt;b&gt;Port&lt;/b&gt;</figcaption></figure>"
    )


def test_a_body_picture_without_alt_text_is_refused_and_a_decorative_one_kept():
    article = ArticleFactory()
    article.body = '<p>a</p><img src="/media/x.jpg">'
    with pytest.raises(ValidationError) as refused:
        article.full_clean()
    assert refused.value.error_dict["body"][0].code == "body_alt_required"
    article.body = '<p>a</p><img src="/media/x.jpg" alt="">'
    article.full_clean()


def test_a_body_picture_missing_its_size_gets_it_and_its_renditions():
    photo = PhotoFactory()
    article = ArticleFactory(body=f'<p>a</p><img src="{photo.image.url}" alt="x">')
    assert 'width="1000" height="600"' in article.body
    assert "-480w.webp 480w" in article.body


def test_the_hero_can_be_a_library_photo_with_its_renditions():
    photo = PhotoFactory()
    article = ArticleFactory()
    form_class = modelform_factory(
        Article,
        form=ArticleAdminForm,
        fields=[
            *("title", "slug", "standfirst", "body", "category", "status"),
            *("publish_at", "hero_image", "hero_alt", "hero_credit"),
        ],
    )
    data = {
        "title": article.title,
        "slug": article.slug,
        "standfirst": article.standfirst,
        "body": article.body,
        "category": article.category_id,
        "status": article.status,
        "publish_at": article.publish_at,
        "hero_photo": photo.pk,
        "hero_alt": photo.alt,
        "hero_credit": photo.credit,
        "loaded_at": article.updated_at.isoformat(),  # as the form handed it out
    }
    form = form_class(data, instance=article)
    assert form.is_valid(), form.errors
    form.save()
    article.refresh_from_db()
    assert article.hero_image.name == photo.image.name
    assert (article.hero_width, article.hero_height) == (1000, 600)


Bylines = inlineformset_factory(
    Article, Byline, form=BylineForm, formset=BylineFormSet, extra=1
)


def byline_data(rows):
    data = {
        "byline_set-TOTAL_FORMS": len(rows),
        "byline_set-INITIAL_FORMS": sum(1 for row in rows if "id" in row),
        "byline_set-MIN_NUM_FORMS": 1,
        "byline_set-MAX_NUM_FORMS": 1000,
    }
    for i, row in enumerate(rows):
        for key, value in row.items():
            data[f"byline_set-{i}-{key}"] = "" if value is None else value
    return data


def test_bylines_are_stored_in_the_order_given_by_dragging():
    ada, ben, cy = AuthorFactory.create_batch(3)
    article = ArticleFactory(authors=[ada, ben])
    first, second = Byline.objects.filter(article=article)
    rows = [
        {"id": first.pk, "author": ada.pk, "position": 2},
        {"id": second.pk, "author": ben.pk, "position": 0},
        {"author": cy.pk, "position": 1},
    ]
    formset = Bylines(byline_data(rows), instance=article)
    assert formset.is_valid(), formset.errors
    formset.save()
    assert list(article.authors.order_by("byline__position")) == [ben, cy, ada]
    assert list(
        Byline.objects.filter(article=article).values_list("position", flat=True)
    ) == [0, 1, 2]


def test_bylines_never_moved_keep_the_order_they_were_added():
    ada, ben, cy = AuthorFactory.create_batch(3)
    article = ArticleFactory(authors=[ada])
    [first] = Byline.objects.filter(article=article)
    rows = [
        {"id": first.pk, "author": ada.pk, "position": 0},
        {"author": ben.pk, "position": None},  # the page's script did not run
        {"author": cy.pk, "position": None},
        {"author": "", "position": None},  # an extra row left empty
    ]
    formset = Bylines(byline_data(rows), instance=article)
    assert formset.is_valid(), formset.errors
    formset.save()
    assert [a.pk for a in Article.objects.get(pk=article.pk).byline] == [
        ada.pk,
        ben.pk,
        cy.pk,
    ]


def test_the_article_form_puts_the_byline_under_the_text(editor_client):
    article = ArticleFactory()
    page = editor_client.get(f"/admin/articles/article/{article.pk}/change/")
    html = page.content.decode()
    assert html.index('id="byline_set-group"') < html.index(">Publishing<")
    assert 'role="combobox"' in html and "/admin/taggit/tag/suggest/" in html
    assert '"journal/picture-desk": "/static/js/picture-desk.js"' in html
    assert '"libraryUrl":"/admin/articles/photo/library/"' in html.replace(
        "&quot;", '"'
    )


def test_a_photo_placed_in_its_xmp_data_is_stored_without_it(editor_client):
    """Photo editors write where a picture was taken in XMP, beside EXIF or
    alone; a JPEG with XMP and no EXIF was stored byte for byte, the place
    with it, for every reader to read."""
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3'
        b'.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns'
        b'.adobe.com/exif/1.0/" exif:GPSLatitude="52,22.125N"/></rdf:RDF>'
        b"</x:xmpmeta>"
    )
    buffer = io.BytesIO()
    Image.new("RGB", (900, 500), "#13294b").save(buffer, "JPEG", xmp=xmp)
    picture = SimpleUploadedFile("edited.jpg", buffer.getvalue(), "image/jpeg")
    response = editor_client.post(UPLOAD, {"image": picture, "alt": "A quay"})
    assert response.status_code == 201, response.content.decode()[-1500:]
    with Photo.objects.get().image.open("rb") as stored:
        data = stored.read()
    assert b"GPSLatitude" not in data
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (900, 500) and "xmp" not in picture.info


@pytest.mark.parametrize(
    ("name", "kind", "stored"),
    [
        ("report.pdf", "GIF", "report.gif"),  # served as a PDF document
        ("scan.ps", "PNG", "scan.png"),
        ("dock.jpg", "PNG", "dock.png"),
        ("quay.jpeg", "JPEG", "quay.jpeg"),  # a JPEG's own extension is kept
    ],
)
def test_a_picture_is_stored_under_its_own_kinds_extension(
    editor_client, name, kind, stored
):
    """The web server serves an upload with the type its extension names: a
    real GIF called report.pdf was stored and served as report.pdf."""
    picture = SimpleUploadedFile(name, image_bytes(kind, size=(900, 500)))
    response = editor_client.post(UPLOAD, {"image": picture, "alt": "A quay"})
    assert response.status_code == 201, response.content.decode()[-1500:]
    photo = Photo.objects.get()
    assert photo.image.name.rsplit("/", 1)[1] == stored
    assert response.json()["src"].endswith(f"/{stored}")


def test_deleting_a_photo_says_which_articles_keep_showing_it(editor_client):
    photo = PhotoFactory()
    ArticleFactory(
        title="Silo rules", body=f'<figure data-photo="{photo.pk}"></figure>'
    )
    ArticleFactory(title="Harbour hero", hero_image=photo.image.name)
    ArticleFactory(title="Elsewhere")

    page = editor_client.get(f"/admin/articles/photo/{photo.pk}/delete/")

    html = page.content.decode()
    assert "“Silo rules”" in html and "“Harbour hero”" in html
    assert "Elsewhere" not in html
    assert "its file stays on the server" in html


def picture_editors():
    """Every rich-text field whose editor has the picture button, as its model
    and field name."""
    return [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, ProseEditorField)
        and "Picture" in field.config.get("extensions", {})
    ]


def test_the_article_and_page_bodies_have_the_picture_button():
    assert {(model.__name__, name) for model, name in picture_editors()} >= {
        ("Article", "body"),
        ("Page", "body"),
    }


@pytest.mark.parametrize(
    "model, name", picture_editors(), ids=lambda v: getattr(v, "__name__", v)
)
def test_every_editor_with_the_picture_button_can_load_it(admin_client, model, name):
    """The picture button's module imports the dialog by the name the import
    map gives it: an editor opened without the map lost its picture module, and
    dropped every picture of the text it opened at the next save (a page's)."""
    meta = model._meta
    form = admin_client.get(f"/admin/{meta.app_label}/{meta.model_name}/add/")
    html = form.content.decode()
    assert f'name="{name}"' in html
    assert "prose-picture.js" in html  # the module django-prose-editor loads
    importmap = re.search(r'<script type="importmap"[^>]*>(.*?)</script>', html, re.S)
    assert "journal/picture-desk" in json.loads(importmap[1])["imports"]
