"""Moving a WordPress site into the journal: `manage.py import_wordpress`.

parse.py reads a WXR export item by item, markup.py turns WordPress markup into
the journal's, media.py brings pictures over, importer.py writes everything, and
middleware.py answers WordPress's old query-string addresses. The app keeps one
table, `WordPressItem`, remembering which journal row each WordPress ID became.
"""
