"""Read queries written with the ORM and turned into SQL once per process.

Django builds a queryset and compiles it to SQL every time it runs one. For the
small, fixed queries of the busiest pages that is most of their cost: on the
article page, ~0.5–1 ms of Python a query against ~0.15 ms of work in the
database. A `PreparedQuery` is such a queryset written once, with a `Param` in
place of each value that changes from one run to the next (a slug, an id, the
time). Its first run on a database compiles it as usual; later runs bind the new
values into the same SQL. Everything after the SQL is Django's own and unchanged:
rows into model instances, annotations, `select_related` and `prefetch_related`.

    @PreparedQuery
    def article_by_slug():
        return Article.objects.filter(slug=Param("slug", models.SlugField()))

    articles = article_by_slug(slug="a-slug")  # a list

It relies on two things every Django version since 1.x has done: a queryset's
rows come from `query.get_compiler()`, and the compiler takes its SQL from
`as_sql()`. tests/test_prepared.py checks both, against the ORM's own results.
"""

import copy
import functools

from django.db import connections
from django.db.models import Expression


class Param(Expression):
    """A value given each time a prepared query runs, converted for the database
    the way `output_field` converts its own values.

    For equality, comparisons and IN lists; the pattern lookups (`contains`,
    `startswith`, ...) treat an expression differently from a value.
    """

    def __init__(self, name, output_field):
        super().__init__(output_field=output_field)
        self.name = name

    def __repr__(self):
        return f"Param({self.name!r})"

    def as_sql(self, compiler, connection):
        return "%s", [self]

    def get_group_by_cols(self):
        # Like a Value: a constant groups nothing (and a bare placeholder in
        # GROUP BY would read as a column's position).
        return []

    def bind(self, value, connection):
        return self.output_field.get_db_prep_value(value, connection)


class PreparedQuery:
    """A queryset compiled once per database and run with new `Param` values.

    Made by decorating a function that returns the queryset (`build`), which is
    called once, on the first run. Calling the prepared query with a value for
    each of its parameters returns the rows as a list, as `list(queryset)` would.
    """

    def __init__(self, build):
        self.build = build
        self._compiled = {}  # database alias -> (compiler, SQL, parameters, names)
        functools.update_wrapper(self, build)

    @functools.cached_property
    def queryset(self):
        return self.build()

    def __call__(self, **values):
        queryset = self.queryset._chain()
        queryset.query.get_compiler = functools.partial(self._compiler, values)
        return list(queryset)

    def _compiler(self, values, using=None, connection=None, elide_empty=True):
        """A copy of the compiler of this query's first run on the database,
        which answers with its SQL and `values` bound to the parameters."""
        connection = connection or connections[using]
        compiled = self._compiled.get(connection.alias)
        if compiled is None:
            compiled = self._compiled[connection.alias] = self._compile(connection)
        compiler, sql, params, names = compiled
        if values.keys() != names:
            raise TypeError(
                f"{self.__name__} takes the values {sorted(names)}, "
                f"not {sorted(values)}."
            )
        bound = [
            param.bind(values[param.name], connection)
            if isinstance(param, Param)
            else param
            for param in params
        ]
        run = copy.copy(compiler)
        run.connection = connection
        run.as_sql = lambda *args, **kwargs: (sql, bound)
        return run

    def _compile(self, connection):
        compiler = self.queryset.query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        names = {param.name for param in params if isinstance(param, Param)}
        return compiler, sql, params, names
