"""The release's static files: whitenoise's compressed, hashed storage."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Hashed names for the modules a script imports as well.

    The reader's scripts are ES modules that import each other (`./csrf.js`);
    with this the import names the hashed file, cached for good, as the page
    does for the script itself (Django's documented switch, off by default).
    """

    support_js_module_import_aggregation = True
