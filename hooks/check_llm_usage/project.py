"""The project layer: which file of the repository a dotted module name is, and its scopes.

It knows paths and bytes, never values: ``values`` asks it for a module only when a name a
candidate call needs was imported from one, and it parses each such file once per run.
Roots are searched as Python and the type checkers do (research/cross-module.md): the
configured roots, the repository's top (or the working directory), its ``src/`` when that
is not a package, every directory at or above the importing file that holds a
``pyproject.toml`` (and its ``src/``), and as a last resort the importing file's own parent
directories (how a script imports its siblings).  Nothing is imported, nothing written.
"""
from __future__ import annotations

import os

from check_llm_usage import prefilter
from check_llm_usage.source import read_source

# typing.TYPE_CHECKING without importing typing: the hook's gate runs on its fast path
TYPE_CHECKING = False
if TYPE_CHECKING:
    from check_llm_usage.scopes import ModuleScopes

_INIT = '__init__.py'
# modules the gate reads for one file before it gives up and lets the file be parsed
_GATE_LIMIT = 200


class ModuleFile(tuple):
    """A module of the repository: ``file`` (a package's ``__init__.py``; None for a namespace
    package) and ``package`` (the directory of its submodules; None for a plain module)."""

    # a tuple by hand: typing.NamedTuple adds to the hook's start-up time
    __slots__ = ()

    def __new__(cls, file: str | None, package: str | None) -> ModuleFile:
        return tuple.__new__(cls, (file, package))

    @property
    def file(self) -> str | None:
        return self[0]

    @property
    def package(self) -> str | None:
        return self[1]


class Project:
    """Finds and reads the repository's own modules, memoised for one run."""

    def __init__(self, top: str, roots: tuple[str, ...] = (), max_bytes: int = 0) -> None:
        self.top = os.path.abspath(top)
        self.roots = tuple(os.path.abspath(r) for r in roots)
        self.max_bytes = max_bytes
        self._roots_of: dict[str, tuple[str, ...]] = {}
        self._found: dict[tuple[str, tuple[str, ...]], ModuleFile | None] = {}
        self._scopes: dict[str, ModuleScopes | None] = {}

    def find(self, dotted: str, importer: str) -> ModuleFile | None:
        """The module ``import dotted`` in the file ``importer`` would load from the repository."""
        first, *rest = dotted.split('.')
        roots = self._roots_for(os.path.dirname(os.path.abspath(importer)))
        key = (first, roots)
        if key not in self._found:
            self._found[key] = _first_module(first, roots)
        module = self._found[key]
        for part in rest:
            if module is None:
                return None
            module = self.submodule(module, part)
        return module

    def relative(self, level: int, importer: str) -> ModuleFile | None:
        """The package ``from . import`` (``level`` dots) in ``importer`` starts from."""
        directory = os.path.dirname(os.path.abspath(importer))
        for _ in range(level - 1):
            directory = os.path.dirname(directory)
        if not os.path.isdir(directory):
            return None
        init = os.path.join(directory, _INIT)
        return ModuleFile(init if os.path.isfile(init) else None, directory)

    @staticmethod
    def submodule(module: ModuleFile, name: str) -> ModuleFile | None:
        """``module.name`` as a submodule file of a package, or None."""
        if module.package is None or not name.isidentifier():
            return None
        return _module_in(module.package, name)

    def scopes(self, path: str) -> ModuleScopes | None:
        """The scope model of a repository file; None if it cannot be read or parsed."""
        if path not in self._scopes:
            from check_llm_usage.parsing import PARSE_ERRORS
            from check_llm_usage.parsing import parse
            from check_llm_usage.scopes import ModuleScopes

            self._scopes[path] = None  # while it is read: a module importing itself
            try:
                data = read_source(path, self.max_bytes)
                self._scopes[path] = ModuleScopes(parse(data, path), os.path.relpath(path))
            except (OSError, *PARSE_ERRORS):
                pass
        return self._scopes[path]

    def imports_llm_values(self, path: str, data: bytes) -> bool:
        """False only when no module ``data`` (the file ``path``) imports from the repository,
        nor any module those import in turn, can bind an LLM value (``prefilter.could_export``).

        Over-approximates what ``values`` can follow: every module an import statement names,
        with its parent packages, and every submodule of a package reached whose name is in
        one of the files read (an attribute naming it).  Past _GATE_LIMIT modules it says yes.
        """
        read = {os.path.abspath(path)}
        texts = [data]
        packages: dict[str, list[str]] = {}  # package directory -> entries not taken yet
        pending = [(path, data)]
        while pending:
            importer, text = pending.pop()
            # submodules of the packages reached so far that this file names
            found = [m for directory in packages for m in _named_in(directory, packages[directory], [text])]
            for module in [m for name in prefilter.imported_names(text) for m in self._named(name, importer)]:
                found.append(module)
                if module.package is not None and module.package not in packages:
                    packages[module.package] = _entries(module.package)
                    found += _named_in(module.package, packages[module.package], texts)
            for module in found:
                if module.file is None or module.file in read:
                    continue
                if len(read) > _GATE_LIMIT:
                    return True
                read.add(module.file)
                try:
                    exported = read_source(module.file, self.max_bytes)
                except OSError:  # unreadable: values cannot read it either
                    continue
                if prefilter.could_export(exported):
                    return True
                texts.append(exported)
                pending.append((module.file, exported))
        return False

    def _named(self, name: str, importer: str) -> list[ModuleFile]:
        """The modules ``import name`` (or ``from name import``) loads: its parent packages too."""
        dots = len(name) - len(name.lstrip('.'))
        parts = name[dots:].split('.') if name[dots:] else []
        if dots:
            module = self.relative(dots, importer)
        elif parts and parts[0].encode() not in prefilter.sdk_roots():
            module = self.find(parts.pop(0), importer)
        else:
            return []
        found = []
        while module is not None:
            found.append(module)
            module = self.submodule(module, parts.pop(0)) if parts else None
        return found

    def _roots_for(self, directory: str) -> tuple[str, ...]:
        roots = self._roots_of.get(directory)
        if roots is None:
            found = [*self.roots, self.top]
            src = os.path.join(self.top, 'src')
            if os.path.isdir(src) and not os.path.isfile(os.path.join(src, _INIT)):
                found.append(src)
            ancestors = list(_ancestors(directory, self.top))
            for ancestor in ancestors:
                if os.path.isfile(os.path.join(ancestor, 'pyproject.toml')):
                    found += [ancestor, os.path.join(ancestor, 'src')]
            # last resort: a script's own directory and its parents outside any package
            found += [a for a in ancestors if not os.path.isfile(os.path.join(a, _INIT))]
            roots = self._roots_of[directory] = tuple(dict.fromkeys(found))
        return roots


def _ancestors(directory: str, top: str) -> list[str]:
    """``directory`` and its parents up to ``top`` (nearest first); none if it is outside ``top``."""
    found = []
    current = directory
    while current == top or current.startswith(top + os.sep):
        found.append(current)
        if current == top:
            return found
        current = os.path.dirname(current)
    return []


def _entries(directory: str) -> list[str]:
    """The module names a package directory could hold (``x.py`` and subdirectories)."""
    try:
        names = os.listdir(directory)
    except OSError:
        return []
    return sorted({n[:-3] if n.endswith('.py') else n for n in names} - {'__init__'})


def _named_in(directory: str, entries: list[str], texts: list[bytes]) -> list[ModuleFile]:
    """The submodules of ``directory`` whose names occur in ``texts`` (taken from ``entries``)."""
    found = []
    for name in [n for n in entries if n.isidentifier() and any(n.encode() in t for t in texts)]:
        entries.remove(name)
        module = _module_in(directory, name)
        if module is not None:
            found.append(module)
    return found


def _first_module(name: str, roots: tuple[str, ...]) -> ModuleFile | None:
    """A regular package or module named ``name`` in the first root that has one; else the
    first namespace portion (a directory without ``__init__.py``), as Python's path finder."""
    if not name.isidentifier():
        return None
    namespace = None
    for root in roots:
        module = _module_in(root, name)
        if module is not None and module.file is not None:
            return module
        namespace = namespace or module
    return namespace


def _module_in(directory: str, name: str) -> ModuleFile | None:
    package = os.path.join(directory, name)
    init = os.path.join(package, _INIT)
    if os.path.isfile(init):
        return ModuleFile(init, package)
    plain = package + '.py'
    if os.path.isfile(plain):
        return ModuleFile(plain, None)
    if os.path.isdir(package):
        return ModuleFile(None, package)
    return None


def top_directory(start: str = '.') -> str:
    """The git work tree's top at or above ``start`` (a ``.git`` entry), else ``start`` itself."""
    directory = os.path.abspath(start)
    current = directory
    while True:
        if os.path.exists(os.path.join(current, '.git')):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return directory
        current = parent
