"""Full-text search structures, one set per database (see articles/search.py).

PostgreSQL: a weighted `search_vector` column kept current by a trigger, with a
GIN index. SQLite: an FTS5 table that the article save hook keeps current. The
model does not know either, so it stays the same on both databases.
"""

from django.db import migrations

from articles.search import CONFIG, FTS_TABLE, plain_text

POSTGRESQL_FORWARD = f"""
ALTER TABLE articles_article ADD COLUMN search_vector tsvector;

CREATE FUNCTION articles_article_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('{CONFIG}', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('{CONFIG}', coalesce(NEW.standfirst, '')), 'B') ||
        setweight(to_tsvector('{CONFIG}', coalesce(NEW.body, '')), 'C');
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_article_search_vector
BEFORE INSERT OR UPDATE OF title, standfirst, body ON articles_article
FOR EACH ROW EXECUTE FUNCTION articles_article_search_vector();

UPDATE articles_article SET title = title;

CREATE INDEX articles_article_search_idx
ON articles_article USING gin (search_vector);
"""

POSTGRESQL_BACKWARD = """
DROP INDEX articles_article_search_idx;
DROP TRIGGER articles_article_search_vector ON articles_article;
DROP FUNCTION articles_article_search_vector();
ALTER TABLE articles_article DROP COLUMN search_vector;
"""


def create_search_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_FORWARD)
    elif vendor == "sqlite":
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, standfirst, body, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        Article = apps.get_model("articles", "Article")
        rows = Article.objects.using(schema_editor.connection.alias).values_list(
            "pk", "title", "standfirst", "body"
        )
        for pk, title, standfirst, body in rows.iterator():
            schema_editor.execute(
                f"INSERT INTO {FTS_TABLE} (rowid, title, standfirst, body) "
                "VALUES (%s, %s, %s, %s)",
                [pk, title, standfirst, plain_text(body)],
            )


def drop_search_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(POSTGRESQL_BACKWARD)
    elif vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE {FTS_TABLE}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_editors_group")]

    operations = [migrations.RunPython(create_search_index, drop_search_index)]
