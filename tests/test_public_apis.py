"""The project's code uses only the public names of Django and its libraries.

Private names (`_chain()`, `_client`), replaced library functions and swapped
module globals break silently when a library is upgraded. `_meta`, Django's
documented model API, is the one exception.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = [
    "accounts",
    "articles",
    "authors",
    "bench",
    "comments",
    "editions",
    "pages",
    "readership",
    "thinktank",
]
ALLOWED_PRIVATE = {"_meta"}


def project_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def is_private(name):
    return name.startswith("_") and not name.startswith("__")


def root_name(node):
    """The name an attribute chain starts from (`admin` in admin.site.x)."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def violations(source):
    """(line, what) for every private name used and library global replaced."""
    tree = ast.parse(source)
    imported = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                imported.add(alias.asname or alias.name)
                if is_private(alias.name) and node.module != "__future__":
                    found.append((node.lineno, f"imports {alias.name}"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            owner = node.value
            own = isinstance(owner, ast.Name) and owner.id in {"self", "cls"}
            if not own and node.attr not in ALLOWED_PRIVATE:
                found.append((node.lineno, f"uses .{node.attr}"))
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Attribute) and root_name(target) in imported:
                found.append((node.lineno, f"replaces {ast.unparse(target)}"))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in imported
        ):
            found.append((node.lineno, f"replaces an attribute of {node.args[0].id}"))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"getattr", "hasattr", "setattr", "delattr"}
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and is_private(node.args[1].value)
            and node.args[1].value not in ALLOWED_PRIVATE
        ):
            found.append((node.lineno, f"uses .{node.args[1].value} by name"))
    return found


@pytest.mark.parametrize(
    "path", list(project_files()), ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_private_names_and_no_replaced_library_globals(path):
    assert violations(path.read_text()) == []


@pytest.mark.parametrize(
    "source",
    [
        "from django.middleware import csrf\ncsrf.get_random_string = len\n",
        "from django.db.models.sql import compiler\nsetattr(compiler, 'x', 1)\n",
        "from django.db.models.sql import compiler\ncompiler.SQLCompiler.as_sql = len\n",
        "from django.contrib import admin\nadmin.site.index_title = 'Desk'\n",
        "def f(queryset):\n    return queryset._chain()\n",
        "from django.utils.html import _json_script_escapes\n",
        "def f(cache):\n    return cache._cache\n",
        "def f(field):\n    return getattr(field, '_committed', True)\n",
    ],
)
def test_the_check_catches_what_it_is_for(source):
    assert violations(source)


def test_the_check_allows_own_names_and_meta():
    source = "class A:\n    def f(self):\n        return self._x, A._meta, self._meta\n"
    assert violations(source) == []
