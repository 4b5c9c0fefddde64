"""The admin's JSON endpoints behind the picture dialog and the tag box.

They are views of the Photo and Tag admins (`get_urls`), so they run behind
`admin_site.admin_view` (staff login, CSRF on POST) and check the model
permission of what they do: viewing photos to search, adding one to upload,
viewing tags to be offered them.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Q, Value, When
from django.http import JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_GET, require_POST

from thinktank.renditions import rendition_name, rendition_widths

from .forms import PhotoUploadForm
from .models import Photo

LIBRARY_RESULTS = 24
TAG_SUGGESTIONS = 8


def library_entry(photo):
    """What the picture dialog knows of a library photo."""
    widths = rendition_widths(photo.width)
    thumbnail = rendition_name(photo.image.name, widths[0]) if widths else None
    storage = photo.image.storage
    return {
        "id": photo.pk,
        "src": photo.image.url,
        "thumbnail": storage.url(thumbnail) if thumbnail else photo.image.url,
        "width": photo.width,
        "height": photo.height,
        "alt": photo.alt,
        "caption": photo.caption,
        "credit": photo.credit,
    }


class PhotoLibraryAdminMixin:
    """Search (`library/`) and upload (`library/upload/`) for the photo admin."""

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("library/", view(self.library_view), name="articles_photo_library"),
            path(
                "library/upload/",
                view(self.upload_view),
                name="articles_photo_upload",
            ),
            *super().get_urls(),
        ]

    @staticmethod
    def search(query):
        photos = Photo.objects.all()
        for word in query.split()[:5]:
            photos = photos.filter(
                Q(alt__icontains=word)
                | Q(caption__icontains=word)
                | Q(credit__icontains=word)
            )
        return photos

    @staticmethod
    def result(photos):
        return {"results": [library_entry(photo) for photo in photos]}

    @method_decorator(require_GET)
    def library_view(self, request):
        """The newest library photos matching every word of `q` (alt text,
        caption or credit), or `id`: that one photo."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.GET.get("id", "").isdigit():
            return JsonResponse(self.result(Photo.objects.filter(pk=request.GET["id"])))
        query = request.GET.get("q", "")[:100]
        return JsonResponse(self.result(self.search(query)[:LIBRARY_RESULTS]))

    @method_decorator(require_POST)
    def upload_view(self, request):
        """Adds the uploaded picture to the library (checked by
        `thinktank.images.validate_image`); answers with its entry, or with
        the form's errors."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PhotoUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        photo = form.save()
        self.log_addition(request, photo, [{"added": {}}])
        return JsonResponse(library_entry(photo), status=201)


class TagSuggestionsAdminMixin:
    """Existing tags for the article form's tag box (`suggest/?q=`)."""

    def get_urls(self):
        return [
            path(
                "suggest/",
                self.admin_site.admin_view(self.suggest_view),
                name="taggit_tag_suggest",
            ),
            *super().get_urls(),
        ]

    @method_decorator(require_GET)
    def suggest_view(self, request):
        """Up to TAG_SUGGESTIONS tag names containing `q`, those starting with
        it first."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        query = request.GET.get("q", "").strip()[:100]
        if not query:
            return JsonResponse({"results": []})
        names = (
            self.model.objects.filter(name__icontains=query)
            .annotate(
                rank=Case(
                    When(name__istartswith=query, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("rank", "name")
            .values_list("name", flat=True)[:TAG_SUGGESTIONS]
        )
        return JsonResponse({"results": list(names)})
