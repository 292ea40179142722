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
import sys

from check_llm_usage import prefilter
from check_llm_usage.source import read_settings
from check_llm_usage.source import read_source

# typing.TYPE_CHECKING without importing typing: the hook's gate runs on its fast path
TYPE_CHECKING = False
if TYPE_CHECKING:
    import ast
    from collections.abc import Callable

    from check_llm_usage.scopes import ModuleScopes

_INIT = '__init__.py'
_MANIFEST = '__manifest__.py'  # what makes a package an Odoo addon
_GALAXY = 'galaxy.yml'  # what makes a directory an Ansible collection's source
# the ZCML files of a directory read at most, and their size: a crafted directory stops there
_ZCML_FILES = 16
_ZCML_BYTES = 1024 * 1024
# what a module can give the modules importing it (imports_llm_values)
_EXPORTS = 1  # an LLM value (prefilter.could_export)
_DYNAMIC = 2  # a dynamic import: the module's name may come from a string elsewhere
# a module may bind names its text does not show: a star import, a ``__getattr__`` (_bindings)
_INDIRECT = 16
_ANY = object()  # star_providers: a star import that may give any name
# star imports of star imports followed for their words, and the words kept, per module
_STAR_DEPTH = 16
_STAR_WORDS = 1 << 16
# parsed modules kept for the run: their source size bounds the memory of a scan of a large
# repository (a syntax tree and its scopes take about 30 times their source by tracemalloc,
# more in resident memory), their number what many tiny ones cost (1.6 KiB for an empty one).
# At 64 modules the accuracy corpus's small modules held 0.8 MiB on average; at 256, 1.7 MiB,
# and 18% fewer bytes are parsed again (its CPU -5%, its peak 96 -> 109 MiB, litellm's the same)
KEPT = 256
KEPT_BYTES = 2 * 1024 * 1024
# names a module's bytes are read for (Project.definition) before it is parsed instead
NAME_SCANS = 64
# the directories of a package searched for the modules wiring a sibling's, at most: an
# application's few (api/, services/, tasks/), not a collection's many (litellm's 100
# providers, the stdlib's 45 test packages: 5% of its scan's CPU), which do not wire each other
_WIRED_SIBLINGS = 16
# workspace members read from one pyproject.toml, at most: a crafted glob stops there
_MEMBERS = 256
# deployment templates whose AWS Lambda layers put their ``python/`` directory on sys.path:
# AWS SAM's (``ContentUri:`` of a layer) and the Serverless Framework's (``path:`` of a layer)
_LAYER_KEYS = {'template.yaml': b'ContentUri', 'template.yml': b'ContentUri', 'serverless.yml': b'path', 'serverless.yaml': b'path'}


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

    def __init__(self, top: str, roots: tuple[str, ...] = (), max_bytes: int = 0, llm_objects: tuple[str, ...] = ()) -> None:
        self.top = os.path.abspath(top)
        self.roots = tuple(os.path.abspath(r) for r in roots)
        self.max_bytes = max_bytes
        # a module naming a configured LLM object may pass it on (its last name is in the bytes)
        self._object_names = tuple(o.rpartition('.')[2].encode() for o in llm_objects)
        self._roots_of: dict[str, tuple[str, ...]] = {}
        self._members: dict[str, list[str]] = {}  # _workspace_members of each project directory
        self._listed: dict[str, frozenset[str]] = {}  # the entries of each workspace member's root
        # the Lambda layers, Airflow folders, Pelican plugin paths and script hosts' folders
        # (_layer_roots, _airflow_roots, _pelican_roots, _script_roots) of each ancestor asked
        self._layers: dict[str, list[str]] = {}
        self._state_readers: set[str] = set()  # the modules reading an application's state
        self._loaded_by: dict[str, list[str]] = {}  # loaded_modules of each module reading some
        self._apps: dict[str, tuple[dict[str, tuple[str, str]], dict[str, str]]] = {}  # _appdaemon_apps_in each directory
        self._utilities: dict[str, dict[str, str]] = {}  # _salt_utilities_in of each directory
        self._conftests: dict[str, list[str]] = {}  # conftests, by directory
        self._setters_in: dict[str, list[str]] = {}  # the modules of a directory setting it
        self._state_setters: dict[str, list[str]] = {}  # state_setters() of each directory
        # the modules of each directory asked, by each name in their import statements' modules
        self._naming_in: dict[str, dict[str, list[str]]] = {}
        self._packages_naming: dict[str, dict[str, list[str]]] = {}  # _package_naming of each package
        self._roots_imported: dict[tuple[str, str], bool] = {}  # imports_root of each module and root
        self._children: dict[str, list[str]] = {}  # the directories of each package asked (_siblings)
        self._constructors: dict[str, list[str]] = {}  # constructors() of each module asked
        self._mentions: dict[tuple[str, str], bool] = {}
        self._holding: dict[str, bool] = {}  # _holds_clients of each module asked
        self._names_read: dict[str, list[str]] = {}  # _import_names of the modules _own_of has not read
        self._found: dict[tuple[str, tuple[str, ...]], ModuleFile | None] = {}
        self._addons: dict[tuple[str, str], ModuleFile | None] = {}  # _addon of each directory and name asked
        self._collections: dict[str, tuple[str, str] | None] = {}  # _collection of each directory asked
        self._zcml: dict[str, list[dict[str, str]]] = {}  # the ZCML utilities of each directory asked
        # the module ``name`` is in each directory asked (three stat calls each; the accuracy
        # corpus asked 41,706 times for 11,282 of them)
        self._in: dict[tuple[str, str], ModuleFile | None] = {}
        self._packages: dict[str, ModuleFile | None] = {}  # relative() of each directory
        self._scopes: dict[str, ModuleScopes | None] = {}
        # each module no longer kept, by its path, until the resolver that may still use it is done
        self._evicted: dict[str, tuple[ModuleScopes, tuple[int, int]]] = {}
        self._evicted_bytes = 0  # their source size
        # the size and hash of the bytes of each module kept, by its id
        self._read: dict[int, tuple[int, int]] = {}
        self._kept_bytes = 0  # their sum
        self._masks: dict[str, int] = {}  # what each module reaches (imports_llm_values)
        self._below: dict[str, int] = {}  # what each module's imports reach
        self._sdk_strings: dict[str, bool] = {}  # names_sdk of each module asked
        self._url_readers: set[str] = set()  # the modules prefilter.reads_urls is true of
        self._imports_of: dict[str, list[str]] = {}  # the modules each module's imports name
        self._own: dict[str, tuple[int, list[str]] | None] = {}  # _own_of of each module read
        # the modules of each directory asked that import an SDK, with the words of their bytes
        self._fillers: dict[str, dict[str, list[str]]] = {}  # fillers of the modules of each directory asked
        self._hosts: dict[str, bool] = {}  # names_llm_host of each module asked
        self._labels: dict[str, list[str]] = {}  # app_config_labels of each module asked
        self._reached: dict[str, list[str]] = {}  # reached() of the last file asked
        self._path_roots: dict[str, tuple[str, ...]] = {}  # _sys_path of each importer
        self._named_memo: dict[tuple[str, object], tuple[ModuleFile, ...]] = {}
        self._name_bindings: dict[tuple[str, str], int] = {}  # _bindings of a module's name
        # each module's prefilter.import_words, and whether a star import or __getattr__ is in it
        self._module_facts: dict[str, tuple[set[bytes] | None, bool]] = {}
        self._scans: dict[str, int] = {}  # the names _bindings read each module's bytes for
        self._words: dict[str, frozenset[str] | None] = {}  # module_words of each module asked
        self._providers: dict[tuple[str, tuple[str, ...]], tuple[dict[str, list[int]], list[int]]] = {}
        self.parsed = 0  # modules parsed to resolve names (benchmarks/speed.py reports it)

    def find(self, dotted: str, importer: str) -> ModuleFile | None:
        """The module ``import dotted`` in the file ``importer`` would load from the repository."""
        first, *rest = dotted.split('.')
        roots = self._search_roots(os.path.abspath(importer))
        key = (first, roots)
        if key not in self._found:
            self._found[key] = self._first_module(first, roots)
        module = self._found[key]
        for part in rest:
            if module is None:
                return None
            module = self.submodule(module, part)
        return module

    def absolute(self, parts: list[str], importer: str) -> ModuleFile | None:
        """The module the first names of ``parts`` (an absolute import's, in the file
        ``importer``) give, popped from it: the first name's (``find``), or an Odoo addon's
        three (``odoo.addons.<addon>``: Odoo puts the addons of its addons directories under
        that namespace), an addon being a package with a ``__manifest__.py`` in a directory
        holding the importer (the directory of its own addon, or the repository's top); an
        Ansible collection's (``ansible_collections.<namespace>.<name>``, ``_collection``) and a
        calibre plugin's (``calibre_plugins.<name>``, ``_calibre_plugin``) likewise."""
        if len(parts) > 2 and parts[0] == 'odoo' and parts[1] == 'addons':
            for ancestor in _ancestors(os.path.dirname(os.path.abspath(importer)), self.top):
                addon = self._addon(ancestor, parts[2])
                if addon is not None:
                    del parts[:3]
                    return addon
        if len(parts) > 3 and parts[0] == 'ansible_collections':
            for ancestor in _ancestors(os.path.dirname(os.path.abspath(importer)), self.top):
                if self._collection(ancestor) == (parts[1], parts[2]):
                    del parts[:3]
                    return ModuleFile(None, ancestor)
        if len(parts) > 2 and parts[0] == 'calibre_plugins':
            root = _calibre_plugin(os.path.dirname(os.path.abspath(importer)), self.top, parts[1])
            if root is not None:
                del parts[:2]
                return ModuleFile(None, root)
        return self.find(parts.pop(0), importer)

    def _collection(self, directory: str) -> tuple[str, str] | None:
        """The namespace and name of the Ansible collection whose source ``directory`` is (its
        ``galaxy.yml`` names them; ansible-core loads it as ``ansible_collections.<namespace>.
        <name>``), once per directory; None if it is none."""
        if directory not in self._collections:
            try:
                data = read_settings(os.path.join(directory, _GALAXY))
            except OSError:  # none, not a regular file, too large
                data = b''
            keys = {}
            for line in data.splitlines():  # top-level keys: ``name: llmops  # a comment``
                key, colon, value = line.partition(b':')
                if colon and key in (b'namespace', b'name'):
                    keys.setdefault(key, value.partition(b'#')[0].strip().strip(b'\'"').decode('ascii', 'replace'))
            found = (keys.get(b'namespace', ''), keys.get(b'name', ''))
            self._collections[directory] = found if all(n.isidentifier() for n in found) else None
        return self._collections[directory]

    def _addon(self, directory: str, name: str) -> ModuleFile | None:
        """The Odoo addon ``name`` in ``directory`` (once per directory and name), or None."""
        key = (directory, name)
        if key not in self._addons:
            module = self._module_in(directory, name)
            manifest = module is not None and module.file is not None and module.package is not None and os.path.isfile(
                os.path.join(module.package, _MANIFEST),
            )
            self._addons[key] = module if manifest else None
        return self._addons[key]

    def relative(self, level: int, importer: str) -> ModuleFile | None:
        """The package ``from . import`` (``level`` dots) in ``importer`` starts from."""
        directory = os.path.dirname(os.path.abspath(importer))
        for _ in range(level - 1):
            directory = os.path.dirname(directory)
        if directory not in self._packages:
            # dots past the repository (Python: "beyond top-level package") read nothing outside it
            inside = any(directory == r or directory.startswith(r + os.sep) for r in (self.top, *self.roots))
            init = os.path.join(directory, _INIT)
            self._packages[directory] = (
                ModuleFile(init if os.path.isfile(init) else None, directory)
                if inside and os.path.isdir(directory) else None
            )
        return self._packages[directory]

    def submodule(self, module: ModuleFile, name: str) -> ModuleFile | None:
        """``module.name`` as a submodule file of a package, or None."""
        if module.package is None or not name.isidentifier():
            return None
        return self._module_in(module.package, name)

    def _first_module(self, name: str, roots: tuple[str, ...]) -> ModuleFile | None:
        """A regular package or module named ``name`` in the first root that has one; else the
        first namespace portion (a directory without ``__init__.py``), as Python's path finder;
        else the repository's top, when it is a package of that name (a Mage project's
        ``from mage_pipeline.utils import ...``: its parent directory is on ``sys.path``)."""
        if not name.isidentifier():
            return None
        namespace = None
        for root in roots:
            module = self._module_in(root, name)
            if module is not None and module.file is not None:
                return module
            namespace = namespace or module
        if namespace is None and name == os.path.basename(self.top) and os.path.isfile(os.path.join(self.top, _INIT)):
            return ModuleFile(os.path.join(self.top, _INIT), self.top)
        return namespace

    def _module_in(self, directory: str, name: str) -> ModuleFile | None:
        """The package, module or namespace portion ``name`` in ``directory``, or None."""
        key = (directory, name)
        if key not in self._in:
            listed = self._listed.get(directory)
            if listed is not None and name not in listed and name + '.py' not in listed:
                self._in[key] = None  # a workspace member's root: listed once, not stat'ed per name
            else:
                self._in[key] = _module_on_disk(directory, name)
        return self._in[key]

    def scopes(self, path: str) -> ModuleScopes | None:
        """The scope model of a repository file; None if it cannot be read or parsed."""
        if path in self._scopes:
            self._scopes[path] = self._scopes.pop(path)  # the most recently used last
            return self._scopes[path]
        if path in self._evicted:  # a resolver still holds it: the same model, not a second one
            scopes, read = self._evicted.pop(path)
            self._evicted_bytes -= read[0]
            self._make_room(read[0])
            self._add(path, scopes, read)
            return scopes
        from check_llm_usage import files
        from check_llm_usage.parsing import PARSE_ERRORS
        from check_llm_usage.parsing import parse
        from check_llm_usage.scopes import ModuleScopes

        self.parsed += 1
        try:
            data = read_source(path, self.max_bytes)
        except OSError:
            data = None
        size = 0 if data is None else len(data)
        if data is not None:
            self._sys_path(path, data)
        self._make_room(size)
        self._scopes[path] = None  # while it is read: a module importing itself
        try:
            scopes = None if data is None else ModuleScopes(parse(data, path), files.relative(path))
        except PARSE_ERRORS:
            scopes = None
        if scopes is not None:
            self._add(path, scopes, (size, hash(data)))
        return scopes

    def take(self, path: str, data: bytes) -> ModuleScopes | None:
        """The scope model kept of the file ``path`` if read from the same bytes ``data``, to
        check it: no longer kept while it is checked (a module importing it then reads its
        own); else None."""
        path = os.path.abspath(path)
        scopes = self._scopes.get(path)
        if scopes is None or self._read[id(scopes)] != (len(data), hash(data)):
            return None
        del self._scopes[path]
        self._kept_bytes -= self._read.pop(id(scopes))[0]
        return scopes

    def keep(self, path: str, scopes: ModuleScopes, data: bytes) -> None:
        """Keep a checked file's scope model (of its bytes on disk, ``data``) for the modules
        that import it; closed if one was read meanwhile."""
        from check_llm_usage import files

        path = os.path.abspath(path)
        if path in self._scopes:
            scopes.close()
            return
        scopes.path = files.relative(path)  # as read to resolve names (a client's origin shows it)
        self._make_room(len(data))
        self._add(path, scopes, (len(data), hash(data)))

    def _make_room(self, size: int) -> None:
        """The least recently used go: the syntax trees kept stay within a number and a size."""
        while self._scopes and (len(self._scopes) >= KEPT or self._kept_bytes + size > KEPT_BYTES):
            path = next(iter(self._scopes))
            evicted = self._scopes.pop(path)
            if evicted is not None:
                read = self._read.pop(id(evicted))
                self._kept_bytes -= read[0]
                self._evicted[path] = (evicted, read)
                self._evicted_bytes += read[0]

    def _add(self, path: str, scopes: ModuleScopes, read: tuple[int, int]) -> None:
        """Keep ``scopes`` of the file ``path`` (``read``: the size and hash of its bytes)."""
        self._read[id(scopes)] = read
        self._kept_bytes += read[0]
        self._scopes[path] = scopes

    def size(self, scopes: ModuleScopes) -> int:
        """The source size of a module ``scopes`` just gave (still kept)."""
        return self._read[id(scopes)][0]

    def crowded(self) -> bool:
        """Whether the modules no longer kept, which a resolver still holds, are more than a
        quarter of those kept, in number or in size: it should let them go."""
        return len(self._evicted) > KEPT // 4 or self._evicted_bytes > KEPT_BYTES // 4

    def release(self) -> None:
        """Close the modules no longer kept, once the resolver that may still use them is done."""
        for scopes, _ in self._evicted.values():
            scopes.close()
        self._evicted = {}
        self._evicted_bytes = 0

    def imports_llm_values(self, path: str, data: bytes, on_disk: bool | None = None) -> bool:
        """False only when no module ``data`` (the file ``path``) imports from the repository,
        nor any module those import in turn, can bind an LLM value (``prefilter.could_export``).

        Over-approximates what ``values`` can follow: every module an import statement names,
        with its parent packages (``values`` takes an attribute of a package for a submodule
        only when an import statement of the same file names it).  What each module reaches is
        computed once per run.  ``on_disk``: whether ``data`` was just read from ``path`` (None:
        read it again to see).
        """
        node = os.path.abspath(path)
        if on_disk is None:
            try:
                on_disk = read_source(node, self.max_bytes) == data
            except OSError:
                on_disk = False
        if on_disk:  # the file as a module of the graph: what its imports reach
            self._reach(node, data)
            reached = self._below[node]
            imported = self._imports_of.get(node, [])
            posting = imported if node in self._url_readers else []
        else:
            self._sys_path(node, data)  # the file as given (an editor's buffer), not as on disk
            names = _imported_names(data, prefilter.source_forms(data))
            imported = self._imported(path, names)
            if _reads_app_state(data, names):
                imported += self.state_setters(node)
            imported += self.loaded_modules(node, data, names)
            if pytest_module(node):
                imported += [m for m in self.conftests(node) if m != node]
            reached = 0
            for module in imported:
                reached |= self._reach(module)
            posting = imported if prefilter.reads_urls(names) else []
        # ``load("anthropic")`` here, with a helper that imports its argument dynamically
        if reached & _EXPORTS:
            return True
        # ``self.client = client``, ``def embed(client)``: a module wiring the application may
        # pass them a client (an endpoint's path called on it names each of its names)
        if self._wired(node, data):
            return True
        # a pluggy plugin's hook implementations: the hook's callers pass them the application's
        # objects, by keyword, from wherever they call ``pm.hook.<name>(...)``
        if b'hookimpl' in data and prefilter.names_a_client_path(data):
            return True
        # ``requests.post(API_URL)``, the URL constant of a module it imports
        if any(map(self.names_llm_host, posting)):
            return True
        return bool(reached & _DYNAMIC) and (self._names_sdk_at(node, data) if on_disk else names_sdk(data))

    def _imported(self, path: str, names: list[str]) -> list[str]:
        """The module files the import statements of ``path`` name (``names``)."""
        importer = os.path.abspath(path)
        directory = os.path.dirname(importer)
        roots = self._search_roots(importer)
        return list(dict.fromkeys(m.file for name in names for m in self._named(name, importer, directory, roots) if m.file))  # type: ignore[misc]

    def _edges(self, node: str, data: bytes | None = None) -> tuple[int, list[str]]:
        """A module's mask, and the modules its import statements name (``data``: its bytes,
        if read already)."""
        own = self._own_of(node, data)
        if own is None:  # unreadable: values cannot read it either
            return 0, []
        mask, names = own
        imported = self._imported(node, names)
        imported += self._loaded_by.get(node, [])
        if node in self._state_readers:  # ``request.app.state.client``: where the state is set
            imported += [m for m in self.state_setters(node) if m != node]
        if pytest_module(node):  # a test's fixtures: its ``conftest.py`` files, unimported
            imported += [m for m in self.conftests(node) if m != node]
        self._imports_of[node] = imported[:]  # the Tarjan walk empties the list it is given
        if prefilter.reads_urls(names):
            self._url_readers.add(node)
        return mask, imported

    def _own_of(self, node: str, data: bytes | None = None) -> tuple[int, list[str]] | None:
        """What a module gives by itself, and the names its import statements give, once per
        run (``data``: its bytes, if read already); None if it cannot be read."""
        if node not in self._own:
            try:
                data = read_source(node, self.max_bytes) if data is None else data
            except OSError:
                self._own[node] = None
                return None
            self._sys_path(node, data)
            forms = prefilter.source_forms(data)
            names = self._names_read.pop(node, None)
            if names is None:
                names = _imported_names(data, forms)
            mask = _own_mask(forms, names)
            if _reads_app_state(data, names):
                self._state_readers.add(node)
            loaded = self.loaded_modules(node, data, names)
            if loaded:
                self._loaded_by[node] = loaded
            if any(map(data.__contains__, self._object_names)):  # a configured LLM object
                mask |= _EXPORTS
            if any(b'import_module' in f or b'__import__' in f or b'modules' in f for f in forms) and self._names_sdk_at(node, data):
                mask |= _EXPORTS  # ``importlib.import_module("openai")``, ``sys.modules["openai"]``
            self._own[node] = (mask, names)
        return self._own[node]

    def reached(self, path: str, wanted: Callable[[bytes], bool]) -> tuple[list[str], int]:
        """The repository modules the file ``path`` imports, and those they import in turn
        (breadth first, at most ``KEPT`` read), whose bytes are ``wanted``; and how many were read."""
        start = os.path.abspath(path)
        if start not in self._reached:
            order = [start]
            seen = {start}
            for node in order:
                if len(order) >= KEPT:
                    break
                try:
                    data = read_source(node, self.max_bytes)
                except OSError:
                    continue
                for module in self._imported(node, prefilter.imported_names(data)):
                    if module not in seen:
                        seen.add(module)
                        order.append(module)
            self._reached = {start: order[:KEPT]}  # the checked file's: asked again for its other calls
        found = []
        for module in self._reached[start]:
            try:
                if wanted(read_source(module, self.max_bytes)):
                    found.append(module)
            except OSError:
                pass
        return found, len(self._reached[start])

    def app_config_labels(self, path: str) -> list[str]:
        """``prefilter.app_config_labels`` of a repository file (the gate read those apps), once per run."""
        if path not in self._labels:
            try:
                self._labels[path] = prefilter.app_config_labels(read_source(path, self.max_bytes))
            except OSError:
                self._labels[path] = []
        return self._labels[path]

    def names_llm_host(self, path: str) -> bool:
        """``prefilter.names_llm_host`` of a repository file, once per run: a module another one
        may read a URL constant from (``values`` follows one such import)."""
        if path not in self._hosts:
            try:
                data = read_source(path, self.max_bytes)
            except OSError:  # unreadable: values cannot read it either
                self._hosts[path] = False
            else:
                self._hosts[path] = any(map(prefilter.names_llm_host, prefilter.source_forms(data)))
        return self._hosts[path]

    def may_give_llm_values(self, module: ModuleFile, names_sdk: Callable[[], bool]) -> bool:
        """False only when nothing ``module`` binds, nor anything it or the modules beside it
        import, can be an LLM value (``values`` then need not read it); ``names_sdk()``:
        whether the checked file has a string naming an SDK module, which a dynamic import
        could be given.

        A module of its directory that imports an SDK and imports it may fill what it binds
        (a registry its decorator fills, ``get_provider("openai")``; ``clients.voyage = ...``),
        and a file importing both reaches the SDK through that module.  A module wiring it
        (``constructors``) may give its classes clients.
        """
        if module.file is None:
            return True
        reached = self._reach(module.file)
        if reached & _EXPORTS or self.fillers(module.file) or self.constructors(module.file):
            return True
        return bool(reached & _DYNAMIC) and names_sdk()

    def fillers(self, path: str) -> list[str]:
        """The modules of the module ``path``'s directory that import an SDK themselves and
        import ``path``: they may fill what it binds without it importing them."""
        directory = os.path.dirname(path)
        if directory not in self._fillers:
            found: dict[str, list[str]] = {}
            for module in self.beside(directory):
                own = self._own_of(module)
                if own is not None and own[0] & _EXPORTS:
                    for imported in self._imported(module, own[1]):
                        if imported != module and os.path.dirname(imported) == directory:
                            found.setdefault(imported, []).append(module)
            self._fillers[directory] = found
        return self._fillers[directory].get(path, [])

    def zcml_utilities(self, path: str) -> list[tuple[str, dict[str, str]]]:
        """The ``<utility .../>`` registrations (their attributes: ``provides``, ``name``,
        ``factory``, ``component``) of the ZCML files in the directory of the module ``path``
        and each directory above it up to the repository's top, nearest first, with the
        directory of each: Zope's and Plone's component registry, where ``getUtility(I,
        name=...)`` finds what is registered.  Read from the bytes, once per directory."""
        found = []
        for directory in _ancestors(os.path.dirname(os.path.abspath(path)), self.top):
            if directory not in self._zcml:
                import re  # here: only a lookup of a Zope utility reads ZCML

                registered: list[dict[str, str]] = []
                for name in sorted(n for n in _listing(directory) if n.endswith('.zcml'))[:_ZCML_FILES]:
                    try:
                        data = read_source(os.path.join(directory, name), _ZCML_BYTES, 'ZCML size limit')
                    except OSError:
                        continue
                    for element in re.findall(rb'<utility\b([^<>]*)>', data):
                        attributes = re.findall(rb'(?<![A-Za-z_])([A-Za-z_]+)\s*=\s*"([^"]*)"', element)
                        registered.append({k.decode('ascii'): v.decode('utf-8', 'replace').strip() for k, v in attributes})
                self._zcml[directory] = registered
            found += [(directory, r) for r in self._zcml[directory]]
        return found

    def loaded_modules(self, path: str, data: bytes, imported: list[str]) -> list[str]:
        """The modules a framework's loader gives the module ``path`` (its bytes ``data``, the
        names its import statements give ``imported``) by the names its calls spell: Salt's
        utilities (``__utils__["llm_clients.get_client"]``, ``salt_utility``), an AppDaemon app's
        apps (``self.get_app("llm_hub")``, ``appdaemon_app``), a Robot Framework library's
        libraries (``get_library_instance("LLMLibrary")``, ``robot_library``).  Only Salt's
        are looked for in a module importing nothing of its framework."""
        found = [self.salt_utility(path, n) for n in _literal_arguments(data, b'__utils__[', b'.')] if b'__utils__' in data else []
        roots = {name.partition('.')[0] for name in imported}
        if not roots.isdisjoint(_APPDAEMON_MODULES):
            found += [(self.appdaemon_app(path, n) or ('', ''))[0] for n in _literal_arguments(data, b'get_app(', b'"\'')]
        if 'robot' in roots:
            found += [self.robot_library(path, n) for n in _literal_arguments(data, b'get_library_instance(', b'"\'')]
        return [m for m in found if m]

    def robot_library(self, path: str, name: str) -> str | None:
        """The module of the Robot Framework library ``name`` (``BuiltIn().get_library_instance(
        "LLMLibrary")``) for the module ``path``: ``<name>.py`` (or a package) in its directory
        or one above it; None if there is none."""
        for ancestor in _ancestors(os.path.dirname(os.path.abspath(path)), self.top):
            module = self._module_in(ancestor, name)
            if module is not None and module.file is not None:
                return module.file
        return None

    def salt_utility(self, path: str, name: str) -> str | None:
        """The module Salt's loader gives the module ``path`` as the utility ``name``
        (``__utils__["<name>.get_client"]``): in the nearest ``_utils/`` directory beside the
        directory of ``path`` or above it, the file of that name or one declaring it its
        ``__virtualname__``; None if there is none."""
        for ancestor in _ancestors(os.path.dirname(os.path.abspath(path)), self.top):
            utilities = self._salt_utilities_in(ancestor)
            if utilities:
                return utilities.get(name)
        return None

    def _salt_utilities_in(self, directory: str) -> dict[str, str]:
        """The utility modules of the ``_utils/`` directory of ``directory`` by the names the
        loader gives them: each file's, and the ``__virtualname__`` of the first
        ``_SALT_UTILITIES`` files; read once per directory."""
        if directory not in self._utilities:
            utils = os.path.join(directory, _SALT_UTILS)
            modules = sorted(n for n in _listing(utils) if n.endswith('.py'))
            found: dict[str, str] = {}
            for module in modules[:_SALT_UTILITIES]:
                try:
                    declared = _virtual_name(read_source(os.path.join(utils, module), self.max_bytes))
                except OSError:
                    continue
                if declared.isascii() and declared.decode().isidentifier():
                    found.setdefault(declared.decode(), os.path.join(utils, module))
            for module in modules:
                found.setdefault(module[:-3], os.path.join(utils, module))
            self._utilities[directory] = found
        return self._utilities[directory]

    def appdaemon_app(self, path: str, name: str) -> tuple[str, str] | None:
        """The module and class of the AppDaemon app ``name`` for the module ``path``
        (``self.get_app("llm_hub")``): what a YAML file of the nearest apps directory at or
        above its directory configures (``llm_hub:`` with ``module: llm_hub`` and ``class:
        LLMHub``), the module found anywhere in that directory; None if there is none."""
        for ancestor in _ancestors(os.path.dirname(os.path.abspath(path)), self.top):
            apps, modules = self._appdaemon_apps_in(ancestor)
            if apps:
                module, cls = apps.get(name, ('', ''))
                return (modules[module], cls) if module in modules else None
        return None

    def _appdaemon_apps_in(self, directory: str) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
        """The apps the YAML files of ``directory`` and of its directories configure, by name
        (their module's and class's), and its modules by name; none if ``directory`` holds no
        ``apps.yaml`` and is not named ``apps``.  Read once per directory, at most
        ``_APPS_FILES`` files."""
        if directory not in self._apps:
            apps: dict[str, tuple[str, str]] = {}
            modules: dict[str, str] = {}
            if os.path.basename(directory) == 'apps' or 'apps.yaml' in _listing(directory):
                seen = 0
                for place, _, names in os.walk(directory):
                    for name in sorted(names):
                        seen += 1
                        if seen > _APPS_FILES:
                            break
                        if name.endswith('.py'):
                            modules.setdefault(name[:-3], os.path.join(place, name))
                        elif name.endswith(('.yaml', '.yml')):
                            try:
                                apps.update(_appdaemon_config(read_settings(os.path.join(place, name))))
                            except OSError:
                                continue
                    if seen > _APPS_FILES:
                        break
            self._apps[directory] = (apps, modules)
        return self._apps[directory]

    def state_setters(self, path: str) -> list[str]:
        """The modules of the directories ``_places`` gives for the module ``path`` that set an
        application's state (``app.state.client = ...``, aiohttp's ``app[GEMINI] =
        genai.Client()`` in a cleanup context, Pyramid's ``config.add_request_method`` in
        ``app/llm/``): a router reading ``request.app.state.client`` does not import the module
        making the application, which sits above it or beside its package."""
        directory = os.path.dirname(os.path.abspath(path))
        if directory not in self._state_setters:
            found: dict[str, None] = {}  # in order, each once (a set's test: linear in the modules)
            for place in self._places(directory):
                if place not in self._setters_in:
                    self._setters_in[place] = [m for m in self.beside(place) if self._sets_state(m)]
                found.update(dict.fromkeys(self._setters_in[place]))
            self._state_setters[directory] = list(found)
        return self._state_setters[directory]

    def conftests(self, path: str) -> list[str]:
        """The ``conftest.py`` files of the directory of the module ``path`` and of those above
        it up to the repository's top, nearest first: where pytest finds a test's fixtures."""
        return self._conftests_in(os.path.dirname(os.path.abspath(path)))

    def _conftests_in(self, directory: str) -> list[str]:
        """``conftests`` of a module of ``directory``; each directory looked at once per run."""
        above: list[str] = []
        for place in reversed(_ancestors(directory, self.top)):  # the top first
            found = self._conftests.get(place)
            if found is None:
                own = os.path.join(place, 'conftest.py')
                found = self._conftests[place] = ([own] if os.path.isfile(own) else []) + above
            above = found
        return above

    def nearby(self, path: str) -> list[str]:
        """The modules of the directories ``state_setters`` searches for the module ``path``."""
        return [m for place in self._places(os.path.dirname(os.path.abspath(path))) for m in self.beside(place)]

    def _places(self, directory: str) -> list[str]:
        """``directory``, each directory above it up to the repository's top, the directories of
        a package beside those (``_siblings``) and those of its own package: where an
        application's wiring sits (``lexreview/llm/`` for ``lexreview/tweens.py``)."""
        places: dict[str, None] = {}
        for ancestor in _ancestors(directory, self.top):
            below = self._subdirectories(ancestor) if ancestor == directory else ()
            places.update(dict.fromkeys((ancestor, *self._siblings(ancestor), *below)))
        return list(places)

    def _wired(self, path: str, data: bytes) -> bool:
        """Whether a module wiring the file ``path`` (``constructors``) may give it a client:
        one exists, and its bytes ``data`` name an endpoint's path.  The test that costs less
        goes first: the directories' index once they are read (a scan), else the file's words
        (the hook's one file in a directory of hundreds of modules)."""
        directory = os.path.dirname(path)
        if os.path.dirname(directory) in self._packages_naming and all(d in self._naming_in for d in _ancestors(directory, self.top)):
            return bool(self.constructors(path)) and prefilter.names_a_client_path(data)
        return prefilter.names_a_client_path(data) and bool(self.constructors(path))

    def constructors(self, path: str) -> list[str]:
        """The modules beside the module ``path``, in each directory above it up to the
        repository's top, in the directories of its package, and in those of a package beside
        its own or beside a package above it (``_package_naming``), that import it and hold clients
        (``_holds_clients``), or import its package re-exporting it: where an
        application wires its parts, they may make its classes, or call its functions, with
        clients (``Backend(get_openai())`` in ``main.py`` for ``self.client`` of ``backends.py``,
        ``tag_ticket(request.app[COHERE])`` in ``handlers/`` for a function of ``services/``).
        Once per module."""
        path = os.path.abspath(path)
        if path in self._constructors:
            return self._constructors[path]
        directory, name = os.path.split(path)
        # the last name an import statement gives it: its package's for an ``__init__.py``
        stem = os.path.basename(directory) if name == _INIT else name[:-3]
        ancestors = _ancestors(directory, self.top)
        candidates = [m for ancestor in ancestors for m in self._naming(ancestor).get(stem, ())]
        # and in its package's directories (``termpal/widgets/`` for ``termpal/workers.py``)
        candidates += [m for child in self._subdirectories(directory) for m in self._naming(child).get(stem, ())]
        package = os.path.basename(directory)
        for ancestor in ancestors:
            # in a directory beside it or beside a package above it, naming its package too
            # (``app.services.tagging`` in ``app/handlers/``, ``studio.backend.services.tagging``
            # in ``studio/state/``)
            beside = self._package_naming(ancestor)
            if stem in beside and package in beside:
                named = set(beside[package])
                candidates += [m for m in beside[stem] if m in named and os.path.dirname(m) not in ancestors]
        found = [m for m in candidates if m != path and path in self._imports(m) and self._holds_clients(m)]
        made = self.relative(1, path)
        init = None if made is None else made.file
        if name != _INIT and init is not None and path in self._imports(init):
            # its package re-exports it (``from supportbot.services import EmbeddingService``)
            self._constructors[path] = found  # a package importing itself, in a cycle
            known = {*found, path}
            found += [m for m in self.constructors(init) if m not in known]
        self._constructors[path] = found
        return found

    def _package_naming(self, directory: str) -> dict[str, list[str]]:
        """``_naming`` of the directories of the package holding ``directory`` (``_siblings``:
        ``app/handlers/`` beside ``app/services/``), merged, once per package."""
        parent = os.path.dirname(directory)
        if parent not in self._packages_naming:
            naming: dict[str, list[str]] = {}
            for child in self._siblings(directory):
                for part, modules in self._naming(child).items():
                    naming.setdefault(part, []).extend(modules)
            self._packages_naming[parent] = naming
        return self._packages_naming[parent]

    def _siblings(self, directory: str) -> list[str]:
        """The directories of the package holding ``directory`` (``app`` with an
        ``__init__.py``), or of the repository's top (``scripts/`` beside ``common/``), itself
        included; none in another directory, nor in one of more than ``_WIRED_SIBLINGS``
        directories (the stdlib's top: every directory beside each of its own cost its scan 8%
        of CPU)."""
        parent = os.path.dirname(directory)
        if directory == self.top or not _ancestors(parent, self.top):
            return []
        return self._subdirectories(parent)

    def _subdirectories(self, package: str) -> list[str]:
        """The directories of ``package`` but its tests' (``tests/``, ``idle_test/``: they wire
        fakes, not the application); none if it is no package (nor the repository's top or a
        directory of it: ``app/`` of ``app/jobs/`` and ``app/providers/``, a namespace package),
        or has more than ``_WIRED_SIBLINGS`` of them."""
        if package not in self._children:
            children = []
            if package == self.top or os.path.dirname(package) == self.top or _INIT in _listing(package):
                children = [os.path.join(package, n) for n in sorted(_listing(package)) if n.isidentifier() and not _testing(n)]
                children = [c for c in children if os.path.isdir(c)]
            self._children[package] = children if len(children) <= _WIRED_SIBLINGS else []
        return self._children[package]

    def _naming(self, directory: str) -> dict[str, list[str]]:
        """The modules of ``directory`` by each name of the modules their import statements
        name (``app.ai.backends``: ``app``, ``ai``, ``backends``), once per run."""
        if directory not in self._naming_in:
            naming: dict[str, list[str]] = {}
            for module in self.beside(directory):
                for part in {sys.intern(part) for imported in self._import_names(module) for part in imported.split('.')}:
                    naming.setdefault(part, []).append(module)
            self._naming_in[directory] = naming
        return self._naming_in[directory]

    def mentions(self, path: str, name: str) -> bool:
        """Whether the bytes of the module ``path`` hold ``name`` (once per module and name)."""
        key = (path, name)
        if key not in self._mentions:
            try:
                self._mentions[key] = name.encode() in read_source(path, self.max_bytes)
            except OSError:
                self._mentions[key] = False
        return self._mentions[key]

    def imports_root(self, module: str, root: str) -> bool:
        """Whether an import statement of ``module`` names the top-level module ``root``, as
        its bytes show (without parsing it); once per module and root."""
        key = (module, root)
        if key not in self._roots_imported:
            self._roots_imported[key] = any(name.partition('.')[0] == root for name in self._import_names(module))
        return self._roots_imported[key]

    def _import_names(self, module: str) -> list[str]:
        """The names the import statements of ``module`` give (``_own_of`` reads them once: a
        scan's workers index directories whose other modules they do not check)."""
        own = self._own.get(module)
        if own is not None:
            return own[1]
        if module not in self._names_read:
            try:
                data = read_source(module, self.max_bytes)
            except OSError:
                return []
            self._names_read[module] = _imported_names(data, prefilter.source_forms(data))
        return self._names_read[module]

    def _imports(self, module: str) -> list[str]:
        """The modules the import statements of ``module`` name (read once)."""
        if module not in self._imports_of:
            self._edges(module)
        return self._imports_of.get(module, [])  # none if it cannot be read

    def _holds_clients(self, module: str) -> bool:
        """Whether ``module``, a module it imports (or a package it imports re-exports), or one
        setting the application's state it reads (``state_setters``), binds an LLM value itself
        (an SDK's import, a configured object): a client it passes on is made there."""
        if module not in self._holding:
            self._holding[module] = False  # a package importing itself, in a cycle
            exports = lambda m: bool((self._own_of(m) or (0,))[0] & _EXPORTS)  # noqa: E731
            imported = self._imports(module)
            self._holding[module] = (
                any(map(exports, (module, *imported)))
                # what a package it imports re-exports (``from app.clients import Bundle``)
                or any(self._holds_clients(m) for m in imported if os.path.basename(m) == _INIT)
                or module in self._state_readers and any(map(exports, self.state_setters(module)))  # ``transcribe(self.app.groq, path)``
            )
        return self._holding[module]

    def _sets_state(self, module: str) -> bool:
        """Whether ``module`` may use an application's state (read once, with its imports)."""
        return self._own_of(module) is not None and module in self._state_readers

    def beside(self, directory: str) -> list[str]:
        """The modules of ``directory`` (its ``.py`` files), in order."""
        return [os.path.join(directory, n) for n in sorted(_listing(directory)) if n.endswith('.py')]

    def definition(self, path: str, name: str) -> int:
        """How the module ``path`` binds ``name`` at its top level, as its bytes show (its
        scope model would give the same): ``prefilter.TOP_DEFINITION``, with ``FUNCTION`` if
        a ``def``, when only ``def`` or ``class`` statements bind it (one starting a line); 0
        when it may be bound otherwise, or not at all (a definition in a string)."""
        shown = self._bindings(path, name)
        if shown & (prefilter.OTHER | _INDIRECT) or not shown & prefilter.TOP_DEFINITION:
            return 0
        return shown & (prefilter.TOP_DEFINITION | prefilter.FUNCTION)

    def binds(self, path: str, name: str) -> bool:
        """False only when the module ``path`` binds nothing by ``name`` at its top level, as
        its bytes show (a star import or ``__getattr__`` aside)."""
        return bool(self._bindings(path, name) & ~_INDIRECT)  # STORE too: ``a, name = v``

    def _bindings(self, path: str, name: str) -> int:
        """``prefilter.name_bindings`` of ``name`` in every form of the module ``path``, with
        ``OTHER`` if an import statement may bind it (or the file is unreadable), and
        ``_INDIRECT`` if a star import or a ``__getattr__`` may."""
        key = (path, name)
        found = self._name_bindings.get(key)
        if found is None:
            # each name is a scan of the whole file: past a few, parsing it once costs less
            self._scans[path] = self._scans.get(path, 0) + 1
            if self._scans[path] > NAME_SCANS:
                return prefilter.OTHER
            try:
                forms = prefilter.source_forms(read_source(path, self.max_bytes))
            except OSError:
                forms = []
            if path not in self._module_facts:  # what holds for every name of the module, once
                indirect = any(b'__getattr__' in f or prefilter.imports_star(f) for f in forms)
                self._module_facts[path] = (prefilter.import_words(forms[0]) if forms else None, indirect)
            imported, indirect = self._module_facts[path]
            found = prefilter.OTHER if imported is None or name.encode() in imported else 0
            for form in forms:
                found |= prefilter.name_bindings(form, name.encode())
            found = self._name_bindings[key] = found | (_INDIRECT if indirect else 0)
        return found

    def star_providers(self, importer: str, stars: tuple[str, ...]) -> tuple[dict[str, list[int]], list[int]]:
        """Which star imports (``stars``, in order, of the module ``importer``) may give a name:
        by each ASCII word, the positions whose repository module has it in its source, and the
        positions that may give any name (``module_words`` cannot tell, or the module is
        reached through a package binding the submodule's name).  A module that cannot be read
        gives nothing (``values`` cannot read it either).

        A module binds a name only if its source spells it (an identifier is NFKC-folded, and
        ``source_forms`` has that form), so ``values`` need not read the others: with a
        thousand star imports, each name read a thousand modules (crafted, a stall).  A star
        import of nothing in the repository (an SDK, a module not found) gives nothing here.
        """
        key = (importer, stars)
        if key not in self._providers:
            by_word: dict[str, list[int]] = {}
            anything = []
            for position, star in enumerate(stars):
                words = self._star_words(star, importer)
                if words is None:
                    anything.append(position)
                    continue
                for word in words:
                    by_word.setdefault(word, []).append(position)
            self._providers[key] = (by_word, anything)
        return self._providers[key]

    def _star_words(self, star: str, importer: str, depth: int = 0) -> frozenset[str] | None:
        """``module_words`` of what ``from star import *`` in ``importer`` reads (none outside
        the repository); None if it may give any name."""
        module = self._star_module(star, importer)
        if module is _ANY:
            return None
        return self.module_words(module.file, depth) if isinstance(module, ModuleFile) and module.file else frozenset()

    def _star_module(self, star: str, importer: str) -> ModuleFile | object | None:
        """The module ``from star import *`` in ``importer`` reads, as ``values`` follows it;
        ``_ANY`` if a package on the way binds the next name itself (then that binding is what
        ``values`` reads, not the submodule)."""
        relative = star[:len(star) - len(star.lstrip('.'))]
        parts = star[len(relative):].split('.') if star != relative else []
        if not importer or (not relative and parts[0].encode() in prefilter.sdk_roots()):
            return None
        module = self.relative(len(relative), importer) if relative else self.absolute(parts, importer)
        for part in parts:
            if module is None:
                return None
            if module.file and self._binds_at_top(module.file, part):
                return _ANY
            module = self.submodule(module, part)
        return module

    def _binds_at_top(self, path: str, name: str) -> bool:
        """Whether the module ``path`` binds ``name`` at its top level, by its scope model (a
        module that does not parse binds nothing: ``values`` reads the submodule then)."""
        scopes = self.scopes(path)
        return scopes is not None and name in scopes.root.bindings

    def module_words(self, path: str, depth: int = 0) -> frozenset[str] | None:
        """Every ASCII word of each form of a module's source, with those its star imports
        give (the words of the modules they read; none for a module that cannot be read); None
        if it may give names no text shows (a ``__getattr__``), or its star imports reach too
        deep, too wide or in a cycle."""
        if path not in self._words:
            self._words[path] = None  # while it is read: a cycle of star imports gives any name
            try:
                data = read_source(path, self.max_bytes)
            except OSError:  # values cannot read it either: it gives nothing
                self._words[path] = frozenset()
                return self._words[path]
            forms = prefilter.source_forms(data)
            if depth > _STAR_DEPTH or any(b'__getattr__' in f for f in forms):
                return None
            words = {w.decode() for f in forms for w in prefilter.ascii_words(f)}
            for star in _star_imports(data, path) if any(map(prefilter.imports_star, forms)) else ():
                given = self._star_words(star, path, depth + 1)
                if given is None or len(words) > _STAR_WORDS:
                    return None
                words.update(given)
            self._words[path] = frozenset(words)
        return self._words[path]

    def _names_sdk_at(self, path: str, data: bytes | None = None) -> bool:
        """``names_sdk`` of a repository file (its bytes ``data`` if read already), once per run."""
        if path not in self._sdk_strings:
            try:
                self._sdk_strings[path] = names_sdk(read_source(path, self.max_bytes) if data is None else data)
            except OSError:
                self._sdk_strings[path] = False
        return self._sdk_strings[path]

    def _reach(self, start: str, data: bytes | None = None) -> int:
        """The union of the masks of every node reachable from ``start`` (whose bytes are
        ``data``, if read already; Tarjan's strongly connected components, iteratively: a cycle
        of imports shares one answer)."""
        if start in self._masks:
            return self._masks[start]
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        mask: dict[str, int] = {}  # a node's own mask
        below: dict[str, int] = {}  # what its imports reach
        stack: list[str] = []
        on_stack: set[str] = set()
        work: list[tuple[str, list[str]]] = []

        def enter(node: str) -> None:
            index[node] = low[node] = len(index)
            mask[node], edges = self._edges(node, data if node == start else None)
            below[node] = 0
            stack.append(node)
            on_stack.add(node)
            work.append((node, edges))

        enter(start)
        while work:
            node, edges = work[-1]
            if edges:
                target = edges.pop()
                if target in self._masks:
                    below[node] |= self._masks[target]
                elif target not in index:
                    enter(target)
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:  # the root of a component: all of it is known now
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                union = 0
                for member in component:
                    union |= mask[member] | below[member]
                # a module naming an SDK in a string, reaching a dynamic import, may export its result
                if union & _DYNAMIC and any(self._names_sdk_at(m) for m in component):
                    union |= _EXPORTS
                for member in component:
                    self._masks[member] = union
                    # in a cycle a module reaches itself
                    self._below[member] = union if len(component) > 1 else below[member]
                if work:
                    below[work[-1][0]] |= union
        return self._masks[start]

    def _named(self, name: str, importer: str, directory: str, roots: tuple[str, ...]) -> tuple[ModuleFile, ...]:
        """The modules ``import name`` (or ``from name import``) in ``importer`` (in
        ``directory``, searching ``roots``) loads: its parent packages too."""
        # the same absolute name means the same modules wherever the roots are the same
        key = (name, directory if name.startswith('.') else roots)
        if key not in self._named_memo:
            self._named_memo[key] = tuple(self._named_from(name, importer))  # most are ``()``, one object
        return self._named_memo[key]

    def _named_from(self, name: str, importer: str) -> list[ModuleFile]:
        dots = len(name) - len(name.lstrip('.'))
        parts = name[dots:].split('.') if name[dots:] else []
        if dots:
            module = self.relative(dots, importer)
        elif parts and parts[0].encode() not in prefilter.sdk_roots():
            module = self.absolute(parts, importer)
        else:
            return []
        found = []
        while module is not None:
            found.append(module)
            module = self.submodule(module, parts.pop(0)) if parts else None
        return found

    def _search_roots(self, importer: str) -> tuple[str, ...]:
        """Where ``import name`` in the file ``importer`` (an absolute path) looks, in order."""
        return self._sys_path(importer) + self._roots_for(os.path.dirname(importer))

    def _sys_path(self, path: str, data: bytes | None = None) -> tuple[str, ...]:
        """The directories the file ``path`` (its bytes ``data`` if read already) puts on
        ``sys.path`` before its imports (``sys_path_roots``), once per run."""
        roots = self._path_roots.get(path)
        if roots is None:
            if data is None:
                try:
                    data = read_source(path, self.max_bytes)
                except OSError:
                    data = b''
            roots = self._path_roots[path] = sys_path_roots(data, path, self.top) if b'sys.path' in data else ()
        return roots

    def _roots_for(self, directory: str) -> tuple[str, ...]:
        roots = self._roots_of.get(directory)
        if roots is None:
            found = [*self.roots, self.top]
            for layout in _SOURCE_DIRECTORIES:  # ``src/`` and ``lib/`` layouts: a folder of packages at the top
                folder = os.path.join(self.top, layout)
                if os.path.isdir(folder) and not os.path.isfile(os.path.join(folder, _INIT)):
                    found.append(folder)
            ancestors = list(_ancestors(directory, self.top))
            projects = [a for a in ancestors if os.path.isfile(os.path.join(a, 'pyproject.toml'))]
            for project in projects:
                found += [project, os.path.join(project, 'src')]
            for project in projects:  # a workspace's other members, installed beside it
                if project not in self._members:
                    self._members[project] = _workspace_members(project, self.top)
                    for member in self._members[project]:  # each name a member lacks costs no stat
                        if member not in self._listed:
                            self._listed[member] = _listing(member)
                found += self._members[project]
            for ancestor in ancestors:
                if ancestor not in self._layers:
                    listed = _listing(ancestor)
                    self._layers[ancestor] = [
                        *_layer_roots(ancestor, self.top, listed), *_airflow_roots(ancestor, listed), *_pelican_roots(ancestor, self.top, listed),
                        *_script_roots(ancestor, listed),
                    ]
                found += self._layers[ancestor]
            # last resort: a script's own directory and its parents outside any package
            found += [a for a in ancestors if not os.path.isfile(os.path.join(a, _INIT))]
            roots = self._roots_of[directory] = tuple(dict.fromkeys(found))
        return roots


# the folders of an Airflow home that Airflow puts on sys.path (its DAGs, plugins and config)
_AIRFLOW_FOLDERS = ('dags', 'plugins', 'config')
_PELICAN_SETTINGS = 'pelicanconf.py'
_SOURCE_DIRECTORIES = ('src', 'lib')
# the folder of an extension's Python macros that LibreOffice puts on sys.path; the folder of
# Home Assistant's pyscript directory that pyscript puts there
_LIBREOFFICE_PATH = 'pythonpath'
_PYSCRIPT, _PYSCRIPT_MODULES = 'pyscript', 'modules'
# Salt's loader: the directory of a state tree's utility modules, and how many of its files
# are read for a ``__virtualname__``
_SALT_UTILS = '_utils'
_SALT_UTILITIES = 64
_APPS_FILES = 4096  # the files of an AppDaemon apps directory read for its apps and modules
_APPDAEMON_MODULES = frozenset(('appdaemon', 'hassapi', 'adbase', 'mqttapi'))  # what an AppDaemon app imports
# sys.path.insert / append / extend at the start of a line (a script's or notebook's top level)
_SYS_PATH_EDITS = (b'\nsys.path.insert(', b'\nsys.path.append(', b'\nsys.path.extend(')
_SYS_PATH_ROOTS = 16  # directories read from one file, at most
_SYS_PATH_STATEMENT = 4096  # bytes one such statement may take
_PATH_FUNCTIONS = frozenset((
    'joinpath', 'join', 'Path', 'PurePath', 'PosixPath', 'str', 'fspath', 'abspath', 'realpath', 'normpath', 'dirname',
))


def sys_path_roots(data: bytes, path: str, top: str) -> tuple[str, ...]:
    """The directories inside the repository ``top`` the file ``path`` puts on ``sys.path``
    at its top level (``sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "common"))``,
    ``sys.path.append("../lib")``), to import from them; a relative path is taken from the
    file's own directory (where scripts and notebooks are run).

    Only the file up to its last such statement is parsed, and only what ``os.path``,
    ``pathlib``, ``__file__``, string literals and names assigned those build is evaluated.
    """
    from check_llm_usage.parsing import PARSE_ERRORS
    from check_llm_usage.parsing import parse

    end = -1
    for edit in _SYS_PATH_EDITS:
        start = (b'\n' + data).rfind(edit) - 1  # a first line starts a line too
        if start >= -1:
            close = _close(data, start + len(edit) - 1)  # ``(`` in data
            if close >= 0:
                line = data.find(b'\n', close)
                end = max(end, len(data) if line < 0 else line)
    if end < 0:
        return ()
    try:
        tree = parse(data[:end], path)
    except PARSE_ERRORS:
        return ()
    try:
        found = _sys_path_edits(tree.body, path)
    except RecursionError:  # a crafted path expression nested too deep to evaluate
        return ()
    inside = [d for d in dict.fromkeys(found) if (d == top or d.startswith(top + os.sep)) and os.path.isdir(d)]
    return tuple(inside[:_SYS_PATH_ROOTS])


def _sys_path_edits(body: list[ast.stmt], path: str) -> list[str]:
    """The directories the top-level statements ``body`` of the file ``path`` add to ``sys.path``."""
    import ast

    here = os.path.dirname(path)
    names: dict[str, str | None] = {}
    found: list[str] = []
    for statement in body:
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
            names[statement.targets[0].id] = _path_of(statement.value, path, names)
        elif isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
            call = statement.value
            func = call.func
            sys_path = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Attribute) and func.value.attr == 'path'
            if sys_path and isinstance(func.value.value, ast.Name) and func.value.value.id == 'sys':  # type: ignore[union-attr]
                given = call.args[1:2] if func.attr == 'insert' else call.args[:1]
                if func.attr == 'extend' and given and isinstance(given[0], (ast.List, ast.Tuple)):
                    given = given[0].elts
                for expr in given:
                    value = _path_of(expr, path, names)
                    if value is not None:
                        found.append(os.path.normpath(os.path.join(here, value)))
    return found


def _close(data: bytes, opening: int) -> int:
    """Where the parenthesis opened at ``opening`` closes (strings are not told apart), or -1."""
    depth = 0
    for at in range(opening, min(len(data), opening + _SYS_PATH_STATEMENT)):
        depth += (data[at] == 40) - (data[at] == 41)  # ``(`` and ``)``
        if depth == 0:
            return at
    return -1


def _path_of(expr: ast.expr, path: str, names: dict[str, str | None]) -> str | None:
    """The path ``expr`` builds in the file ``path``, if it is made of what ``sys_path_roots`` reads."""
    import ast
    if isinstance(expr, ast.Constant):
        return expr.value if isinstance(expr.value, str) else None
    if isinstance(expr, ast.Name):
        return path if expr.id == '__file__' else names.get(expr.id)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Div):  # ``Path(...) / "common"``
        left, right = _path_of(expr.left, path, names), _path_of(expr.right, path, names)
        return None if left is None or right is None else os.path.join(left, right)
    if isinstance(expr, ast.Attribute) and expr.attr == 'parent':
        inner = _path_of(expr.value, path, names)
        return None if inner is None else os.path.dirname(os.path.join(os.path.dirname(path), inner))
    if isinstance(expr, ast.Subscript) and isinstance(expr.value, ast.Attribute) and expr.value.attr == 'parents':
        inner = _path_of(expr.value.value, path, names)
        index = expr.slice
        if inner is None or not (isinstance(index, ast.Constant) and type(index.value) is int and 0 <= index.value < 64):
            return None
        inner = os.path.join(os.path.dirname(path), inner)
        for _ in range(index.value + 1):
            inner = os.path.dirname(inner)
        return inner
    if not isinstance(expr, ast.Call) or expr.keywords:
        return None
    func = expr.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ''
    if isinstance(func, ast.Attribute) and name in ('resolve', 'absolute') and not expr.args:
        return _path_of(func.value, path, names)
    if name not in _PATH_FUNCTIONS:
        return None
    parts = [_path_of(a, path, names) for a in expr.args]
    if not parts or None in parts:
        return None
    if name == 'joinpath' and isinstance(func, ast.Attribute):
        base = _path_of(func.value, path, names)
        return None if base is None else os.path.join(base, *parts)  # type: ignore[arg-type]
    if name in ('join', 'Path', 'PurePath', 'PosixPath'):
        return os.path.join(*parts)  # type: ignore[arg-type]
    if len(parts) == 1 and name in ('str', 'fspath', 'abspath', 'realpath', 'normpath'):
        return parts[0]
    if len(parts) == 1 and name == 'dirname':
        return os.path.dirname(os.path.join(os.path.dirname(path), parts[0]))  # type: ignore[arg-type]
    return None


def _workspace_members(directory: str, top: str) -> list[str]:
    """The roots of the packages the ``pyproject.toml`` in ``directory`` installs beside its own,
    each with its ``src/``, if a directory inside the repository ``top``: the strings of a
    ``members = [...]`` array (uv workspace globs) and of ``path = "..."`` keys (uv sources,
    Poetry path dependencies).  Read from the bytes, not parsed (importing tomllib takes longer
    than the hook's whole run on a clean file): a key of another table read too is one more
    place to look."""
    try:
        data = read_settings(os.path.join(directory, 'pyproject.toml'))
    except OSError:
        return []
    found: list[str] = []
    for pattern in (*_key_strings(data, b'members'), *_key_strings(data, b'path')):
        for match in _expand(directory, pattern.split('/')):
            member = os.path.normpath(match)
            if len(found) >= 2 * _MEMBERS:
                return found
            if member.startswith(top + os.sep) and os.path.isdir(member):
                found += [member, os.path.join(member, 'src')]
    return found


def _layer_roots(directory: str, top: str, listed: frozenset[str]) -> list[str]:
    """The ``python/`` directories of the AWS Lambda layers a deployment template in
    ``directory`` (whose entries are ``listed``) builds (the Lambda runtime puts each on
    ``sys.path``), inside the repository ``top``: ``ContentUri: layers/common/`` gives
    ``layers/common/python``."""
    found: list[str] = []
    for name in sorted(listed.intersection(_LAYER_KEYS)):
        try:
            data = read_settings(os.path.join(directory, name))
        except OSError:
            continue
        for value in _yaml_values(data, _LAYER_KEYS[name])[:_MEMBERS]:
            layer = os.path.normpath(os.path.join(directory, value, 'python'))
            if layer.startswith(top + os.sep) and os.path.isdir(layer):
                found.append(layer)
    return found


def _airflow_roots(directory: str, listed: frozenset[str]) -> list[str]:
    """The ``dags/``, ``plugins/`` and ``config/`` folders of an Airflow home (a directory, whose
    entries are ``listed``, with a ``dags/`` folder): Airflow puts each on ``sys.path``, so a DAG
    imports a plugin's module by its bare name (``from hooks.together_hook import TogetherHook``)."""
    folders = [os.path.join(directory, f) for f in _AIRFLOW_FOLDERS if f in listed]
    folders = [f for f in folders if os.path.isdir(f)]
    return folders if os.path.join(directory, 'dags') in folders else []


def _script_roots(directory: str, listed: frozenset[str]) -> list[str]:
    """The folder a host program puts on ``sys.path`` for the scripts of ``directory`` (whose
    entries are ``listed``): the ``pythonpath/`` of a directory of LibreOffice Python macros,
    the ``modules/`` of Home Assistant's ``pyscript/`` directory."""
    names = [_LIBREOFFICE_PATH, *([_PYSCRIPT_MODULES] if os.path.basename(directory) == _PYSCRIPT else [])]
    return [f for f in (os.path.join(directory, n) for n in names if n in listed) if os.path.isdir(f)]


def _literal_arguments(data: bytes, opening: bytes, stops: bytes) -> list[str]:
    """The names a module's bytes ``data`` give after each ``opening`` as a quoted literal's
    text up to the first of ``stops`` (``__utils__["llm_clients.`` gives ``llm_clients`` with
    the stop ``.``), each identifier once."""
    names: dict[str, None] = {}
    at = data.find(opening)
    while at >= 0:
        at += len(opening)
        quoted = data[at:at + 128].lstrip()
        name = quoted[1:] if quoted[:1] in (b'"', b"'") else b''
        for stop in stops:
            name = name.partition(bytes((stop,)))[0]
        if name.isascii() and name.decode().isidentifier():
            names[name.decode()] = None
        at = data.find(opening, at)
    return list(names)


def _appdaemon_config(data: bytes) -> dict[str, tuple[str, str]]:
    """The apps an AppDaemon YAML file's bytes ``data`` configure: each top-level key's
    ``module:`` and ``class:`` (a block's lines indented below it), by the app's name."""
    apps: dict[str, tuple[str, str]] = {}
    name, module, cls = '', '', ''
    for line in [*data.splitlines(), b'end:']:
        if line[:1].isalnum() or line[:1] == b'_':  # a top-level key: the last block ends
            if name and module and cls:
                apps[name] = (module, cls)
            key, colon, rest = line.partition(b':')
            name = key.decode('utf-8', 'replace').strip() if colon and not rest.strip() else ''
            module = cls = ''
        elif name:
            key, colon, value = line.strip().partition(b':')
            value = value.partition(b' #')[0].strip().strip(b'\'"').decode('utf-8', 'replace')
            if key == b'module':
                module = value
            elif key == b'class':
                cls = value
    return apps


def _virtual_name(data: bytes) -> bytes:
    """The ``__virtualname__ = "..."`` a Salt module's bytes ``data`` declare at its top level
    (b'' if none)."""
    at = data.find(b'\n__virtualname__')
    if at < 0:
        return b''
    end = data.find(b'\n', at + 1)
    before, equals, value = data[at + len(b'\n__virtualname__'):end if end >= 0 else len(data)].partition(b'=')
    return value.strip().strip(b'\'"') if equals and not before.strip() else b''


def _calibre_plugin(directory: str, top: str, name: str) -> str | None:
    """The directory of the calibre plugin ``directory`` belongs to, that calibre loads as
    ``calibre_plugins.<name>``: the one at or above it holding ``plugin-import-name-<name>.txt``,
    else the outermost package holding ``directory`` (a plugin's source is one); None if
    ``directory`` is no package."""
    marker = f'plugin-import-name-{name}.txt'
    outermost = None
    for ancestor in _ancestors(directory, top):
        listed = _listing(ancestor)
        if marker in listed:
            return ancestor
        if outermost is None or os.path.dirname(outermost) == ancestor:
            outermost = ancestor if _INIT in listed else outermost
    return outermost


def _pelican_roots(directory: str, top: str, listed: frozenset[str]) -> list[str]:
    """The ``PLUGIN_PATHS`` of a Pelican site's ``pelicanconf.py`` in ``directory`` (whose entries
    are ``listed``), inside the repository ``top``: Pelican puts each on ``sys.path``, so a
    plugin imports a shared package of ``plugins/`` by its bare name (``from llm_common import
    get_voyage``)."""
    if _PELICAN_SETTINGS not in listed:
        return []
    try:
        data = read_settings(os.path.join(directory, _PELICAN_SETTINGS))
    except OSError:
        return []
    found = [os.path.normpath(os.path.join(directory, p)) for p in _key_strings(data, b'PLUGIN_PATHS')[:_MEMBERS]]
    return [f for f in found if f.startswith(top + os.sep) and os.path.isdir(f)]


def _yaml_values(data: bytes, key: bytes) -> list[str]:
    """The scalars ``key: value`` gives in YAML bytes, one a line (quoted or not; a flow
    mapping, a tag or a comment alone gives none)."""
    values = []
    for line in data.splitlines():
        name, colon, value = line.strip().lstrip(b'- ').partition(b':')
        value = value.partition(b' #')[0].strip().strip(b'\'"')
        if colon and name.strip(b'\'"') == key and value and value[:1] not in b'{[!&*|>':
            values.append(value.decode('utf-8', 'replace'))
    return values


def _key_strings(data: bytes, key: bytes) -> list[str]:
    """The strings ``key = "..."`` or ``key = ["...", ...]`` gives in TOML bytes, wherever
    ``key`` stands as a key (not inside a longer one: ``testpaths``, ``pythonpath``).  Each byte
    is read once: the next key is looked for after the value just read."""
    strings = []
    unclosed: set[bytes] = set()  # a bracket or quote with no close after it has none later
    at = data.find(key)
    while at >= 0:
        end = at + len(key)
        before = data[at - 1:at]
        if not (before.isalnum() or before in (b'_', b'-')) and data[end:end + 64].lstrip(b'"\' \t')[:1] == b'=':
            start = data.find(b'=', end) + 1
            start += len(data[start:start + 64]) - len(data[start:start + 64].lstrip(b' \t'))
            opening = data[start:start + 1]
            close = b']' if opening == b'[' else opening if opening in (b'"', b"'") else b''
            stop = data.find(close, start + 1) if close and close not in unclosed else -1
            if stop < 0:
                unclosed.add(close)
            elif stop > start:
                quoted = data[start:stop + 1].replace(b"'", b'"').split(b'"')[1::2]
                strings += [q.decode('utf-8', 'replace') for q in quoted if q]
                end = stop + 1
        at = data.find(key, end)
    return strings


def _expand(directory: str, parts: list[str]) -> list[str]:
    """The paths below ``directory`` that ``parts`` (a glob's segments) names; a segment with
    one ``*`` matches the entries it starts and ends, none starting with a dot."""
    found = [directory]
    for part in parts:
        if part.count('*') != 1:
            found = [os.path.join(d, part) for d in found]
            continue
        head, _, tail = part.partition('*')
        found = [
            os.path.join(d, name) for d in found for name in sorted(_listing(d))
            if name.startswith(head) and name.endswith(tail) and not name.startswith('.')
        ][:_MEMBERS]
    return found


def _listing(directory: str) -> frozenset[str]:
    """The names of a directory's entries (none if it cannot be listed, or is no path: a NUL)."""
    try:
        return frozenset(os.listdir(directory))
    except (OSError, ValueError):
        return frozenset()


# what reads or sets an application's state in any module: aiohttp's ``app[KEY]``, Home
# Assistant's ``entry.runtime_data``, a Sopel bot's ``bot.memory[KEY]``, Cement's
# ``app.extend(...)``, a Tornado handler's ``self.application.<name>`` and
# ``self.settings[KEY]`` (its module need not import tornado), Pyramid's registrations (``registerUtility(``,
# ``register_service``, ``add_request_method``) and utilities (``getUtility(``); and after
# ``app.``, Starlette's ``app.state.<name>`` and Sanic's ``app.ctx.<name>``
# (``scopes.state_name``), Flask's and Quart's ``current_app.<name>`` and
# ``app.extensions[KEY]``, ``app.config[KEY]`` (or ``cfg = app.config``, then ``cfg[KEY]``);
# other layouts (``app . state``, a line break between) are not looked for, as a formatter
# never writes them
_APP_STATE = (
    b'app[', b'.runtime_data', b'.application.', b'.settings[', b'Utility(', b'register_service', b'add_request_method', b'bot.memory[',
    b'app.extend(',
)
# what reads or sets it where a framework is imported: kopf's memo, Tornado's ``Application``
# subclass and a function's ``app``, Pyramid's request methods and services
# (``request.find_service(...)``), Strawberry's context (``info.context``, ``context_getter=``),
# Falcon's ``req.context``, Textual's ``App`` subclass and a widget's ``self.app``, Flask's and
# Quart's ``g``, a Click context's ``obj`` (and a ``pass_obj`` command's first parameter), Dash's
# ``app.server``, taskiq's ``state``, Bottle's config and a request's ``environ``, a Sphinx
# extension's ``app``, Masonite's container (``bind`` and ``make``), Kivy's ``App`` subclass and
# ``App.get_running_app()``, behave's ``context``, a Jupyter Server extension's ``ExtensionApp``
# subclass and its handlers' ``self.extensionapp``, cmd2's ``Cmd`` subclass and a command set's
# ``self._cmd``, Nornir's ``nr.data`` and its hosts' ``data``, wxPython's ``wx.App`` subclass and
# ``wx.GetApp()``, a Cement controller's ``self.app``, a Django request's attributes (set by a
# middleware) and a Graphene-Django resolver's ``info.context``, a hikari-lightbulb bot's ``bot.d``,
# Toga's ``App`` subclass and a window's ``self.app``, cliff's ``App`` subclass and a command's
# ``self.app``, paho-mqtt's ``userdata`` (``user_data_set``, a callback's parameter), the
# functions of spaCy's registry a component factory's ``default_config`` names, GTK's
# ``Application`` subclass and a window's ``get_application()``, Panda3D's ``ShowBase`` subclass
# and its builtin ``base`` (read where Panda3D is imported: ``base.`` is a common spelling),
# what a Telethon ``TelegramClient`` is given and a handler's ``event.client`` reads
_FRAMEWORK_STATE = {
    'kopf': (b'memo.',), 'tornado': (b'Application', b'app.'), 'pyramid': (b'request.',), 'strawberry': (b'context',),
    'falcon': (b'.context.',), 'textual': (b'App', b'.app.'), 'flask': (b' g.', b'(g.'), 'quart': (b' g.', b'(g.'),
    'click': (b'.obj', b'pass_obj'), 'typer': (b'.obj', b'pass_obj'), 'dash': (b'.server.',), 'taskiq': (b'state.',),
    'bottle': (b'.config[', b'.config.get(', b'environ['), 'cherrypy': (b'engine.',), 'sphinx': (b'app.',),
    'masonite': (b'.bind(', b'.make('), 'kivy': (b'App', b'app.'), 'behave': (b'context.',),
    'jupyter_server': (b'ExtensionApp', b'.extensionapp.'), 'cmd2': (b'Cmd', b'._cmd.'), 'nornir': (b'.data.', b'.data['),
    'wx': (b'App', b'GetApp()'), 'cement': (b'app.',), 'django': (b'request.',), 'graphene': (b'info.context',),
    'graphene_django': (b'info.context',), 'hikari': (b'.d.',), 'lightbulb': (b'.d.',),
    'toga': (b'App', b'.app.'), 'cliff': (b'App', b'.app.'), 'paho': (b'userdata', b'user_data_set'), 'gi': (b'Application', b'get_application', b'.application.'), 'direct': (b'ShowBase', b'base.'), 'panda3d': (b'ShowBase', b'base.'),
    'telethon': (b'TelegramClient', b'.client.'),
    'spacy': (b'default_config', b'registry.'), 'thinc': (b'registry.',), 'confection': (b'registry.',),
}
_APP_ATTRIBUTES = (b'app.state.', b'app.ctx.', b'current_app.', b'app.extensions[', b'app.config[', b'= app.config', b'= app.extensions')


def _reads_app_state(data: bytes, imported: list[str]) -> bool:
    """Whether a module (its bytes ``data``, its import statements naming ``imported``) may read
    or set an application's state; kopf's ``memo.<name>`` only where it imports kopf
    (``copy.deepcopy``'s ``memo`` is a dict), and so on (``_FRAMEWORK_STATE``)."""
    spellings = {s for name in imported for s in _FRAMEWORK_STATE.get(name.partition('.')[0], ())}
    if any(map(data.__contains__, spellings)):
        return True
    return any(map(data.__contains__, _APP_STATE)) or b'app.' in data and any(map(data.__contains__, _APP_ATTRIBUTES))


def pytest_module(path: str) -> bool:
    """Whether pytest collects the module ``path`` for tests or fixtures (its default
    ``python_files``, and ``conftest.py``)."""
    name = os.path.basename(path)
    return name == 'conftest.py' or name.endswith('.py') and (name.startswith('test_') or name.endswith('_test.py'))


def _testing(name: str) -> bool:
    """Whether a directory's ``name`` says it holds tests."""
    return name in ('test', 'tests', 'testing') or name.startswith('test_') or name.endswith(('_test', '_tests'))


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


def _imported_names(data: bytes, forms: list[bytes]) -> list[str]:
    """``prefilter.imported_names``, with the ``apps`` module of each Django app ``data`` (the
    forms of its source ``forms``) looks up by its label (``apps.get_app_config("assistant")``:
    ``assistant.apps``, which ``values`` reads for the ``AppConfig`` there)."""
    names = prefilter.imported_names(data)
    if any(b'get_app_config' in form for form in forms):
        names += [f'{label}.apps' for label in prefilter.app_config_labels(data)]
    # kept for the run, per module: each once, and the same names of many modules shared
    return list(dict.fromkeys(map(sys.intern, names)))


def _own_mask(forms: list[bytes], imported: list[str]) -> int:
    """What a module gives by itself, judged on each form of its source (``prefilter.source_forms``)."""
    mask = 0
    for form in forms:
        mask |= (
            (_EXPORTS if prefilter.could_export(form, imported) else 0)
            | (_DYNAMIC if prefilter.imports_dynamically(form) else 0)
        )
    return mask


def _star_imports(data: bytes, path: str) -> list[str]:
    """The modules of a module's star imports, as ``scopes`` records them; none if it does not
    parse (nor does it bind anything then).  Parsed and let go: kept modules are for ``values``."""
    import ast

    from check_llm_usage.parsing import PARSE_ERRORS
    from check_llm_usage.parsing import parse

    try:
        tree = parse(data, path)
    except PARSE_ERRORS:
        return []
    return [
        '.' * node.level + (node.module or '') for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and any(alias.name == '*' for alias in node.names)
    ]


def names_sdk(data: bytes) -> bool:
    """Whether a string of the module names an SDK module (asked only where a dynamic import is reached)."""
    return any(map(prefilter.names_sdk_in_a_string, prefilter.source_forms(data)))


def _module_on_disk(directory: str, name: str) -> ModuleFile | None:
    """What the file system holds as ``name`` in ``directory``: a package, a module, a
    namespace portion, or nothing."""
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
