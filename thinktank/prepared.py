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
import threading

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Expression


class Param(Expression):
    """A value given each time a prepared query runs, converted for the database
    the way `output_field` converts its own values (so give a key a
    BigIntegerField: an IntegerField is sent as a 32-bit integer).

    For equality, comparisons and IN lists; the pattern lookups (`contains`,
    `startswith`, ...) treat an expression differently from a value. A value
    cannot be None: compiled as `= %s`, it would match nothing, where the ORM
    writes IS NULL.
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
        if value is None:
            raise ValueError(f"{self!r} cannot be None.")
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
        self._compiling = threading.Lock()
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
            with self._compiling:
                compiled = self._compiled.get(connection.alias)
                if compiled is None:
                    compiled = self._compile(connection)
                    self._compiled[connection.alias] = compiled
        compiler, sql, params, names = compiled
        run = copy.copy(compiler)
        run.connection = connection
        if sql is None:
            run.as_sql = _matches_nothing
            return run
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
        run.as_sql = lambda *args, **kwargs: (sql, bound)
        return run

    def _compile(self, connection):
        # A copy of the query: compiling briefly changes the query it reads.
        compiler = self.queryset.query.chain().get_compiler(connection=connection)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:  # the ORM's "nothing can match": no SQL at all,
            sql, params = None, []  # and no parameters to check the values against
        names = {param.name for param in params if isinstance(param, Param)}
        return compiler, sql, params, names


def _matches_nothing(*args, **kwargs):
    raise EmptyResultSet  # which the compiler answers with no rows
