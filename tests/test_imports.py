"""Imports point one way: no two of the project's modules import each other,
directly or around a loop, and `thinktank` (the project layer) imports none of
the apps built on it. Imports inside functions count: deferring one hides a
circle, it does not remove it."""

import ast

from tests.test_public_apis import ROOT, project_files

APPS = {
    "accounts",
    "articles",
    "authors",
    "comments",
    "editions",
    "pages",
    "readership",
}


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path, modules):
    """The project modules that the file at `path` imports."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            base = ".".join([*base, *filter(None, [node.module])])
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            # `from . import tasks` names a module; `from .models import X` a name
            # in one: keep the longest prefix that is a module of ours.
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name:
                found.add(name)
    return found


def import_graph():
    paths = {module_name(path): path for path in project_files()}
    graph = {name: imported(path, paths) for name, path in paths.items()}
    for name, targets in graph.items():
        targets.discard(name)
        # A package's __init__ is imported on the way to any of its modules.
        targets -= {t for t in targets if name.startswith(t + ".")}
    return graph


def circles(graph):
    """The loops in `graph`, each as a list of modules (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            loop = []
            while (member := stack.pop()) != node:
                on_stack.discard(member)
                loop.append(member)
            on_stack.discard(node)
            if loop:
                found.append(sorted([node, *loop]))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_back_round_a_loop():
    assert circles(import_graph()) == []


def test_thinktank_imports_none_of_the_apps():
    graph = import_graph()
    assert {
        (name, target)
        for name, targets in graph.items()
        if name.startswith("thinktank")
        for target in targets
        if target.split(".")[0] in APPS
    } == set()


def test_the_check_finds_a_loop():
    graph = {"a.services": {"a.tasks"}, "a.tasks": {"a.services"}, "a.views": set()}
    assert circles(graph) == [["a.services", "a.tasks"]]
    assert circles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_relative_imports_name_the_module(tmp_path, monkeypatch):
    monkeypatch.setattr("tests.test_imports.ROOT", tmp_path)
    (tmp_path / "app").mkdir()
    source = tmp_path / "app" / "services.py"
    source.write_text("from . import tasks\nfrom .models import Thing\n")
    modules = {"app", "app.services", "app.tasks", "app.models"}
    assert imported(source, modules) == {"app", "app.tasks", "app.models"}
