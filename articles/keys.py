"""Surrogate keys: names for what a reader page shows (thinktank/pagecache.py).

A page carries the keys of everything on it; a change purges the keys of what
it touched (articles/signals.py), and exactly the pages showing it go stale.
"""

# Every list of articles: home, sections, categories, tags, authors, archives,
# search. Purged when an article appears, leaves or moves in the lists.
LISTS = "lists"
# Pages showing the newest stories: every article page's sidebar.
LATEST = "latest"
# Feeds and sitemaps, which print dates and summaries of many articles.
SYNDICATION = "syndication"
# Search results, which change with the words of any published article.
SEARCH = "search"
# The journal's comment feeds (comments/feeds.py): purged with any change to a
# comment readers see, with its article's pages (of_comments). An article's
# own comment feed carries its article's key alone.
COMMENTS = "comments"
# The public corrections page (every correction and update note).
CORRECTIONS = "corrections"
# Pages showing print editions: their archive and pages, and every article
# page (the newest cover in the sidebar, the line naming its edition).
EDITIONS = "editions"


def article(pk):
    return f"article-{pk}"


def author(pk):
    return f"author-{pk}"


def tag(pk):
    return f"tag-{pk}"


def of_articles(articles, *, bylines=True):
    """The keys of a page showing `articles` (with their bylines)."""
    keys = {article(story.pk) for story in articles}
    if bylines:
        keys |= {author(person.pk) for story in articles for person in story.byline}
    return keys


def of_comments(article_ids):
    """The keys of the pages showing comments on these articles: their own
    pages and comment feeds, and the journal's comment feeds."""
    return {article(pk) for pk in article_ids} | {COMMENTS}
