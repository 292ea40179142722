"""Symbolic values: what an expression evaluates to, as far as the source tells.

A value is an SDK name reached through imports (``Imported``), an attribute path on an SDK
client (``Instance``), a function or class of the checked code, or a path on something
unknown.  ``Resolver`` computes them lazily over the scope model, memoised per node, so
resolving is linear in the file; nothing is imported or executed.
"""
from __future__ import annotations

import ast
import contextlib
import functools
import heapq
import os
from collections.abc import Callable
from collections.abc import Collection
from collections.abc import Iterable
from collections.abc import Iterator

from check_llm_usage import catalogue
from check_llm_usage import prefilter
from check_llm_usage.findings import MAX_STEPS
from check_llm_usage.findings import TooComplex
from check_llm_usage.project import ModuleFile
from check_llm_usage.project import Project
from check_llm_usage.project import names_sdk
from check_llm_usage.project import pytest_module
from check_llm_usage.records import NamedTuple
from check_llm_usage.scopes import PAHO_USERDATA
from check_llm_usage.scopes import REGISTRY
from check_llm_usage.scopes import Binding
from check_llm_usage.scopes import Call
from check_llm_usage.scopes import ModuleScopes
from check_llm_usage.scopes import dependency
from check_llm_usage.scopes import gtk_application
from check_llm_usage.scopes import app_store
from check_llm_usage.scopes import block_span
from check_llm_usage.scopes import store_spelling
from check_llm_usage.scopes import Scope
from check_llm_usage.scopes import last_name
from check_llm_usage.scopes import method_bases
from check_llm_usage.scopes import registered
from check_llm_usage.scopes import state_name


class Imported(NamedTuple):
    """A dotted name reached through an import: ``litellm.completion``."""

    name: str
    # the other SDK classes it may be (a table's values, its key not known: ``{"openai":
    # OpenAI, "mistral": Mistral}[provider]``): calling it makes any of them
    others: tuple[str, ...] = ()


class Instance(NamedTuple):
    """An attribute path on an SDK client: ``OpenAI()`` + ``chat.completions``."""

    constructor: str
    path: tuple[str, ...]
    # the constructor call and its scope, when the file shows it (``base_url=`` etc.)
    origin: tuple[ast.Call, Scope] | None = None
    # the other clients it may be, with the same path (``client = genai.Client()`` in one
    # branch, ``client = anthropic.AsyncAnthropic()`` in another): each constructor and origin
    others: tuple[tuple[str, tuple[ast.Call, Scope] | None], ...] = ()

    def alternatives(self) -> list[Instance]:
        """The other clients it may be, at its path."""
        return [Instance(constructor, self.path, origin) for constructor, origin in self.others]


class Opaque(NamedTuple):
    """An attribute path on a receiver of unknown origin."""

    path: tuple[str, ...]


class Function(NamedTuple):
    """A ``def`` or ``lambda`` of this file; calling it yields what it returns."""

    scope: Scope
    # the other functions it may be (a dispatch table's values, its key not known): a call
    # yields what any of them returns
    others: tuple[Scope, ...] = ()


class SelfOf(NamedTuple):
    """``self`` / ``cls`` of a class of this file, or an instance of that class."""

    scope: Scope
    # the call that made the instance and its scope, when known (``Service(client=OpenAI())``)
    origin: tuple[ast.Call, Scope] | None = None


class Unbound(NamedTuple):
    """A name bound nowhere in the file (a builtin or a global injected at run time)."""

    name: str


class Foreign(NamedTuple):
    """An attribute path on an instance of a class imported from outside the catalogue.

    A wrapper, Twilio's Client, an S3 client: only distinctive tails can match on it.
    """

    name: str
    path: tuple[str, ...] = ()


class Application(NamedTuple):
    """A Tornado handler's ``self.application`` where its class says nothing of it, a GTK
    window's ``self.get_application()``: its attributes are the application's state
    (``app.<name>``, ``scopes.state_name``), as the modules beside or above the module ``path``
    set it (``get_client(self.application, "x")``)."""

    path: str


class ModuleRef(NamedTuple):
    """A module of the checked repository, reached through an import (``name`` as imported)."""

    module: ModuleFile
    name: str


class Defined(NamedTuple):
    """A def or class of a repository module, known from its bytes before it is parsed (an
    instance of the class too); ``Resolver.parsed`` gives its ``Function`` or ``SelfOf``."""

    module: ModuleFile
    name: str
    function: bool  # a def: calling it gives what it returns
    submodule: str | None  # as ``_export`` was asked it
    origin: tuple[ast.Call, Scope] | None = None  # an instance of the class: SelfOf.origin


# typing.TYPE_CHECKING without importing typing (the hook's start-up time); Value is for annotations
TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from typing import Union

    Value = Union[Imported, Instance, Opaque, Function, SelfOf, Unbound, Foreign, Application, ModuleRef, Defined]

UNKNOWN = Opaque(())
ABSENT = Opaque(('<absent>',))  # Resolver._entry: a key a dict literal does not have

CONSTRUCTORS = {name: p for p in catalogue.PROVIDERS for name in p.constructors}
FUNCTIONS = {name: p for p in catalogue.PROVIDERS for name in p.functions}
_TYPING_MODULES = frozenset(('typing', 'typing_extensions', 'collections', 'types', 'builtins'))
_BUILTIN_GENERICS = frozenset(('list', 'dict', 'tuple', 'set', 'frozenset', 'type'))
# dishka's marker of a parameter its container gives an instance of the subscript's type
_INJECTED = frozenset(f'dishka.{where}FromDishka' for where in ('', 'integrations.fastapi.', 'integrations.base.', 'integrations.flask.',
                                                                  'integrations.aiohttp.', 'integrations.litestar.', 'integrations.starlette.'))
_SDK_MODULES = frozenset(m for p in catalogue.PROVIDERS for m in p.modules)
# the modules of the catalogue's callables: ``from <one> import *`` binds them (Resolver.lookup)
_CATALOGUE_MODULES = frozenset(n.rpartition('.')[0] for n in (*FUNCTIONS, *CONSTRUCTORS))
# the paths of two links or more on a client that return another SDK object (``chats.create``:
# a Chat), with what they return (xai's sync and async Chat have the same calls: either), for
# a client of unknown origin in a module importing its SDK
_RESULT_PATHS = {
    tuple(parts[i:]): result
    for name, result in catalogue.RESULT_TYPES.items() for parts in (name.split('.'),)
    for i in range(1, len(parts) - 1) if '.'.join(parts[:i]) in CONSTRUCTORS
}


class _CompiledOnUse:
    """A regex compiled on its first match: a file with no URL to read needs no ``re`` (the hook)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.compiled: re.Pattern[str] | None = None

    def match(self, text: str) -> re.Match[str] | None:
        """``re.match`` of the pattern at the start of ``text``."""
        if self.compiled is None:
            import re

            self.compiled = re.compile(self.pattern)
        return self.compiled.match(text)


# scheme, optional user info, then the host
URL_START = _CompiledOnUse(r'^(?:https?|wss?)://(?:[^/@?#]*@)?([^/:?#]*)')
SDK_ROOTS = frozenset(m.partition('.')[0] for p in catalogue.PROVIDERS for m in p.modules)
# a method under a decorator whose name ends so is read as the attribute it returns: ``property``,
# functools' ``cached_property``, SQLAlchemy's ``memoized_property``, griptape's ``lazy_property()``
_PROPERTY_DECORATOR_END = 'property'
_MAX_DEPTH = 40
# the classes a class's attributes are looked up in, itself first: a lookup in each class of a
# deeper hierarchy (crafted: thousands of classes, each the base of the next) walked it whole
_MRO_CLASSES = 64
_SUBCLASSES = 16  # the subclasses of a class its attributes are looked up in (each with its bases)
# calls that give the module their first argument names, and the table of imported modules
_MODULE_BY_NAME = frozenset(('importlib.import_module', 'sys.modules.get'))
_SYS_MODULES = Imported('sys.modules')
# werkzeug's proxy of what a function returns, looked up on each use (Flask's ``current_app``),
# and Django's, made on first use
_PROXIES = frozenset(('werkzeug.local.LocalProxy', 'werkzeug.LocalProxy', 'django.utils.functional.SimpleLazyObject'))
_AS_CACHED = 'panel.state.as_cached'  # Panel's cache of what a function makes, once per process
_CLASS_SELECTOR = 'param.ClassSelector'  # a Parameterized class's parameter holding an instance of ``class_``
_APP_CONFIG = 'django.apps.apps.get_app_config'
# a Flask (or Quart) application's keyed stores, as ``scopes.store_spelling`` spells them
# and a WSGI request's, set by a hook; a Nornir host's data; a Sopel bot's memory, filled by a
# plugin's ``setup(bot)`` (or a helper it calls), read by the others
_APP_STORES = frozenset(('app.extensions', 'app.config', 'request.environ', 'nornir.host.data', 'bot.memory'))
# a class's field declared by a call giving its default: ``Field(default_factory=FireworksConfig)``
_FIELDS = frozenset(('pydantic.Field', 'pydantic.fields.Field', 'dataclasses.field', 'sqlmodel.Field'))
# the declared types of a parameter whose callers say what it is: nothing, or an SDK client's
# class (``client: AsyncOpenAI``: which host, its ``base_url=`` where it is made tells)
_CALLER_TYPES = frozenset(('Any', 'object', *(name.rpartition('.')[2] for name in CONSTRUCTORS)))
_MAPPINGS = frozenset(('dict', 'Dict', 'Mapping', 'MutableMapping'))  # ``services: Dict[str, object]``
# an object whose attributes are the keywords it is made with (``Resolver._namespace_entry``)
_NAMESPACE = Foreign('types.SimpleNamespace')
# what a framework's generic holder keeps an instance of its type argument in: LangGraph's
# ``Runtime[C].context``, PydanticAI's ``RunContext[D].deps`` (of the modules in _HOLDERS)
_HOLDING = {'Runtime': 'context', 'RunContext': 'deps'}
_HELD = frozenset(_HOLDING.values())
_HOLDERS = frozenset(('langgraph', 'pydantic_ai'))
_APPLICATION = Opaque(('application',))  # ``self.application`` of a class that does not set it
_GETATTR = Unbound('getattr')
# AppDaemon's modules: an app's ``self.get_app(name)`` is the instance of another app (``_appdaemon_app``)
_APPDAEMON = ('appdaemon', 'hassapi', 'adbase', 'mqttapi')
_SALT_UTILS = Unbound('__utils__')  # what Salt's loader gives its modules: each utility module's functions
_INJECTOR = 'injector.Injector'  # python-injector's, whose ``get(Key)`` makes an instance of Key
# svcs, a service locator: a container's ``get(Type)`` (``aget``, ``get_abstract``) and its
# frameworks' helpers (Flask's ``svcs.flask.get(Type)``, Starlette's ``aget(request, Type)``)
# give what the registry's factory for the type makes (``_located``); the type's position
_SVCS_CONTAINERS = frozenset(('svcs.Container', 'svcs.fastapi.DepContainer'))
_SVCS_GETTERS = frozenset(('get', 'aget', 'get_abstract', 'aget_abstract'))
_SVCS_HELPERS = {
    'svcs.flask.get': 0, 'svcs.flask.get_abstract': 0, 'svcs.starlette.aget': 1, 'svcs.starlette.aget_abstract': 1,
    'svcs.aiohttp.aget': 1, 'svcs.aiohttp.aget_abstract': 1,
}
_SVCS_REGISTRATIONS = ('register_factory', 'register_value')
# Pyramid's registry lookups (``scopes.registered``)
_LOOKUPS = frozenset(('getUtility', 'queryUtility', 'find_service', 'make'))
_ZOPE_LOOKUPS = frozenset(('zope.component.getUtility', 'zope.component.queryUtility'))
_COLLECTIONS = (ast.Dict, ast.List, ast.Set, ast.Tuple, ast.DictComp, ast.ListComp, ast.SetComp)
# what following an import into another module of the repository costs of that depth
_MODULE_HOP = 4
# calls whose arguments are followed into the callee, per checked file (each re-resolves
# the callee's returns): beyond it parameters are unknown, so resolving stays linear
_MAX_CALLS = 512
_NOT_READ = 1 << 30  # Resolver._read when no call's arguments were read
# values read from an outer call's arguments (``get_client(name)`` called by each getter),
# worked out again per call: beyond so many per checked file they are kept under the
# innermost call, as others, so that resolving stays linear
_MAX_UNKEPT = 1024
# a parameter no call being resolved passes is what the function's callers in its own module
# pass it (``embed_cohere(get_container().get("cohere"), ...)``): of the first so many
_CALLERS = 8
# the constructions of a table's classes made in loops a module lists at most (each class of a
# table, for each call in a loop taking them in turn)
_LOOPED_CONSTRUCTIONS = 4096
# a URL read from the environment is its default (``os.getenv("OLLAMA_HOST", "http://...")``),
# trimmed by a str method
_ENVIRONMENT_READS = frozenset(('os.getenv', 'os.environ.get'))
_STRIPS = frozenset(('rstrip', 'strip', 'removesuffix'))
_CLIENT_EXPRESSIONS = (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Await)
# calls that call a callable they are given, with the arguments given after it (its position,
# and whether the keywords are passed on too): an executor's ``submit(fn, *args, **kwargs)``,
# ``asyncio.to_thread``, ``loop.run_in_executor(None, fn, *args)``, anyio's
# ``to_thread.run_sync(fn, *args)``, pyscript's ``task.executor(fn, *args, **kwargs)``, Home
# Assistant's ``hass.async_add_executor_job(fn, *args)``; and ``threading.Thread(target=fn,
# args=(...))`` (-1)
_HANDOFFS = {
    'submit': (0, True), 'to_thread': (0, True), 'run_in_executor': (1, False), 'run_sync': (0, False), 'executor': (0, True),
    'async_add_executor_job': (0, False), 'Thread': (-1, False),
}
# the last names of dependency-injector's providers that call what they are given
_PROVIDER_NAMES = sorted({name.rpartition('.')[2] for name in catalogue.CALLING_PROVIDERS})
# how much of a URL's end ``url_tail`` keeps: more than the paths it is compared with
_TAIL = 256
_MAX_LITERAL = 4096  # characters of a str expression's leading literal text (a URL, a module name)
# the analysis steps of using a module of the repository: one for each 32 of its bytes, and
# a fixed part that bounds how many one file may use (the most in litellm's source is 166)
_READ_STEPS = 256
_BYTES_PER_STEP = 32
# a string annotation longer than this is no type name; before 3.11 parsing a long operator
# chain could crash the interpreter
_MAX_ANNOTATION = 1000

class Resolver:
    """Resolves expressions of one checked file (and of what it imports) to values.

    With a ``project``, names imported from the repository's own modules are followed into
    them (SDK modules never are: the catalogue knows them).
    """

    def __init__(
        self, home: ModuleScopes, project: Project | None = None, llm_objects: tuple[str, ...] = (),
        source: bytes = b'',
    ) -> None:
        self.home = home
        self.project = project
        self.llm_objects = llm_objects
        self._module = home  # the module of the expression being resolved
        self._kept: dict[int, ModuleScopes] = {}
        self.source = source  # the checked file's bytes
        self._source_names_sdk: bool | None = None
        # whether the checked file may post to a URL constant of a module it imports
        self.reads_urls = prefilter.reads_urls(list(home.imported_modules))
        self._url_imports = False  # while ``literal`` reads a URL: whether it may follow an import
        # follow imports into the repository's modules (and against them: _wiring): the matcher
        # turns it off for calls no rule can match by their name (a stored SDK function behind
        # another name is missed)
        self.follow = True
        self._exports: dict[tuple[str, str, bool], Value | None] = {}
        self._parsed: dict[tuple[str | None, str, bool], Value] = {}  # parsed() of a Defined
        self._resolved: dict[tuple[int, int, int, bool], Value] = {}
        self._annotations: dict[tuple[str, int], ast.expr] = {}  # memo keys are node ids
        self._literals: dict[tuple[int, int, int, bool], tuple[str, bool]] = {}
        self._tails: dict[int, tuple[str, bool]] = {}
        # calls no source has (``x[k]`` as ``x.__getitem__(k)``...), by what they stand for (_made)
        self._made_calls: dict[tuple[object, ...], ast.Call] = {}
        self._guards_of_returns: dict[int, dict[int, list[tuple[ast.expr, bool]]]] = {}  # _conditions of each function
        # the instance (its origin) each method call resolved into was made on, by the call's id
        self._receivers: dict[int, tuple[ast.Call, Scope]] = {}
        self._registries: dict[int, dict[str, Value]] = {}  # _registrations of each decorator factory
        self._stored: dict[int, dict[int, str]] = {}  # _stores' names of each module or function scope
        self._dict_entries: dict[int, dict[str, ast.expr]] = {}  # each dict literal's values by _key
        self._store_index: dict[int, tuple[dict[str, int], list[int], list]] = {}  # _store_keys of each list
        self._attr_lists: dict[tuple[int, str], tuple[list, dict, list[Scope]]] = {}  # _attr_stores of each
        self._mros: dict[tuple[int, bool], list[Scope]] = {}
        self._outside_bases: dict[tuple[int, bool], list[Imported]] = {}  # _imported_bases of each class
        self._handed_calls: dict[int, dict] = {}  # type: ignore[type-arg]  # _handoffs of each module
        self._pair_loops: dict[int, list[tuple[tuple[str, str], ast.expr]]] = {}  # _loops of each scope
        self._pairs_of: dict[int, dict[str, tuple[ast.expr, Scope]]] = {}  # _pairs of each loop's iterable
        self._dicts: dict[int, list[tuple[ast.expr, Scope]]] = {}  # _dicts_of each expression
        self._named_keys: dict[int, dict[tuple[int, str], int]] = {}  # _stored_by_name's index of each list of stores
        self._looped_made: dict[int, dict[str, list[tuple[Call, ast.Call]]]] = {}  # _looped_constructions of each module
        self._super_inits: dict[tuple[int, bool], tuple[Scope, ast.Call, Scope] | None] = {}  # _super_init of each class
        # by a module's id: its star imports' providers by word, those of any name, of the catalogue
        self._stars: dict[int, tuple[dict[str, list[int]], list[int], list[int]]] = {}
        self._dispatch: Scope | None = None  # the class whose ``self`` is being resolved
        self._subclassing = False  # while a subclass's attribute is looked up
        self._seeking: set[int] = set()  # the functions whose callers are being read (_from_callers)
        self._given: dict[int, Value] = {}  # _from_callers of each parameter (by its node's id)
        self._constructed: dict[tuple[int, int], Value] = {}  # _from_constructions, by parameter and class
        # how many readings of what an object is made with are under way (constructions, a
        # Tornado route's kwargs, an application's state): a class made with objects holding
        # clients is read then, though no method of it calls an endpoint (_from_constructions)
        self._constructing = 0
        self._dispatch_tables: dict[int, dict[str | tuple[int, int], list[str]]] = {}  # _tables of each module, by its root's id
        self._table_names: dict[int, list[tuple[Scope, str, ast.expr]]] = {}  # _table_reads of each module
        self._top_named: dict[int, tuple[dict[str, list[str]], Scope]] = {}  # _top_instances' of each module
        self._kept: dict[tuple[int, str], Value | None] = {}  # _kept_on of each class and name
        self._fields: dict[tuple[int, str, bool], Value | None] = {}  # _constructed_field, by class, field and follow
        self._any_entries: dict[tuple[int, str], Value | None] = {}  # _any_entry, by class and attribute
        self._cells: dict[int, dict[str, list[Binding]]] = {}  # _cell_defined's names of each notebook, by its root's id
        self._registering: dict[str, list[str]] = {}  # _located's modules registering services, by module
        self._passed_fields: dict[tuple[int, str, bool], list[tuple[ast.expr, Scope]]] = {}  # _field_passed's
        self._receiving: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # _receivers_of each function
        self._keyed: dict[tuple[int, str], tuple[dict[str, list[tuple[ast.expr, Scope]]], list[tuple[ast.expr, ast.expr, Scope]]]] = {}
        self._settings: dict[int, dict[str, list[tuple[ast.expr, Scope]]]] = {}  # _setting's keywords of each module
        self._spans: dict[tuple[int, int], tuple[int, int]] = {}  # _reaching's block of a function's line
        self._branched: set[int] = set()  # the functions whose returns a literal argument told apart
        self._starts: dict[int, list[int]] = {}  # the first lines of a block's statements (block_span)
        self._reached_lists: dict[tuple[int, tuple[int, int], int], list[Binding]] = {}  # _reaching's, kept alive
        # _cached's stores of each instance dict: by key, by a method's parameter, and whether any
        self._caches: dict[tuple[int, str], tuple[dict[str, tuple[ast.expr, Scope]], list[tuple[str, ast.expr, Scope]], bool]] = {}
        # the calls being resolved into, innermost last: (function, call, the caller's scope)
        self._calls: list[tuple[Scope, ast.Call, Scope]] = []
        # the memo keys' context: the innermost call's id, and the one each call in ``_calls``
        # was entered from; a value read from an outer call's arguments is not kept under it
        # (``get_mistral()`` and ``get_cohere()`` both call ``get_client(name)``): ``_read``
        # is the outermost index of ``_calls`` whose arguments were read
        self._context = 0
        self._entered_from: list[int] = []
        self._read = _NOT_READ
        self._unkept = 0  # values not kept for having read an outer call's arguments
        # the keys of kept values (of _resolved, _picks, _literals) that read the innermost's
        self._read_innermost: tuple[set[tuple[int, int, int, bool]], ...] = (set(), set(), set())
        self._call_budget = _MAX_CALLS
        self._takes_arguments: dict[int, bool] = {}
        # a name's bindings, picked once per context (every use re-picking every binding is
        # quadratic); only picks that met no value still being resolved are kept
        self._picks: dict[tuple[int, int, int, bool], Value] = {}
        self._names: dict[tuple[str, int, bool], Value] = {}  # value() of a name in a scope
        self._unsettled = 0  # values met while still being resolved (or cut off by depth)
        self._guarded: dict[tuple[int, tuple[str, ...]], bool] = {}
        self._steps = 0
        self._pending: set[tuple[int, int, int]] = set()
        # what each ``__getattr__`` gives a name, in a context (as ``_resolved``); None while resolved
        self._hooks: dict[tuple[int, str, int, int, bool], Value | None] = {}

    def source_names_sdk(self) -> bool:
        """Whether a string of the checked file names an SDK module (``load("anthropic")``):
        read once, when a dynamic import is reached."""
        if self._source_names_sdk is None:
            self._source_names_sdk = bool(self.source) and names_sdk(self.source)
        return self._source_names_sdk

    def settle(self) -> None:
        """Between two call sites: forget what was resolved once it holds too many modules the
        project no longer keeps (memo keys are node ids, so the modules live as long as the
        memos).  Only those cost memory beyond the project's: forgetting at the size of every
        module read instead forgot most often where most is read (litellm's CPU +4%)."""
        if self.project is None or not self.project.crowded():
            return
        for memo in (
            self._exports, self._parsed, self._resolved, self._annotations, self._literals, self._mros, self._outside_bases,
            self._super_inits, self._handed_calls, self._pair_loops, self._pairs_of, self._dicts, self._named_keys, self._looped_made,
            self._takes_arguments, self._picks, self._names, self._stars, self._hooks, self._made_calls,
            self._guards_of_returns, self._receivers, self._registries, self._stored, self._dict_entries,
            self._store_index, self._attr_lists, self._given, self._constructed, self._fields, self._receiving, self._caches, self._keyed, self._settings,
            self._spans, self._starts, self._reached_lists, self._branched, self._passed_fields, self._tails,
            self._dispatch_tables, self._table_names, self._top_named, self._kept, self._any_entries, self._cells, *self._read_innermost,
        ):
            memo.clear()
        self.close()

    def close(self) -> None:
        """Let the project close the modules it no longer keeps: this resolver is done."""
        self._kept = {}
        if self.project is not None:
            self.project.release()

    def lookup(self, name: str, scope: Scope, depth: int = 0) -> list[Binding] | Value:
        """The bindings a name refers to from ``scope`` (class scopes are not enclosing)."""
        current: Scope | None = scope
        while current is not None:
            if current is scope or current.kind != 'class':
                if name in current.bindings:
                    return current.bindings[name]
            current = current.parent
        root = scope.module.root
        for position in self._star_positions(root, name, sdk=True):
            module = root.star_imports[position]
            candidate = f'{module}.{name}'
            if candidate in FUNCTIONS or candidate in CONSTRUCTORS:
                return Imported(candidate)
            star = self._imported(module, root, depth, whole=True)
            if isinstance(star, ModuleRef) and self._star_gives(star.module, name):
                value = self._export(star.module, name, depth + _MODULE_HOP)
                if value is not None:
                    return value
        if root.star_imports:
            return UNKNOWN
        # ``litellm.completion(...)`` in a file that never imports litellm still means litellm
        # (in the checked file only: its own bytes show the name to the pre-filter)
        return Imported(name) if name in SDK_ROOTS and scope.module is self.home else Unbound(name)

    def _star_positions(self, root: Scope, name: str, sdk: bool = False) -> Iterator[int]:
        """The positions, last first, of the module's star imports that may give ``name``:
        of a repository module whose source spells it (``Project.star_providers``), and with
        ``sdk`` of a catalogue module (``from litellm import *``).  Each one tried is an
        analysis step."""
        stars = root.star_imports
        if not stars:
            return
        memo = self._stars.get(id(root))
        if memo is None:
            providers = ({}, []) if self.project is None else self.project.star_providers(root.module.path, tuple(stars))
            memo = self._stars[id(root)] = (*providers, [i for i, m in enumerate(stars) if m in _CATALOGUE_MODULES])
        by_word, anything, catalogued = memo
        if self.project is not None and not name.isascii():  # the words are ASCII
            chosen: list[Iterable[int]] = [range(len(stars) - 1, -1, -1)]
        elif name not in by_word and not anything and not (sdk and catalogued):  # a builtin's name, mostly
            return
        else:  # each list ascending, merged from its end; none shares a position (an SDK's is no module's)
            chosen = [reversed(by_word.get(name, [])), reversed(anything), reversed(catalogued if sdk else [])]
        for position in heapq.merge(*chosen, reverse=True):
            self._spend(1)
            yield position

    def _star_gives(self, module: ModuleFile, name: str) -> bool:
        """Whether ``from module import *`` may bind ``name``: it spells the name, it or its own
        star imports (``Project.module_words``; else it is not read), and exports it."""
        if self.project is not None and name.isascii():
            words = self.project.module_words(module.file) if module.file else ()
            if words is not None and name not in words:
                return False
        return _exported_by_star(self._scopes_of(module.file), name)

    def _spend(self, steps: int) -> None:
        self._steps += steps
        if self._steps > MAX_STEPS:
            raise TooComplex(f'over {MAX_STEPS:,} analysis steps')

    def value(self, expr: ast.expr, scope: Scope) -> Value:
        """``resolve(expr, scope)`` for a call's target or argument: a name read in a scope is
        resolved once there (it means every binding of the name, wherever it is read)."""
        if type(expr) is not ast.Name:
            return self.resolve(expr, scope)
        key = (expr.id, id(scope), self.follow)
        value = self._names.get(key)
        if value is None:
            unsettled = self._unsettled
            value = self.resolve(expr, scope)
            if self._unsettled == unsettled:  # not cut short by a cycle or the depth
                self._names[key] = value
        return value

    def resolve(self, expr: ast.expr, scope: Scope, depth: int = 0) -> Value:
        """What ``expr`` evaluates to, as far as the file tells.

        Memoised per node (and ``self`` class), so resolving is linear in the file; a node met
        again while it is being resolved (``x = x | y``) counts as unknown.
        """
        self._steps += 1  # _spend(1) inline: the commonest call
        if self._steps > MAX_STEPS:
            raise TooComplex(f'over {MAX_STEPS:,} analysis steps')
        key = (id(expr), id(self._dispatch), self._context, self.follow)
        value = self._resolved.get(key)
        outer = self._module
        if value is not None:
            if key in self._pending:  # each pending key has a value: UNKNOWN
                self._unsettled += 1
            elif self._calls and key in self._read_innermost[0]:  # what it read is read again
                self._read = min(self._read, len(self._calls) - 1)
        if value is None:
            if depth > _MAX_DEPTH:
                self._unsettled += 1
                return UNKNOWN
            self._resolved[key] = UNKNOWN
            self._pending.add(key)
            self._module = scope.module
            framed = bool(self._calls)  # outside any call, no call's arguments are read
            if framed:
                read, self._read = self._read, _NOT_READ
            try:
                value = self._resolved[key] = self._resolve(expr, scope, depth + 1)
            finally:
                self._module = outer
                self._pending.discard(key)
                if framed:
                    self._keep(0, self._resolved, key, read)
        if scope.module is not outer and outer is self.home and _local_only(value):
            # into the checked file come only values that start at an SDK (prefilter.could_export)
            return Foreign(value.name) if isinstance(value, Foreign) else UNKNOWN
        return value

    def _resolve(self, expr: ast.expr, scope: Scope, depth: int) -> Value:
        if type(expr) is ast.Name:
            found = self.lookup(expr.id, scope, depth)
            if (
                scope.kind == 'class' and isinstance(found, list) and scope.parent is not None
                and any(b.kind == 'annotation' for b in found) and all(b.kind in ('annotation', 'opaque') for b in found)
            ):  # ``anthropic: anthropic.Anthropic`` in a class body binds no name: ``anthropic`` is the module's
                return self._resolve(expr, scope.parent, depth)
            if isinstance(found, list):
                if len(found) > 1 and id(scope) in self._branched:
                    found = self._reaching(found, expr, scope)
                value = self._picked(found, depth)
                if value == UNKNOWN and scope.kind == 'class' and scope.parent is not None:
                    # ``cohere = cohere.ClientV2()`` in a class body reads the module's name
                    return self._resolve(expr, scope.parent, depth)
                return value
            return found
        if type(expr) is ast.Attribute:
            if expr.attr in _HELD and type(expr.value) is ast.Name:
                held = self._held(expr, scope, depth)
                if held is not None:
                    return held
            state = state_name(expr, scope)
            if state is not None and self.project is not None and scope.module.path:
                stored = self._app_state(state, scope.module.path, depth)
                if stored != UNKNOWN:
                    return stored
            base = self.resolve(expr.value, scope, depth)
            if base == _NAMESPACE:
                return self._namespace_entry(expr, scope, depth)
            value = self._attribute(base, expr.attr, depth)
            if type(base) is SelfOf and value == _APPLICATION and self.project is not None and scope.module.path:
                return Application(scope.module.path)  # handed on: ``get_client(self.application, "cohere")``
            return value
        if type(expr) is ast.Call:
            if gtk_application(expr) and self.project is not None and scope.module.path and scope.module.imports_root('gi'):
                return Application(scope.module.path)  # handed on: ``RelatedIndex(self.get_application())``
            return self._call_result(expr, scope, depth)
        if isinstance(expr, ast.Await):
            return self.resolve(expr.value, scope, depth)
        if isinstance(expr, ast.Lambda) and id(expr) in scope.module.lambdas:
            return Function(scope.module.lambdas[id(expr)])
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):
            return self._pick([self.resolve(expr.left, scope, depth), self.resolve(expr.right, scope, depth)])
        if isinstance(expr, ast.Subscript):
            container = self.resolve(expr.value, scope, depth)
            if container == _SALT_UTILS and type(expr.slice) is ast.Constant and type(expr.slice.value) is str:
                return self._salt_utility(expr.slice.value, scope, depth)
            # CLIENTS["openai"]: that element of the literal; ``ctx["openai"]`` of a parameter
            # declared ``ctx: dict``, and ``self._clients["openai"]`` of a field declared
            # ``_clients: dict = field(...)``, are items too, not a generic type's subscript
            # (by a literal key only: on litellm, ``self.<dict>[key]`` of any key took 4% more
            # CPU and 9 MiB more peak memory, and of a dict the class's methods store into 6 MiB
            # more, for no finding)
            owner = expr.value.value if type(expr.value) is ast.Attribute else None
            if type(expr.value) is ast.Attribute and expr.value.attr == 'namedServices' and scope.module.imports_root('buildbot'):
                named = self._buildbot_service(expr.slice, scope, depth)  # ``self.master.namedServices["llm"]``
                if named is not None:
                    return named
            if not _is_generic(container) or self._declared(expr.value, scope) or (
                type(owner) is ast.Name and owner.id == 'self' and type(expr.slice) is ast.Constant
            ):
                key = self._literal(expr.slice, scope, depth)
                if container == _SYS_MODULES and key[1] and key[0]:  # sys.modules["openai"]
                    return Imported(key[0])
                index = self._key(expr.slice, scope, depth)  # the literal, or an enum member
                entry = None if index is None else self._entry(expr.value, index, scope, depth)
                if index is None and type(expr.slice) is ast.Name and type(expr.value) is ast.Name:
                    entry = self._stored_by_name(expr.value, expr.slice.id, scope, depth)
                if entry is ABSENT:  # a KeyError
                    return UNKNOWN
                if entry is None and isinstance(container, Defined):
                    container = self.parsed(container, depth)
                if entry is None and isinstance(container, SelfOf):  # ``hub["groq"]``: its __getitem__
                    method = self._class_attribute(container.scope, '__getitem__', depth)
                    if not isinstance(method, Function):  # a dict subclass's ``__missing__`` (a lazy registry)
                        method = self._class_attribute(container.scope, '__missing__', depth)
                    if isinstance(method, Function):
                        return self._returned_by(method.scope, self._item_call(expr), scope, depth)
                if index is None and type(expr.value) is ast.Attribute:
                    entry = self._any_entry(expr.value, scope, depth)
                return container if entry is None else entry
            # Optional[OpenAI], Annotated[OpenAI, ...]; a mapping's values: ``dict[str, ProviderSpec]``;
            # a ``Callable[[str], object]`` is none of its types
            if last_name(expr.value) == 'Callable':
                return UNKNOWN
            elements = expr.slice.elts if isinstance(expr.slice, ast.Tuple) and expr.slice.elts else [expr.slice]
            valued = len(elements) == 2 and last_name(expr.value) in _MAPPINGS
            declared = self._annotation(elements[-1 if valued else 0], scope, depth)
            if not _is_sdk(declared) and container.name.rpartition('.')[2] == 'Annotated':  # type: ignore[union-attr]
                # ``Annotated[object, Depends(get_bedrock)]``: what the framework injects
                for marker in elements[1:]:
                    made = dependency(marker)
                    if made is not None:
                        return self._call_result(self._call_of(made), scope, depth)
            return declared
        if isinstance(expr, ast.Dict):
            values = [self.resolve(v, scope, depth) for v in expr.values if v is not None]
            if sum(type(v) is Defined and v.function for v in values) > 1:
                # a table of another module's functions (``{"openai": clients.get_openai, ...}``):
                # any of them, as of this module's (``_pick``)
                values = [self.parsed(v, depth + _MODULE_HOP) if type(v) is Defined and v.function else v for v in values]
            return self._pick(values)
        if isinstance(expr, (ast.List, ast.Tuple, ast.Set)):
            return self._pick([self.resolve(e, scope, depth) for e in expr.elts])
        if isinstance(expr, (ast.BoolOp, ast.IfExp)):
            options = expr.values if isinstance(expr, ast.BoolOp) else [expr.body, expr.orelse]
            return self._pick([self.resolve(o, scope, depth) for o in options])
        return UNKNOWN

    def _made(self, key: tuple[object, ...], make: Callable[[], ast.Call]) -> ast.Call:
        """A call no source has, made (``make()``) once for what ``key`` names, its nodes and
        names: memo keys are node ids, so the same call must be met again."""
        call = self._made_calls.get(key)
        if call is None:
            call = self._made_calls[key] = make()
        return call

    def _call_of(self, func: ast.expr) -> ast.Call:
        """``func()``: what a framework calls for the code (a dependency, a proxied function)."""
        return self._made(('called', func), lambda: ast.Call(func=func, args=[], keywords=[]))

    def _item_call(self, expr: ast.Subscript) -> ast.Call:
        """``x.__getitem__(key)`` for ``x[key]``."""
        return self._made(('item', expr), lambda: ast.Call(
            func=ast.Attribute(value=expr.value, attr='__getitem__', ctx=ast.Load()), args=[expr.slice], keywords=[],
        ))

    @contextlib.contextmanager  # ``ast`` imports contextlib already: no cost on the hook's path
    def _inside(self, frame: tuple[Scope, ast.Call, Scope] | None) -> Iterator[None]:
        """While resolving as if in a call (``_calls``: the function, the call, the caller's
        scope); outside any if ``frame`` is None."""
        if frame is not None:
            self._calls.append(frame)
            self._entered_from.append(self._context)
            self._context = id(frame[1])
        try:
            yield
        finally:
            if frame is not None:
                self._calls.pop()
                self._context = self._entered_from.pop()

    def _keep(self, memo: int, values: dict, key: tuple[int, int, int, bool], read: int) -> None:  # type: ignore[type-arg]
        """After ``values[key]`` was worked out (``read``: ``_read`` before; ``memo``: which
        of ``_read_innermost``): a value that read the arguments of a call outside the innermost
        is not kept under it, one that read the innermost's is marked, to be read again
        where it is met again."""
        innermost = len(self._calls) - 1
        if self._read < innermost and self._unkept < _MAX_UNKEPT:
            self._unkept += 1
            values.pop(key, None)
        elif self._read == innermost:
            self._read_innermost[memo].add(key)
        if read < self._read:
            self._read = read

    def _annotation(self, expr: ast.expr, scope: Scope, depth: int) -> Value:
        """The type an annotation names: ``OpenAI``, ``"OpenAI"``, ``Optional[OpenAI]``."""
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            key = (expr.value, id(scope))
            if key not in self._annotations:
                try:
                    if len(expr.value) > _MAX_ANNOTATION:
                        raise ValueError('not a type name')
                    self._annotations[key] = ast.parse(expr.value.strip(), mode='eval').body
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    self._annotations[key] = expr
            if self._annotations[key] is expr:
                return UNKNOWN
            expr = self._annotations[key]
        return self.resolve(expr, scope, depth)

    def _picked(self, bindings: list[Binding], depth: int) -> Value:
        """``_pick`` of the bindings' values, once per context while it can only come out the same."""
        key = (id(bindings), id(self._dispatch), self._context, self.follow)
        value = self._picks.get(key)
        if value is not None and self._calls and key in self._read_innermost[1]:
            self._read = min(self._read, len(self._calls) - 1)
        if value is None:
            unsettled = self._unsettled
            framed = bool(self._calls)
            if framed:
                read, self._read = self._read, _NOT_READ
            values = [self._binding_value(b, depth) for b in bindings]
            # ``state: AppState = page.data``: the class declared, not an attribute of what is not known
            declared = len(values) > 1 and [v for b, v in zip(bindings, values) if b.kind == 'annotation' and type(v) in (SelfOf, Defined)]
            if declared and all(
                type(v) is Opaque or type(v) is Foreign and v.path for b, v in zip(bindings, values) if b.kind != 'annotation'
            ):
                value = declared[0]
            else:
                value = self._pick(values)
            if self._unsettled == unsettled:
                self._picks[key] = value
            if framed:
                self._keep(1, self._picks, key, read)
        return value

    def in_tracker_block(self, guards: tuple[tuple[ast.expr, Scope], ...], trackers: tuple[str, ...]) -> bool:
        """True if a ``with`` item of ``guards`` calls a tracker; once per block, not per call in it."""
        key = (id(guards), trackers)
        if key not in self._guarded:
            self._guarded[key] = any(self.is_tracker(e, s, trackers) for e, s in guards)
        return self._guarded[key]

    @staticmethod
    def _pick(values: list[Value]) -> Value:
        """Of a name's bindings (``try``/``except`` or ``if``/``else`` branches), an SDK one first."""
        if len(values) == 1:  # most names: one binding
            return values[0]
        sdk = [v for v in values if _is_sdk(v)]
        if not sdk:
            first = Resolver._first_known(iter(values))
            if type(first) is Function:  # ``BUILDERS[provider]``: any of the table's functions
                others = tuple(dict.fromkeys(v.scope for v in values if type(v) is Function and v.scope is not first.scope))
                return first._replace(others=others) if others else first
            return first
        first = sdk[0]
        if type(first) is Imported and first.name in CONSTRUCTORS:
            others = tuple(dict.fromkeys(v.name for v in sdk if type(v) is Imported and v.name in CONSTRUCTORS and v.name != first.name))
            return first._replace(others=others) if others else first
        if isinstance(first, Instance) and first.origin is None:  # a declared type: prefer
            constructed = (v for v in sdk if isinstance(v, Instance) and v.origin and v[:2] == first[:2])
            first = next(constructed, first)  # the constructed client, its ``base_url=`` known
        if isinstance(first, Instance):  # the client of another branch: kept too
            others = tuple(dict.fromkeys(
                (v.constructor, v.origin) for v in sdk if isinstance(v, Instance) and v.path == first.path and v != first
            ))
            if others:
                return first._replace(others=others)
        return first

    @staticmethod
    def _first_known(values: Iterator[Value]) -> Value:
        for value in values:
            if value != UNKNOWN:
                return value
        return UNKNOWN

    def _binding_value(self, binding: Binding, depth: int) -> Value:
        kind = binding.kind
        if kind == 'import':
            return self._imported(binding.target, binding.scope, depth)  # type: ignore[arg-type]
        if kind == 'value':
            return self.resolve(binding.target, binding.scope, depth)  # type: ignore[arg-type]
        if kind == 'annotation':
            return self._instance_of(binding.target, binding.scope, depth)  # type: ignore[arg-type]
        if kind == 'function':
            return Function(binding.target)  # type: ignore[arg-type]
        if kind in ('self', 'class'):
            return SelfOf(binding.target, self._receiver(binding) if kind == 'self' and self._receivers else None)  # type: ignore[arg-type]
        if kind == 'parameter':
            if any(function is binding.scope for function, _, _ in self._calls):
                return self._in_caller(binding, lambda expr, scope: self.resolve(expr, scope, depth), UNKNOWN)
            value = self._from_callers(binding, depth)
            if value == UNKNOWN and binding.scope.parent is not None:  # type: ignore[union-attr]
                # no caller gives it: a callable or an object its default names (``client_factory=pool.get_openai``)
                default = _default(binding.scope, binding.target)  # type: ignore[arg-type]
                if type(default) in (ast.Name, ast.Attribute):
                    return self.resolve(default, binding.scope.parent, depth)  # type: ignore[arg-type, union-attr]
            return value
        return UNKNOWN

    def _attribute(self, base: Value, name: str, depth: int) -> Value:
        if isinstance(base, Defined):
            base = self.parsed(base, depth)
        if isinstance(base, Imported):
            return self._named(f'{base.name}.{name}')
        if isinstance(base, Instance):
            if name in catalogue.TRANSPARENT_ATTRIBUTES:
                return base
            return base._replace(path=base.path + (name,))
        if isinstance(base, (Opaque, Foreign)):
            if name in catalogue.TRANSPARENT_ATTRIBUTES:
                return base
            if type(base) is Foreign and not base.path and name == 'conn' and base.name in catalogue.AIRFLOW_HOOKS:
                return Instance(catalogue.AIRFLOW_HOOKS[base.name], ())  # ``OpenAIHook(conn_id).conn``
            return base._replace(path=base.path + (name,))
        if isinstance(base, SelfOf):
            value = self._class_attribute(base.scope, name, depth)
            injected = None if base.origin is None else self._injected(base, name, depth)
            # declared a client's type, a builtin (``llm: dict[str, Any]``) or nothing known
            # (``bedrock: Any``): what a construction gives
            if base.origin is None and (
                isinstance(value, Instance) and value.origin is None or value == Opaque((name,)) or type(value) is Unbound
            ):
                injected = self._constructed_field(base.scope, name, depth)
            if injected is not None and _is_client(injected):
                return injected
            if not _is_client(value):
                kept = self._kept_on(base.scope, name, depth)
                if kept is not None:
                    return kept
            if type(value) in (Defined, SelfOf) and base.scope.module.imports_root('nameko'):
                return self._dependency(value, depth)  # type: ignore[arg-type]
            return value
        if isinstance(base, Application):
            value = self._app_state('app.' + name, base.path, depth)
            return Opaque((name,)) if value == UNKNOWN else value
        if isinstance(base, ModuleRef):
            # an attribute is a submodule only if this file imports it (``import a.b``: ``a.b``)
            dotted = f'{base.name}.{name}'
            imported = any(m == dotted or m.startswith(dotted + '.') for m in self._module.imported_modules)
            return self._member(base, name, depth, imported)
        return Opaque((name,))

    # -- the repository's own modules ----------------------------------------------------

    def _imported(self, name: str, scope: Scope, depth: int, whole: bool = False) -> Value:
        """An imported name: followed into the repository's module that defines it, if any.

        Each part but the last names a module, as Python imports it: the submodule when there is
        one, whatever its package binds by that name (``from pkg.sub import x`` reads
        ``pkg/sub.py`` although ``pkg/__init__.py`` binds ``sub``); with ``whole`` (a star
        import's module) the last part too."""
        relative = name[:len(name) - len(name.lstrip('.'))]
        parts = name[len(relative):].split('.') if name != relative else []
        importer = scope.module.path
        configured = self._named(name) if self.llm_objects else None
        if isinstance(configured, Instance):
            return configured
        if self.project is None or not self.follow or not importer or depth > _MAX_DEPTH or (not relative and parts[0] in SDK_ROOTS):
            return Imported(name)
        if relative:
            module, named = self.project.relative(len(relative), importer), relative
        else:
            given = len(parts)
            module = self.project.absolute(parts, importer)
            named = '.'.join(name.split('.')[:given - len(parts)])  # the names that gave it
        if module is None:
            return Imported(name)
        value: Value = ModuleRef(module, named)
        for i, part in enumerate(parts, 1):
            if isinstance(value, ModuleRef):
                value = self._member(value, part, depth + _MODULE_HOP, True, whole or i < len(parts))
            else:
                value = self._attribute(value, part, depth)
        return value

    def _member(self, ref: ModuleRef, name: str, depth: int, submodule: bool, module: bool = False) -> Value:
        """``ref.name``; a submodule too if ``submodule`` (an import statement names it), first
        if ``module`` (a module path of an import statement names it)."""
        dotted = ref.name + name if ref.name.endswith('.') else f'{ref.name}.{name}'
        configured = self._named(dotted)
        if isinstance(configured, Instance):
            return configured
        found = self.project.submodule(ref.module, name) if module else None  # type: ignore[union-attr]
        if found is not None:
            return ModuleRef(found, dotted)
        value = self._export(ref.module, name, depth, dotted if submodule else None)
        return configured if value is None else value

    def _named(self, name: str) -> Value:
        """An imported name; a configured LLM object (``llm-objects``), or what is reached on one,
        is a client of it."""
        for configured in self.llm_objects:
            if name == configured or name.startswith(configured + '.'):
                return Instance(configured, tuple(name[len(configured) + 1:].split('.')) if name != configured else ())
        return Imported(name)

    def _app_state(self, name: str, path: str, depth: int) -> Value:
        """``app.state.<name>`` read in the module ``path``: what the modules setting an
        application's state beside it or above it (``project.state_setters``) assign it."""
        bindings = []
        for module in self.project.state_setters(path):  # type: ignore[union-attr]
            scopes = self._scopes_of(module)
            bindings += [] if scopes is None else scopes.state_stores.get(name, [])
        self._constructing += 1  # ``self.clients = clients`` in Tornado's Application: what it is made with
        try:
            return self._pick([self._binding_value(b, depth + _MODULE_HOP) for b in bindings])
        finally:
            self._constructing -= 1

    def _dependency(self, value: Defined | SelfOf, depth: int) -> Value:
        """A Nameko service's ``self.llm`` of ``llm = LLMClient()``: what a DependencyProvider
        gives each worker is what its ``get_dependency`` returns; ``value`` for any other class."""
        provider = self.parsed(value, depth) if isinstance(value, Defined) else value
        if type(provider) is SelfOf and provider.scope.kind == 'class':
            method = self._class_attribute(provider.scope, 'get_dependency', depth)
            if isinstance(method, Defined):
                method = self.parsed(method, depth)
            if isinstance(method, Function):
                return self._returns(method.scope, depth)
        return value

    def _reaching(self, bindings: list[Binding], use: ast.Name, scope: Scope) -> list[Binding]:
        """Of a name bound several times in a function whose returns a call's literal argument
        tells apart (``_live_returns``), the bindings written before ``use`` in the innermost
        block holding it (``if provider == "anthropic": cls = ...; return cls(...)`` in a factory
        with a branch per vendor); all of them when there are none.  The same list for the same
        block and line (``_picked`` keeps its picks by the list)."""
        key = (id(scope.node), use.lineno)
        span = self._spans.get(key)
        if span is None:
            span = self._spans[key] = block_span(scope.node, use.lineno, self._starts)
        known = (id(bindings), span, use.lineno)
        if known not in self._reached_lists:
            found = [
                b for b in bindings if b.kind == 'value' and b.scope is scope
                and span[0] <= getattr(b.target, 'lineno', 0) <= use.lineno
            ]
            self._reached_lists[known] = found if found and len(found) < len(bindings) else bindings
        return self._reached_lists[known]

    def _held(self, expr: ast.Attribute, scope: Scope, depth: int) -> Value | None:
        """``runtime.context`` of a parameter declared ``Runtime[AgentContext]`` (LangGraph), or
        ``ctx.deps`` of one declared ``RunContext[Deps]`` (PydanticAI): an instance of the
        class the declaration names; None for any other."""
        for binding in self._bindings_of(expr.value, scope):
            declared = binding.target
            if binding.kind == 'annotation' and type(declared) is ast.Subscript:
                holder = self.resolve(declared.value, binding.scope, depth)  # type: ignore[attr-defined]
                if type(holder) is Imported and _HOLDING.get(holder.name.rpartition('.')[2]) == expr.attr and in_modules(holder.name, _HOLDERS):
                    elements = declared.slice.elts if type(declared.slice) is ast.Tuple else [declared.slice]  # type: ignore[attr-defined]
                    return self._annotation(elements[0], binding.scope, depth) if elements else None
        return None

    def _namespace_entry(self, expr: ast.Attribute, scope: Scope, depth: int) -> Value:
        """``llm.mistral`` of ``llm = SimpleNamespace(mistral=get_mistral, ...)``, or of a call
        of a repository function returning one (``clients = get_clients()``): what the keyword
        gives (of each such assignment, an SDK client first); unknown if none gives it."""
        made = []
        for node, where in self._assigned(expr.value, scope, depth):
            if type(node) is ast.Call:
                function = None if argument(node, -1, expr.attr) is not None else self._called_function(node, where, depth)
                made += [(node, where)] if function is None else [(r, function) for r in function.returns[:_CALLERS] if type(r) is ast.Call]
        given = [(value, where) for node, where in made for value in (argument(node, -1, expr.attr),) if value is not None]
        return self._pick([self.resolve(value, where, depth) for value, where in given]) if given else UNKNOWN

    def _scopes_of(self, path: str | None) -> ModuleScopes | None:
        """A repository module's scopes, kept alive while this resolver is (memo keys are node ids)."""
        scopes = None if path is None or self.project is None else self.project.scopes(path)
        if scopes is not None and id(scopes) not in self._kept:
            self._kept[id(scopes)] = scopes  # every one used (the project gives an evicted one back until then)
            size = self.project.size(scopes)  # type: ignore[union-attr]
            # reading a module is analysis too: a crafted repository cannot make one file read
            # modules without end (litellm's main.py reads 4.6 MB in 118: 0.24 M of its 0.26 M steps)
            self._spend(_READ_STEPS + size // _BYTES_PER_STEP)
        return scopes

    def _export(self, module: ModuleFile, name: str, depth: int, submodule: str | None = None) -> Value | None:
        """``module.name``: a top-level binding of the module, else its submodule ``name`` (when
        imported as ``submodule``), else what a module ``__getattr__`` returns (Python's order);
        None if none."""
        key = (module.file or module.package or '', name, submodule is not None)
        if key not in self._exports:
            # a cycle of re-exports ends here: at the submodule, if there is one (a package's
            # ``from . import name`` of its own submodule binds that submodule), else unknown
            found = None if submodule is None else self.project.submodule(module, name)  # type: ignore[union-attr]
            self._exports[key] = UNKNOWN if found is None else ModuleRef(found, submodule)
            self._exports[key] = self._export_of(module, name, depth, submodule)
        return self._exports[key]

    def parsed(self, defined: Defined, depth: int) -> Value:
        """The ``Function`` or ``SelfOf`` (as the module's scope model has it) ``defined`` stands
        for, parsing its module; unknown if the module binds no such name after all."""
        key = (defined.module.file, defined.name, defined.submodule is not None)
        if key not in self._parsed:
            value = self._export_of(defined.module, defined.name, depth, defined.submodule, lazy=False)
            self._parsed[key] = UNKNOWN if value is None else value
        value = self._parsed[key]
        return value._replace(origin=defined.origin) if defined.origin and isinstance(value, SelfOf) else value

    def _export_of(
        self, module: ModuleFile, name: str, depth: int, submodule: str | None, lazy: bool = True,
    ) -> Value | None:
        # a module that cannot give an LLM value is not read: its submodules may still
        project: Project = self.project  # type: ignore[assignment]
        readable = project.may_give_llm_values(module, self.source_names_sdk)
        if lazy and readable and module.file is not None:
            # its bytes may tell a def or class, or that a package leaves the name to its submodule
            kind = project.definition(module.file, name)
            if kind:
                return Defined(module, name, bool(kind & prefilter.FUNCTION), submodule)
            found = None if submodule is None or project.binds(module.file, name) else project.submodule(module, name)
            if found is not None:
                return ModuleRef(found, submodule)  # type: ignore[arg-type]
        scopes = self._scopes_of(module.file) if readable else None
        root = None if scopes is None else scopes.root
        if root is not None and name in root.bindings:
            return self._pick([self._binding_value(b, depth) for b in root.bindings[name]])
        found = None if submodule is None else self.project.submodule(module, name)  # type: ignore[union-attr]
        if found is not None:
            return ModuleRef(found, submodule)  # type: ignore[arg-type]
        if root is None:
            return None
        for position in self._star_positions(root, name):
            value = self._imported(root.star_imports[position], root, depth, whole=True)
            if isinstance(value, ModuleRef) and self._star_gives(value.module, name):
                found = self._export(value.module, name, depth + _MODULE_HOP)
                if found is not None:
                    return found
        hook = root.bindings.get('__getattr__')  # PEP 562: a lazy attribute
        if hook and hook[-1].kind == 'function':
            return self._dynamic_attribute(hook[-1].target, name, depth)  # type: ignore[arg-type]
        return None

    def _dynamic_attribute(self, function: Scope, name: str, depth: int) -> Value:
        """What a ``__getattr__`` returns for ``name``: ``getattr(module, name)`` is that
        module's ``name``; anything else is what it evaluates to.

        Memoised per name and context, so wrappers handing names on to each other (several
        ``return getattr(self.inner, name)`` each) are resolved once per name.  Asked again for
        ``name`` while it resolves it (``getattr(self, name)``, or a wrapper's
        ``getattr(self.wrapped, name)`` where ``wrapped`` is of a class it derives from), it is
        unknown there: Python would recurse without end too.
        """
        key = (id(function), name, id(self._dispatch), self._context, self.follow)
        if key in self._hooks:
            value = self._hooks[key]
            if value is None:
                self._unsettled += 1
                return UNKNOWN
            return value
        self._hooks[key] = None
        depth += 1  # a hop: a chain of wrappers, each delegating to the next, ends at _MAX_DEPTH
        values = []
        # resolved as called with the name: ``_LAZY[name]()`` is that entry's
        with self._inside((function, self._getattr_call(function, name), function)):
            for returned in self._live_returns(function, depth):
                if isinstance(returned, ast.Call) and last_name(returned.func) == 'getattr' and returned.args:
                    values.append(self._attribute(self.resolve(returned.args[0], function, depth), name, depth))
                else:
                    values.append(self.resolve(returned, function, depth))
        value = self._hooks[key] = self._pick(values)
        return value

    def _getattr_call(self, function: Scope, name: str) -> ast.Call:
        """``x.__getattr__(name)`` for the hook ``function``."""
        return self._made(('getattr', function, name), lambda: ast.Call(
            func=ast.Attribute(value=ast.Name(id='x', ctx=ast.Load()), attr='__getattr__', ctx=ast.Load()),
            args=[ast.Constant(name)], keywords=[],
        ))

    def _class_attribute(self, cls: Scope, name: str, depth: int) -> Value:
        """``self.<name>`` in ``cls``, looked up from the most derived class being resolved.

        ``self.client = self.create_client()`` in a base class means the subclass's
        ``create_client`` when the call is in (or on) the subclass.
        """
        outer = self._dispatch
        start = outer if outer is not None and cls in self._mro(outer, depth) else cls
        self._dispatch = start
        try:
            for klass in self._mro(start, depth):
                value = self._own_attribute(klass, name, depth)
                if value != UNKNOWN:
                    return value
            for klass in self._mro(start, depth):  # a lazy wrapper: ``def __getattr__(self, name)``
                hook = klass.bindings.get('__getattr__')
                if hook and hook[-1].kind == 'function':
                    return self._dynamic_attribute(hook[-1].target, name, depth)  # type: ignore[arg-type]
        finally:
            self._dispatch = outer
        return self._subclass_attribute(start, name, depth) or Opaque((name,))

    def _subclass_attribute(self, cls: Scope, name: str, depth: int) -> Value | None:
        """``self.<name>`` that ``cls`` and its bases leave to the subclasses in its module: an
        abstract ``Backend`` calling ``self.client.embeddings.create`` where ``OpenAIBackend``
        sets ``self.client = OpenAI()`` or passes it to ``super().__init__``.  The first SDK
        value one of the first ``_SUBCLASSES`` setting it, or making an ``__init__``, gives; None
        if none does."""
        if self._subclassing:  # one class down: a subclass's lookup does not descend again
            return None
        self._subclassing = True
        try:
            for sub, _ in zip(cls.module.subclasses(cls), range(_SUBCLASSES)):
                if name not in sub.bindings and name not in sub.attrs and '__init__' not in sub.bindings:
                    continue
                # ``super().__init__(OpenAI())``: its arguments are what __init__ is given
                with self._inside(self._super_init(sub, depth)):
                    value = self._class_attribute(sub, name, depth + 1)
                if _is_sdk(value):
                    return value
        finally:
            self._subclassing = False
        return None

    def _super_init(self, sub: Scope, depth: int) -> tuple[Scope, ast.Call, Scope] | None:
        """``(the base's __init__, the call, sub's __init__)`` for ``super().__init__(...)`` in the
        ``__init__`` of the class ``sub``, or None; once per class."""
        key = (id(sub), self.follow)
        if key not in self._super_inits:
            self._super_inits[key] = None
            init = sub.bindings.get('__init__')
            base = next((b.bindings['__init__'][-1] for b in self._mro(sub, depth)[1:] if '__init__' in b.bindings), None)
            if init and init[-1].kind == 'function' and base is not None and base.kind == 'function':
                scope: Scope = init[-1].target  # type: ignore[assignment]
                for node in ast.walk(scope.node):  # type: ignore[arg-type]
                    func = node.func if isinstance(node, ast.Call) else None
                    if isinstance(func, ast.Attribute) and func.attr == '__init__' and isinstance(func.value, ast.Call):
                        if isinstance(func.value.func, ast.Name) and func.value.func.id == 'super':
                            self._super_inits[key] = (base.target, node, scope)  # type: ignore[assignment]
                            break
        return self._super_inits[key]

    def _own_attribute(self, cls: Scope, name: str, depth: int) -> Value:
        self._spend(1)
        values = []
        for binding in [*cls.bindings.get(name, ()), *cls.attrs.get(name, ())]:
            if binding.kind == 'function':
                function: Scope = binding.target  # type: ignore[assignment]
                decorators = function.node.decorator_list  # type: ignore[union-attr]
                if any(last_name(d).endswith(_PROPERTY_DECORATOR_END) for d in decorators):
                    values.append(self._returns(function, depth))
                else:
                    values.append(Function(function))
            else:
                values.append(self._binding_value(binding, depth))
        value = self._pick(values)
        if value != UNKNOWN:
            return value
        # an SDK client subclassed in this file: ``class Client(OpenAI)``
        for resolved in self._imported_bases(cls, depth):
            if instance := self._instantiate(resolved.name):
                return self._attribute(instance, name, depth)
            if name == 'conn' and resolved.name in (catalogue.AIRFLOW_AWS_HOOK, *catalogue.AIRFLOW_HOOKS):
                # an Airflow hook of the repository: ``client_type = "bedrock-runtime"``, or its base's
                kind = [b for b in cls.bindings.get('client_type', ()) if b.kind == 'value']
                service = self._literal(kind[-1].target, cls, depth)[0] if kind else ''  # type: ignore[arg-type]
                made = catalogue.SERVICE_CLIENTS.get(service) or catalogue.AIRFLOW_HOOKS.get(resolved.name)
                if made is not None:
                    return Instance(made, ())
        return UNKNOWN

    def _kept_on(self, cls: Scope, name: str, depth: int) -> Value | None:
        """The attribute ``name`` the module defining ``cls`` gives the object of it it makes at
        its top (``STATE = _PluginState()``), there or in a function (``STATE.anthropic =
        get_anthropic()`` in ``plugin_loaded``): the first SDK client it is given; None if none.
        Such an object is mostly the class's one instance, so any instance stands for it."""
        root = cls.parent
        if root is None or root.kind != 'module':
            return None
        key = (id(cls), name)
        if key in self._kept:  # once per class and name, not per read
            return self._kept[key]
        self._kept[key] = None  # a store reading the attribute itself, in a cycle
        unsettled = self._unsettled
        found = None
        owners = self._top_instances(cls, root)
        given = root.module.name_attr_stores.get(name, ())
        for owner, b in [(owner, b) for owner in owners for stored, b in given if stored == owner]:
            self._spend(1)
            # a store into the module's object, not into a function's own name
            if b.scope is root or self.lookup(owner, b.scope) is root.bindings.get(owner):  # type: ignore[arg-type]
                value = self.resolve(b.target, b.scope, depth + 1)  # type: ignore[arg-type]
                if _is_client(value) and _is_sdk(value):
                    found = value
                    break
        if found is None and owners:
            found = self._kept_elsewhere(cls, name, depth)
        if self._unsettled == unsettled:  # not cut short by a cycle: the same in every context
            self._kept[key] = found
        else:
            del self._kept[key]
        return found

    def _kept_elsewhere(self, cls: Scope, name: str, depth: int) -> Value | None:
        """The attribute ``name`` a module wiring the one defining ``cls`` (``_wiring``) gives
        an object of it, through any name (``clients = state.CLIENTS``, then ``clients.anthropic
        = get_anthropic_client()`` in a server's start-up hook): the first SDK client; None."""
        for module in self._wiring(cls.module, name)[1:]:
            stores = module.name_attr_stores.get(name, ())
            self._spend(len(stores))
            for owner, b in stores:
                bindings = self.lookup(owner, b.scope)  # type: ignore[arg-type]
                made = self._picked(bindings, depth + 1) if isinstance(bindings, list) else bindings
                if isinstance(made, Defined) and not made.function:
                    made = self.parsed(made, depth + _MODULE_HOP)
                if type(made) is SelfOf and made.scope is cls:
                    value = self.resolve(b.target, b.scope, depth + 1)  # type: ignore[arg-type]
                    if _is_client(value) and _is_sdk(value):
                        return value
        return None

    def _top_instances(self, cls: Scope, root: Scope) -> list[str]:
        """The names ``root`` (the module's scope) binds to a construction of ``cls`` by its
        name (the module's constructions by name are listed once)."""
        found = self._top_named.get(id(root))
        if found is None:
            by_name: dict[str, list[str]] = {}
            for n, bindings in root.bindings.items():
                for b in bindings:
                    if b.kind == 'value' and type(b.target) is ast.Call and type(b.target.func) is ast.Name:
                        by_name.setdefault(b.target.func.id, []).append(n)
            found = self._top_named[id(root)] = (by_name, root)
        return found[0].get(cls.node.name, [])  # type: ignore[union-attr]

    def _injected(self, instance: SelfOf, name: str, depth: int) -> Value | None:
        """The attribute ``name`` of an instance made by a known call, from what that call passed:
        ``self.client = client`` in ``__init__`` (``Service(OpenAI())``), or a dataclass-style
        field set by keyword (``Deps(llm=OpenAI())``); None if it passed nothing for it."""
        call, where = instance.origin  # type: ignore[misc]
        for cls in self._mro(instance.scope, depth):
            init = cls.bindings.get('__init__')
            if init:
                function = init[-1].target
                if init[-1].kind != 'function':
                    return None
                for binding in cls.attrs.get(name, ()):
                    target = binding.target
                    parameter = _parameter(function, target.id) if binding.scope is function and isinstance(target, ast.Name) else None  # type: ignore[arg-type]
                    passed = None if parameter is None else _passed(function, call, parameter, bound=True)  # type: ignore[arg-type]
                    if passed is not None:
                        return self.resolve(passed, where, depth + 1)
                return None
        if any(b.kind == 'annotation' for b in instance.scope.bindings.get(name, ())):  # a field
            passed = next((k.value for k in call.keywords if k.arg == name), None)
            return None if passed is None else self.resolve(passed, where, depth + 1)
        return None

    def _imported_bases(self, cls: Scope, depth: int) -> list[Imported]:
        """The base classes of ``cls`` imported from outside the repository, once per class (a
        lookup walks the bases of each class it passes: a deep hierarchy walked from each of its
        classes resolved them again for each)."""
        key = (id(cls), self.follow)
        if key not in self._outside_bases:
            resolved = (self.resolve(base, cls.parent, depth) for base in cls.node.bases)  # type: ignore[union-attr,arg-type]
            self._outside_bases[key] = [value for value in resolved if isinstance(value, Imported)]
        return self._outside_bases[key]

    def _mro(self, cls: Scope, depth: int) -> list[Scope]:
        """``cls`` and its base classes defined in this file, depth first, the first
        ``_MRO_CLASSES`` of them."""
        order = self._mros.get((id(cls), self.follow))
        if order is None:
            self._mros[(id(cls), self.follow)] = [cls]  # a cyclic hierarchy stops here
            order = [cls]
            for base in cls.node.bases:  # type: ignore[union-attr]
                resolved = self._definition(base, cls.parent, depth)  # type: ignore[arg-type]
                if isinstance(resolved, SelfOf) and resolved.scope.kind == 'class':
                    order += [k for k in self._mro(resolved.scope, depth + 1) if k not in order]
            order = self._mros[(id(cls), self.follow)] = order[:_MRO_CLASSES]
        return order

    def _returns(self, function: Scope, depth: int) -> Value:
        value = self._returned(self._live_returns(function, depth), function, depth)
        annotation = getattr(function.node, 'returns', None)
        # ``def client(self) -> OpenAI: ...``; ``def get_app(ctx) -> AppContext: return
        # ctx.request_context.lifespan_context``; ``def openai_client() -> AsyncOpenAI: return
        # current_app.openai_client``; cleo's ``def app(self) -> DocsApplication: return
        # self.application``: what is returned is unknown, a path on something unknown or from
        # outside the catalogue, or an application's state: the declared type tells more
        if annotation is not None and (
            value == UNKNOWN or isinstance(value, (Foreign, Opaque, Application)) or type(value) is Imported and not _in_sdk(value.name)
        ):
            declared = self._annotation(annotation, function.parent, depth)  # type: ignore[arg-type]
            if isinstance(declared, Imported):
                return self._instantiate(declared.name) or value
            if isinstance(declared, (SelfOf, Defined)):  # a class of the repository
                return declared
        return value

    def _returned(self, returns: list[ast.expr], function: Scope, depth: int) -> Value:
        """The first known value of ``returns``; when it is an SDK client, with the clients
        the others return too (``if provider == "openai": return OpenAI()`` ... ``return
        anthropic.Anthropic()``: either, the provider not known).  An unknown entry of a cache
        or of overrides (``if name in self._overrides: return self._overrides[name]``) is
        passed over for a client returned after it (``return self.providers[name]()``)."""
        values = iter(returns)
        passed = None
        for expr in values:
            value = self.resolve(expr, function, depth)
            if value != UNKNOWN:
                if type(value) is Instance and not value.path:
                    return self._pick([value, *(self.resolve(e, function, depth) for e in values)])
                if passed is None and type(expr) is ast.Subscript and type(value) is Opaque:
                    passed = value
                    continue
                return value if passed is None else passed
        return UNKNOWN if passed is None else passed

    def _live_returns(self, function: Scope, depth: int) -> list[ast.expr]:
        """What ``function`` may return when called as the call being resolved: a return under an
        ``if`` the call's literal argument makes false is left out (``get_client("groq")``)."""
        returns = function.returns
        if not (self._calls and self._calls[-1][0] is function and len(returns) > 1):
            return returns
        call = self._calls[-1][1]
        if not any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (*call.args, *[k.value for k in call.keywords])):
            return returns  # no literal passed: no branch can be told apart
        conditions = self._conditions(function)
        live = [r for r in returns if not any(self._false(t, w, function, depth) for t, w in conditions.get(id(r), ()))]
        if len(live) < len(returns):  # its names are read as bound in the branch they are read in
            self._branched.add(id(function))
        return live

    def _conditions(self, function: Scope) -> dict[int, list[tuple[ast.expr, bool]]]:
        """The ``if`` tests each return of ``function`` is under (by the id of the value it
        returns), each with whether the return is in its body (True) or its ``else``."""
        key = id(function)
        if key not in self._guards_of_returns:
            found: dict[int, list[tuple[ast.expr, bool]]] = {}
            stack: list[tuple[ast.stmt, list[tuple[ast.expr, bool]]]] = [(s, []) for s in function.node.body]  # type: ignore[union-attr]
            while stack:
                statement, tests = stack.pop()
                if isinstance(statement, ast.Return) and statement.value is not None:
                    found[id(statement.value)] = tests
                elif isinstance(statement, ast.If):
                    stack += [(s, [*tests, (statement.test, True)]) for s in statement.body]
                    stack += [(s, [*tests, (statement.test, False)]) for s in statement.orelse]
                elif not isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    for field in ('body', 'orelse', 'finalbody', 'handlers'):
                        stack += [(s, tests) for s in getattr(statement, field, ()) if isinstance(s, (ast.stmt, ast.ExceptHandler))]
            self._guards_of_returns[key] = found
        return self._guards_of_returns[key]

    def _false(self, test: ast.expr, holds: bool, function: Scope, depth: int) -> bool:
        """True when ``test`` (``name == "k"``, ``name in ("a", "b")``, negated with ``!=`` or
        ``not in``, ``name.startswith("k")`` or ``endswith``, any of them after ``not``) is known
        to be ``not holds`` for the literal the call being resolved passes."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            return self._false(test.operand, not holds, function, depth)
        if isinstance(test, ast.Call) and type(test.func) is ast.Attribute and test.func.attr in ('startswith', 'endswith'):
            name = test.func.value
            if len(test.args) != 1 or test.keywords or not (isinstance(name, ast.Name) and _is_parameter(function, name.id)):
                return False
            affixes = test.args[0].elts if isinstance(test.args[0], ast.Tuple) else [test.args[0]]
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in affixes):
                return False
            text, whole = self._literal(name, function, depth)
            return whole and any(getattr(text, test.func.attr)(a.value) for a in affixes) != holds  # type: ignore[attr-defined]
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.left, ast.Name)):
            return False
        if not _is_parameter(function, test.left.id):
            return False
        op, against = test.ops[0], test.comparators[0]
        text, whole = self._literal(test.left, function, depth)
        if not whole:
            return False
        if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(against, ast.Constant) and isinstance(against.value, str):
            equal = text == against.value
        elif isinstance(op, (ast.In, ast.NotIn)) and isinstance(against, (ast.Tuple, ast.List, ast.Set)):
            if not all(isinstance(e, ast.Constant) for e in against.elts):
                return False
            equal = text in [e.value for e in against.elts]  # type: ignore[attr-defined]
        else:
            return False
        return equal != (holds if isinstance(op, (ast.Eq, ast.In)) else not holds)

    def _instance_of(self, declared: ast.expr, scope: Scope, depth: int) -> Value:
        """An instance of the class the annotation ``declared`` names (a class of the
        repository stands for its instances too)."""
        value = self._annotation(declared, scope, depth)
        return (self._instantiate(value.name) or _foreign(value.name)) if isinstance(value, Imported) else value

    def _located(self, wanted: ast.expr, scope: Scope, depth: int) -> Value:
        """What an svcs container gives for the type ``wanted`` (in ``scope``): what the
        factory a registry registers for it makes, or the value registered
        (``registry.register_factory(LocalLLM, make_ollama)``, ``svcs.flask.register_value(app,
        genai.Client, client)``), in the first of the modules near it registering any; else an
        instance of the type.  A type is the one registered when it is spelt with the same
        last name and resolves alike (``OpenAI`` and ``openai.OpenAI``; an alias
        ``LocalLLM = Annotated[OpenAI, "ollama"]`` is another key)."""
        if self.project is not None and scope.module.path:
            key = (last_name(wanted), self.resolve(wanted, scope, depth))
            modules = self._registering.get(scope.module.path)
            if modules is None:  # once per module, not per lookup
                nearby = self.project.nearby(scope.module.path)
                modules = self._registering[scope.module.path] = [
                    m for m in nearby if any(self.project.mentions(m, r) for r in _SVCS_REGISTRATIONS)
                ][:_CALLERS]
            for module in modules:
                scopes = self._scopes_of(module)
                # read up to the first registering the type, a step each, not listed per lookup
                for call in () if scopes is None else (c for r in _SVCS_REGISTRATIONS for c in scopes.called(r)):
                    self._spend(1)
                    # ``registry.register_factory(T, f)``; a framework's helper takes the application first
                    helper = isinstance(self.resolve(call.node.func, call.scope, depth), Imported)
                    given = call.node.args[helper:helper + 2]
                    if len(given) < 2 or (last_name(given[0]), self.resolve(given[0], call.scope, depth)) != key:
                        continue
                    if last_name(call.node.func) == 'register_value':
                        return self.resolve(given[1], call.scope, depth + _MODULE_HOP)
                    return self._call_result(self._call_of(given[1]), call.scope, depth + _MODULE_HOP)
        return self._instance_of(wanted, scope, depth)

    def _salt_utility(self, key: str, scope: Scope, depth: int) -> Value:
        """What ``__utils__[key]`` gives in a Salt module (``__utils__["llm_clients.get_client"]``):
        the function of the utility module the loader names so (``Project.salt_utility``)."""
        name, _, function = key.partition('.')
        found = self.project.salt_utility(scope.module.path, name) if self.project is not None and scope.module.path else None
        if found is None or not function.isidentifier():
            return UNKNOWN
        return self._loaded_member(found, name, function, depth)

    def _loaded_member(self, path: str, name: str, member: str, depth: int) -> Value:
        """``member`` of the repository module ``path`` that a framework's loader gives by
        ``name`` (``Project.loaded_modules``), one module hop deeper."""
        return self._member(ModuleRef(ModuleFile(path, None), name), member, depth + _MODULE_HOP, False)

    def _buildbot_service(self, named: ast.expr, scope: Scope, depth: int) -> Value | None:
        """The Buildbot service a master's ``namedServices[named]`` gives: an instance of the
        class whose ``name`` says so (``class LLMClientService(BuildbotService): name = "llm"``),
        in this module or the first ``_CALLERS`` modules near it defining a ``BuildbotService``;
        None if none does."""
        key = self._key(named, scope, depth)
        modules = [scope.module.path]
        if self.project is not None and scope.module.path:
            nearby = [m for m in self.project.nearby(scope.module.path) if self.project.mentions(m, 'BuildbotService')]
            modules += nearby[:_CALLERS]
        for path in modules if key is not None else ():
            module = scope.module if path == scope.module.path else self._scopes_of(path)
            for cls in () if module is None else module.scopes:
                bound = cls.bindings.get('name', ()) if cls.kind == 'class' else ()
                if len(bound) == 1 and bound[0].kind == 'value' and self._key(bound[0].target, cls, depth) == key:  # type: ignore[arg-type]
                    return SelfOf(cls)
        return None

    def _robot_library(self, named: ast.expr, scope: Scope, depth: int) -> Value | None:
        """The instance of the Robot Framework library ``BuiltIn().get_library_instance(named)``
        gives: the class of its module named as the library (``LLMLibrary`` of ``LLMLibrary.py``),
        else the module itself; None if it is not known."""
        key = self._key(named, scope, depth)
        name = None if key is None else key.rpartition('.')[2]
        found = None if not name or not name.isidentifier() else self.project.robot_library(scope.module.path, name)  # type: ignore[union-attr, arg-type]
        if found is None:
            return None
        value = self._loaded_member(found, name, name, depth)  # type: ignore[arg-type]
        return ModuleRef(ModuleFile(found, None), name) if value == UNKNOWN else value  # type: ignore[arg-type]

    def _appdaemon_app(self, named: ast.expr, scope: Scope, depth: int) -> Value | None:
        """An instance of the AppDaemon app ``self.get_app(named)`` gives (``Project.appdaemon_app``),
        None if it is not known."""
        key = self._key(named, scope, depth)
        made = None if key is None else self.project.appdaemon_app(scope.module.path, key)  # type: ignore[union-attr, arg-type]
        if made is None or not made[1].isidentifier():
            return None
        module, cls = made
        value = self._loaded_member(module, os.path.basename(module)[:-3], cls, depth)
        return None if value == UNKNOWN else value

    def _zcml_utility(self, call: ast.Call, scope: Scope, depth: int) -> Value | None:
        """What Zope's ``getUtility(IFace, name=...)`` (``queryUtility``) gives: the utility a
        ZCML file at or above the module registers for the interface (by its last name) and
        the name (``<utility provides=".interfaces.IFace" name="anthropic"
        factory=".utilities.AnthropicProvider" />``): an instance of its factory, or its
        component; None if none is registered so or it is not found."""
        interface = call.args[0] if call.args else argument(call, -1, 'provided') or argument(call, -1, 'interface')
        named = call.args[1] if len(call.args) > 1 else argument(call, -1, 'name')
        key = '' if named is None else self._key(named, scope, depth)
        if type(interface) not in (ast.Name, ast.Attribute) or key is None:
            return None
        wanted = last_name(interface)  # type: ignore[arg-type]
        for directory, attributes in self.project.zcml_utilities(scope.module.path):  # type: ignore[union-attr, arg-type]
            self._spend(1)
            if attributes.get('provides', '').rpartition('.')[2] != wanted or attributes.get('name', '') != key:
                continue
            dotted = attributes.get('factory') or attributes.get('component') or ''
            module_path, _, name = dotted.rpartition('.')
            level = len(module_path) - len(module_path.lstrip('.'))
            parts = [p for p in module_path.lstrip('.').split('.') if p]
            importer = os.path.join(directory, '__init__.py')
            module = self.project.relative(level, importer) if level else self.project.absolute(parts, importer) if parts else None  # type: ignore[union-attr]
            for part in parts:  # what ``absolute`` left of the dotted module
                module = None if module is None else self.project.submodule(module, part)  # type: ignore[union-attr]
            if module is None or not name.isidentifier():
                return None
            value = self._member(ModuleRef(module, module_path), name, depth + _MODULE_HOP, False)
            if 'factory' in attributes and isinstance(value, Function):
                return self._returns(value.scope, depth + _MODULE_HOP)
            return value  # a class (its instance) or the component itself
        return None

    @staticmethod
    def _instantiate(name: str, origin: tuple[ast.Call, Scope] | None = None) -> Instance | None:
        if name in CONSTRUCTORS or name in catalogue.SESSION_CONSTRUCTORS or name in catalogue.HTTP_CLIENTS:
            return Instance(name, (), origin)
        return None

    def _call_result(self, call: ast.Call, scope: Scope, depth: int) -> Value:
        if call.args and type(call.func) is ast.Attribute and call.func.attr in catalogue.ENTERING_CALLS:
            return self.resolve(call.args[0], scope, depth)
        if (
            type(call.func) is ast.Attribute and call.func.attr in _LOOKUPS and self.project is not None and scope.module.path
            and (call.func.attr != 'make' or scope.module.imports_root('masonite'))
        ):
            # Pyramid's ``request.registry.getUtility(IOpenAI)``, ``request.find_service(IOpenAI)``;
            # Masonite's ``request.app.make("ai.openai")``
            stored = registered(call.func.attr, call)
            value = UNKNOWN if stored is None else self._app_state(stored, scope.module.path, depth)
            if value != UNKNOWN:
                return value
        if (
            type(call.func) is ast.Attribute and call.func.attr == 'get_app' and len(call.args) == 1 and self.project is not None
            and scope.module.path and scope.module.imports_root(*_APPDAEMON)
        ):
            app = self._appdaemon_app(call.args[0], scope, depth)
            if app is not None:
                return app
        if (
            type(call.func) is ast.Attribute and call.func.attr == 'get_library_instance' and len(call.args) == 1
            and self.project is not None and scope.module.path and scope.module.imports_root('robot')
        ):
            library = self._robot_library(call.args[0], scope, depth)
            if library is not None:
                return library
        if call.args and type(call.func) is ast.Attribute and call.func.attr == 'get':
            # ``clients.get("groq")`` of a dict literal: that entry, as ``clients["groq"]``
            key = self._key(call.args[0], scope, depth)
            entry = None if key is None else self._entry(call.func.value, key, scope, depth)
            if entry is not None:
                return UNKNOWN if entry is ABSENT else entry
            if entry is None and type(call.func.value) is ast.Dict:  # ``{"openai": get_openai, ...}.get(provider, default)``: any
                return self._pick([self.resolve(call.func.value, scope, depth), *(self.resolve(a, scope, depth) for a in call.args[1:2])])

        func = self.resolve(call.func, scope, depth)
        if func == _GETATTR and len(call.args) > 1:  # ``getattr(self, name, None)``: that attribute, its name known
            name, whole = self._literal(call.args[1], scope, depth)
            if whole and name.isidentifier():
                return self._attribute(self.resolve(call.args[0], scope, depth), name, depth)
        if isinstance(func, Defined):  # an instance of a class is known without parsing it
            if not func.function:
                return func._replace(origin=(call, scope)) if call.args or call.keywords else func
            func = self.parsed(func, depth)
        if isinstance(func, Imported):
            if func.name in catalogue.SERVICE_FACTORIES:
                return self._service_client(call)
            if func.name in _ZOPE_LOOKUPS and self.project is not None and scope.module.path:
                utility = self._zcml_utility(call, scope, depth)  # ``getUtility(IAIClientProvider, name="anthropic")``
                if utility is not None:
                    return utility
            if func.name in _SVCS_HELPERS and len(call.args) == _SVCS_HELPERS[func.name] + 1:
                return self._located(call.args[-1], scope, depth)  # ``svcs.flask.get(OpenAI)``
            if func.name in catalogue.RESULT_TYPES:
                return Instance(catalogue.RESULT_TYPES[func.name], (), (call, scope))
            if func.name == _NAMESPACE.name:
                return _NAMESPACE
            if call.args and func.name in _MODULE_BY_NAME:  # also ``sys.modules.get("openai")``
                module, whole = self._literal(call.args[0], scope, depth)
                if whole and module:
                    return Imported(module)
            if func.name in _PROXIES and len(call.args) == 1:  # ``LocalProxy(_get_ai)``: what it returns
                return self._call_result(self._call_of(call.args[0]), scope, depth)
            if func.name == _AS_CACHED and len(call.args) > 1:  # ``pn.state.as_cached(key, make_client)``: what it makes
                return self._call_result(self._call_of(call.args[1]), scope, depth)
            if func.name == _CLASS_SELECTOR and (declared := argument(call, 0, 'class_')) is not None:
                return self._instance_of(declared, scope, depth)  # ``param.ClassSelector(class_=anthropic.Anthropic)``
            if func.name in _FIELDS:  # what the field holds: what its factory makes, or its default
                factory = argument(call, -1, 'default_factory')
                if factory is not None:
                    return self._call_result(self._call_of(factory), scope, depth)
                default = _field_default(call, func.name)
                return UNKNOWN if default is None else self.resolve(default, scope, depth)
            if func.name == _APP_CONFIG and len(call.args) == 1 and last_name(call.func) == 'get_app_config':
                return self._app_config(call.args[0], scope)
            if call.args and (func.name == 'functools.partial' or func.name in catalogue.CALLING_PROVIDERS):
                # a stored, pre-bound function, or a provider calling it
                return self.resolve(call.args[0], scope, depth)
            if len(call.args) == 2 and func.name in ('typing.NewType', 'typing_extensions.NewType'):
                return self._annotation(call.args[1], scope, depth)  # ``GraniteChat = NewType("GraniteChat", ModelInference)``
            if len(call.args) == 2 and func.name in ('typing.cast', 'typing_extensions.cast'):
                declared = self._annotation(call.args[0], scope, depth)
                if isinstance(declared, Imported) and (instance := self._instantiate(declared.name)):
                    return instance
                return self.resolve(call.args[1], scope, depth)
            made = self._instantiate(func.name, (call, scope))
            if made is not None and func.others:
                return made._replace(others=tuple((name, (call, scope)) for name in func.others))
            return made or _foreign(func.name)
        if type(func) is Foreign and func.path == ('get_conn',) and func.name in catalogue.AIRFLOW_HOOKS:
            return Instance(catalogue.AIRFLOW_HOOKS[func.name], (), (call, scope))  # ``OpenAIHook(conn_id).get_conn()``
        if type(func) is Foreign and func.name == _INJECTOR and func.path == ('get',) and len(call.args) == 1:
            return self._instance_of(call.args[0], scope, depth)  # python-injector's ``injector.get(GraniteChat)``
        if type(func) is Foreign and func.name in _SVCS_CONTAINERS and len(func.path) == 1 and func.path[0] in _SVCS_GETTERS and len(call.args) == 1:
            return self._located(call.args[0], scope, depth)  # ``container.get(OpenAI)``
        if isinstance(func, Instance) and func.path:
            if func.path[-1] in catalogue.TRANSPARENT_CALLS:
                return func._replace(path=func.path[:-1])
            if func.constructor in catalogue.SESSION_CONSTRUCTORS and len(func.path) == 1 and func.path[0] in catalogue.SESSION_FACTORIES:
                return self._service_client(call)
            result = catalogue.RESULT_TYPES.get('.'.join((func.constructor, *func.path)))
            if result is not None:
                return Instance(result, (), (call, scope))
        if type(func) is Opaque and func.path[-2:] in _RESULT_PATHS and any(k.arg in catalogue.MODEL_KEYWORDS for k in call.keywords):
            # ``chat = self.genai.chats.create(model=...)``, the client given by code the
            # resolver does not read, in a module importing google.genai: a Chat
            result = _RESULT_PATHS[func.path[-2:]]
            modules = tuple(m + '.' for m in CONSTRUCTORS[result].modules)
            if any((m + '.').startswith(modules) for m in scope.module.imported_modules):
                return Instance(result, (), (call, scope))
        if isinstance(func, (Opaque, Foreign)) and func.path and func.path[-1] in catalogue.TRANSPARENT_CALLS:
            return func._replace(path=func.path[:-1])
        if isinstance(func, (Opaque, Foreign)) and func.path[-1:] and func.path[-1] in catalogue.SESSION_FACTORIES:
            # ``session.client("bedrock-runtime")``: the service name is evidence enough
            service = self._service_client(call)
            if isinstance(service, Instance):
                return service
        if isinstance(func, Function):
            method = func.scope.parent is not None and func.scope.parent.kind == 'class'
            if method and type(call.func) is ast.Attribute:  # ``pool.acquire()``: on which instance
                receiver = self.resolve(call.func.value, scope, depth)
                if isinstance(receiver, SelfOf) and receiver.origin is not None:
                    self._receivers[id(call)] = receiver.origin
            if func.others:
                return self._pick([self._returned_by(f, call, scope, depth) for f in (func.scope, *func.others)])
            return self._returned_by(func.scope, call, scope, depth)
        if isinstance(func, SelfOf) and func.scope.kind == 'class':
            return func._replace(origin=(call, scope)) if call.args or call.keywords else func._replace(origin=None)
        if func == Unbound('super'):  # the parent class's own implementation, not a client
            return Foreign('super')
        if func == Unbound('__import__') and call.args:  # the top-level package
            module, whole = self._literal(call.args[0], scope, depth)
            return Imported(module.partition('.')[0]) if whole and module else UNKNOWN
        if (
            type(func) in (Opaque, Foreign) and type(call.func) is ast.Attribute and call.func.attr == 'get'
            and len(call.args) == 1 and not call.keywords and type(call.args[0]) in (ast.Name, ast.Attribute)
        ):  # a container's ``get(AsyncOpenAI)`` (dishka, lagom, punq): an instance of the class
            wanted = self._definition(call.args[0], scope, depth)
            if type(wanted) is SelfOf and wanted.scope.kind == 'class' or type(wanted) is Imported and wanted.name in CONSTRUCTORS:
                return self._instance_of(call.args[0], scope, depth)
        return UNKNOWN

    def _app_config(self, label: ast.expr, scope: Scope) -> Value:
        """Django's ``apps.get_app_config("assistant")``: the ``AppConfig`` class of the app's
        ``assistant/apps.py`` (what its ``ready()`` sets on ``self``), for a label the project's
        gate read from the module's bytes too."""
        path = scope.module.path
        if self.project is None or not path or not isinstance(label, ast.Constant) or not isinstance(label.value, str):
            return UNKNOWN
        path = os.path.abspath(path)
        # the checked file's own bytes (an editor's buffer is what the gate read), else the module's
        labels = prefilter.app_config_labels(self.source) if scope.module is self.home and self.source else self.project.app_config_labels(path)
        if label.value not in labels:
            return UNKNOWN
        module = self.project.find(f'{label.value}.apps', path)
        if module is None or not self.project.may_give_llm_values(module, self.source_names_sdk):
            return UNKNOWN
        scopes = self._scopes_of(module.file)
        for bindings in [] if scopes is None else scopes.root.bindings.values():
            cls = bindings[-1].target
            if bindings[-1].kind == 'class' and any(last_name(b) == 'AppConfig' for b in cls.node.bases):  # type: ignore[union-attr]
                return SelfOf(cls)  # type: ignore[arg-type]
        return UNKNOWN

    def _returned_by(self, function: Scope, call: ast.Call, scope: Scope, depth: int) -> Value:
        """What calling ``function`` returns, its parameters bound to the call's arguments
        (``self._build(anthropic.Anthropic)`` into ``return cls(**kw)``)."""
        takes = self._takes_arguments.get(id(function))
        if takes is None:
            takes = any(b.kind == 'parameter' for bs in function.bindings.values() for b in bs)
            self._takes_arguments[id(function)] = takes
        if not (takes or id(call) in self._receivers) or self._call_budget <= 0 or any(f is function for f, _, _ in self._calls):
            return self._returns(function, depth)
        self._call_budget -= 1
        with self._inside((function, call, scope)):
            return self._returns(function, depth)

    def _receiver(self, binding: Binding) -> tuple[ast.Call, Scope] | None:
        """What made the instance the method being resolved into was called on, if known: its
        ``self`` (``binding``) is that instance there."""
        for function, call, _ in reversed(self._calls):
            args = getattr(function.node, 'args', None)
            first = [*args.posonlyargs, *args.args][:1] if args is not None else []
            if first and binding in function.bindings.get(first[0].arg, ()):
                return self._receivers.get(id(call))
        return None

    def _in_caller(self, parameter: Binding, evaluate, default):  # type: ignore[no-untyped-def]
        """``evaluate(argument, caller scope)`` for the argument the innermost call being
        resolved into ``parameter``'s function passes it; ``default`` if there is none."""
        for index in range(len(self._calls) - 1, -1, -1):
            function, call, caller = self._calls[index]
            if function is parameter.scope:
                self._read = min(self._read, index)
                passed = _passed(function, call, parameter.target)  # type: ignore[arg-type]
                if passed is None:
                    return default
                inner = self._calls, self._entered_from, self._context
                # the caller's own calls
                self._calls, self._entered_from, self._context = self._calls[:index], self._entered_from[:index], self._entered_from[index]
                try:
                    return evaluate(passed, caller)
                finally:
                    self._calls, self._entered_from, self._context = inner
        return default

    def _from_callers(self, parameter: Binding, depth: int) -> Value:
        """A parameter of a function (not a method), unannotated or annotated ``Any``, no call
        being resolved calls: the first SDK client that one of the first ``_CALLERS`` calls of it
        by name in its module passes
        (``embed_cohere(get_container().get("cohere"), texts)``); UNKNOWN if none does."""
        function: Scope = parameter.scope  # type: ignore[assignment]
        if function.parent is None or isinstance(function.node, ast.Lambda) and not self._tables(function):
            return UNKNOWN  # a lambda only as a dispatch table's value
        if self.project is not None and function.module.path and pytest_module(function.module.path):
            fixture = self._fixture(function, parameter.target.arg, depth)  # type: ignore[union-attr]
            if fixture is not None:
                return fixture
        if function.parent is function.module.root and _marimo_cell(function):
            return self._cell_defined(function, parameter.target.arg, depth)  # type: ignore[union-attr]
        configured = _configured(function, parameter.target.arg)  # type: ignore[union-attr]
        if configured is not None and self.project is not None and function.module.path:
            return self._app_state(REGISTRY + configured, function.module.path, depth)  # spaCy's ``@misc`` in a factory's config
        if parameter.target.arg == 'userdata' and self.project is not None and function.module.path and function.module.imports_root('paho'):
            # paho-mqtt's callbacks (``on_message(client, userdata, msg)``): what ``user_data_set`` was given
            return self._app_state(PAHO_USERDATA, function.module.path, depth)  # type: ignore[union-attr]
        annotation = parameter.target.annotation  # type: ignore[union-attr]
        # its declared type says what it is; a mapping's says not what it holds, nor a
        # callable's what it makes, where the class is made (``HelpdeskBot(SERVICES)`` for
        # ``services: Dict[str, object]``, ``AnthropicProvider(get_anthropic)`` for
        # ``client_factory: Callable[[], Any]``; any function's took litellm 18 MiB more)
        constructed = function.parent.kind == 'class' and function.node.name == '__init__'  # type: ignore[union-attr]
        declared = annotation.value if type(annotation) is ast.Subscript else annotation
        made = constructed and (_mapping(annotation) or last_name(declared) == 'Callable')  # type: ignore[arg-type]
        if annotation is not None and last_name(declared) not in _CALLER_TYPES and not made:  # type: ignore[arg-type]
            return UNKNOWN
        if function.parent.kind == 'class':
            # a method's callers are mostly other methods (on litellm: 2/3 of the cost, no finding)
            if function.node.name == 'initialize':  # type: ignore[union-attr]
                return self._from_routes(parameter, depth)
            if function.node.name == '__init__':  # type: ignore[union-attr]
                return self._from_constructions(parameter, depth)
            return self._from_self_calls(parameter, depth)
        if id(function) in self._seeking:  # a caller passing on its own parameter, in a cycle
            self._unsettled += 1
            return UNKNOWN
        given = self._given.get(id(parameter.target))
        if given is not None:
            return given
        decorators = [last_name(d) for d in getattr(function.node, 'decorator_list', ())]
        if 'pass_obj' in decorators and self.project is not None and function.module.path and _is_first(function, parameter.target):
            return self._app_state('click.obj', function.module.path, depth)  # Click's ``@click.pass_obj``
        if 'hookimpl' in decorators:
            return self._from_hook_calls(function, parameter.target, depth)  # type: ignore[arg-type]  # pluggy's
        # a function of the module's top level calling an endpoint on the parameter may be
        # given a client where the application is wired
        # or hands it to one doing so, whose callers are being read (``screen(client)`` calling
        # ``moderation_categories(client, text)``)
        makers = self._makers(function, parameter, self._endpoint_receivers, handed=bool(self._seeking))
        return self._given_by(function, parameter.target, lambda: self._passed_by_calls(function, parameter.target, makers, depth), depth)  # type: ignore[arg-type]

    def _given_by(self, function: Scope, target: ast.arg, passed: Callable[[], Iterator[tuple[ast.expr | None, Scope]]], depth: int) -> Value:
        """The first SDK client of what ``passed()`` (the expressions its callers pass
        ``target``, with their scopes) gives ``function``'s parameter, else the first object
        of the repository that may hold some (``generate(session, ...)`` of ``session =
        AISession.from_prefs(prefs)``), read with ``function`` being sought (a caller passing
        on its own parameter, in a cycle, gives nothing)."""
        unsettled = self._unsettled
        self._seeking.add(id(function))
        try:
            # a client is a name, an attribute or a call (not a literal, an f-string, a sum)
            found = _client_first(
                self.resolve(expr, caller, depth) if isinstance(expr, _CLIENT_EXPRESSIONS) else UNKNOWN for expr, caller in passed()
            )
        finally:
            self._seeking.discard(id(function))
        given = UNKNOWN if found is None else found
        if self._unsettled == unsettled:  # not cut short by a cycle: the same in every context
            self._given[id(target)] = given
        return given

    def _from_self_calls(self, parameter: Binding, depth: int) -> Value:
        """A parameter of a method that calls an endpoint on it (``def _summarize(self, client,
        model): client.messages.create(...)``): the first SDK client one of the first
        ``_CALLERS`` calls of it on ``self`` in its class's methods passes
        (``self._summarize(hook.get_conn(), model)``); UNKNOWN if none does.  Other callers
        are not read: on litellm they cost two thirds of the resolution and found nothing."""
        method: Scope = parameter.scope  # type: ignore[assignment]
        cls = method.parent
        target: ast.arg = parameter.target  # type: ignore[assignment]
        if target.arg not in self._endpoint_receivers(method) or id(method) in self._seeking:
            return UNKNOWN
        given = self._given.get(id(target))
        if given is not None:
            return given
        name = method.node.name  # type: ignore[union-attr]
        calls = [
            c for c in method.module.called(name)
            if type(c.node.func) is ast.Attribute and type(c.node.func.value) is ast.Name and c.node.func.value.id == 'self'
            and _method_of(c.scope) is cls
        ][:_CALLERS]
        self._spend(len(calls))
        return self._given_by(method, target, lambda: ((_passed(method, c.node, target, bound=True), c.scope) for c in calls), depth + 1)

    def _from_hook_calls(self, function: Scope, parameter: ast.arg, depth: int) -> Value:
        """A parameter of a pluggy hook implementation (``@hookimpl def embed(engine, texts)``):
        what the first of the first ``_CALLERS`` calls of the hook (``pm.hook.embed(engine=...,
        texts=...)``, by keyword), in the modules near its own (``project.nearby``), passes it;
        UNKNOWN if none passes an SDK client or an object of the repository."""
        name = function.node.name  # type: ignore[union-attr]
        if self.project is None or not function.module.path:
            return UNKNOWN
        self._given[id(parameter)] = UNKNOWN  # a hook's caller passing on what it is given, in a cycle
        spelt = 'hook.' + name
        modules = [m for m in self.project.nearby(function.module.path) if self.project.mentions(m, spelt)][:_CALLERS]
        calls = [c for m in modules for scopes in (self._scopes_of(m),) if scopes is not None for c in scopes.called(name)]
        self._spend(len(calls))
        for call in calls:
            func = call.node.func
            passed = argument(call.node, -1, parameter.arg) if type(func) is ast.Attribute and last_name(func.value) == 'hook' else None
            value = UNKNOWN if passed is None else self.resolve(passed, call.scope, depth + _MODULE_HOP)
            if _gives_clients(value):
                self._given[id(parameter)] = value
                break
        return self._given[id(parameter)]

    def _passed_by_calls(
        self, function: Scope, parameter: ast.arg, makers: list[ModuleScopes], depth: int,
    ) -> Iterator[tuple[ast.expr, Scope]]:
        """What the first ``_CALLERS`` calls of ``function`` by its name in the modules
        ``makers`` pass ``parameter``, with each caller's scope: only calls whose callee is it."""
        named = () if type(function.node) is ast.Lambda else function.node.name  # type: ignore[union-attr]
        # each call of it, with the dispatch table it is read from, or the call a hand-off makes of it
        candidates: list[tuple[Call, ast.expr | None, ast.Call | None]] = [(c, None, None) for m in makers for c in m.called(named)] if named else []
        tables = self._tables(function)
        if tables:  # ``RUNNERS[provider](client, prompt)``
            candidates += [
                (c, c.node.func.value, None) for m in makers for c in m.called('')  # type: ignore[attr-defined]
                if type(c.node.func) is ast.Subscript and last_name(c.node.func.value) in tables
            ]
            # ``backend = BACKENDS[provider]`` (or ``BACKENDS.get(provider)``), then ``backend(client, ...)``
            candidates += [
                (c, table, None) for m in makers for where, name, table in self._table_reads(m)
                if last_name(table) in tables for c in m.called(name) if c.scope is where and type(c.node.func) is ast.Name
            ]
        if named:  # ``pool.submit(explain, client, ...)``, ``with_retries(explain, client)``: handed to a call that calls it
            candidates += [(c, None, handed) for m in makers for c, handed in self._handoffs(m).get(named, ())]
            candidates += [
                (c, None, handed) for m in makers for c in self._handoffs(m).get((named,), ())[:_CALLERS]
                if (handed := self._forwarded(c, depth)) is not None
            ]
        candidates = candidates[:_CALLERS]
        self._spend(len(candidates))
        for call, table, handed in candidates:
            if handed is not None:
                called = self.resolve(handed.func, call.scope, depth)
                if isinstance(called, Defined):
                    called = self.parsed(called, depth + _MODULE_HOP)
                found = isinstance(called, Function) and _same_scope(called.scope, function)
                passed = _passed(function, handed, parameter) if found else None
                if passed is not None:
                    yield passed, call.scope
                continue
            if table is not None:
                found = self._holds(table, call.scope, function, depth)
            elif type(call.node.func) is ast.Attribute and _within(call.scope, function):
                # ``session.ollama.generate(...)`` in ``generate(session, ...)`` itself: not a call
                # of it, and resolving it would read the parameter being sought, in a cycle
                found = False
            else:
                called = self.resolve(call.node.func, call.scope, depth)
                if isinstance(called, Defined):
                    called = self.parsed(called, depth + _MODULE_HOP)
                found = isinstance(called, Function) and _same_scope(called.scope, function)
            passed = _passed(function, call.node, parameter) if found else None
            if passed is not None:
                yield passed, call.scope

    def _handoffs(self, module: ModuleScopes) -> dict:  # type: ignore[type-arg]
        """The hand-offs of ``module`` (``_handed``) by the last name of the callable each is
        given, with the call each makes of it; and by ``(name,)``, the other calls given a
        callable of that last name first and arguments after it (a helper may forward them:
        ``_forwarded``).  An argparse command's function is handed off too: given as
        ``parser.set_defaults(func=cmd_ask)``, called as ``args.func(args, ctx)``.  Once per
        module, not per function looked for."""
        found = self._handed_calls.get(id(module))
        if found is None:
            found = self._handed_calls[id(module)] = {}
            defaults: dict[str, list[ast.expr]] = {}  # the functions given to ``set_defaults``, by keyword
            for call in module.calls:
                node = call.node
                handed = _handed(node) if last_name(node.func) in _HANDOFFS else None
                if handed is not None:
                    found.setdefault(last_name(handed.func), []).append((call, handed))
                elif len(node.args) > 1 and type(node.args[0]) in (ast.Name, ast.Attribute):
                    found.setdefault((last_name(node.args[0]),), []).append(call)
                if type(node.func) is ast.Attribute and node.func.attr == 'set_defaults':
                    for k in node.keywords:
                        if k.arg and type(k.value) in (ast.Name, ast.Attribute):
                            defaults.setdefault(k.arg, []).append(k.value)
            dispatching: dict[str, list[Call]] = {}  # the first calls of ``args.<keyword>(...)``, by keyword
            for call in module.calls if defaults else ():
                func = call.node.func
                if type(func) is ast.Attribute and func.attr in defaults and len(dispatching.setdefault(func.attr, [])) < _CALLERS:
                    dispatching[func.attr].append(call)
            for keyword, calls in dispatching.items():
                for fn, call in ((f, c) for f in defaults[keyword] for c in calls):
                    node = call.node
                    found.setdefault(last_name(fn), []).append((call, self._made(
                        ('dispatched', node, fn), lambda fn=fn, node=node: ast.Call(func=fn, args=node.args, keywords=node.keywords),
                    )))
        return found

    def _forwarded(self, call: Call, depth: int) -> ast.Call | None:
        """The call of its first argument that ``call`` makes, when it calls a repository
        function forwarding its other arguments to it (``def with_retries(fn, *args, **kwargs):
        ... return fn(*args, **kwargs)``): ``explain(client, text)`` for ``with_retries(explain,
        client, text)``; None otherwise."""
        called = self.resolve(call.node.func, call.scope, depth)
        if isinstance(called, Defined) and called.function:
            called = self.parsed(called, depth + _MODULE_HOP)
        forwards = _forwarding(called.scope) if type(called) is Function else None
        if forwards is None:
            return None
        node = call.node
        return self._made(('forwarded', node), lambda: ast.Call(func=node.args[0], args=node.args[1:], keywords=node.keywords if forwards else []))

    def _tables(self, function: Scope) -> tuple[str, ...]:
        """The names of the dict displays of the module's top level holding ``function``
        (a function of the top level, or a lambda written there) among their values: a dispatch
        table (``RUNNERS = {"anthropic": _run_anthropic, "voyage": lambda e, t: ...}``); each
        module's read once."""
        root = function.module.root
        if function.parent is not root:
            return ()
        tables = self._dispatch_tables.get(id(root))
        if tables is None:
            tables = self._dispatch_tables[id(root)] = {}
            for name, bindings in root.bindings.items():
                for b in bindings:
                    if b.kind == 'value' and type(b.target) is ast.Dict:
                        for v in b.target.values:
                            if type(v) is ast.Name or type(v) is ast.Lambda:
                                tables.setdefault(_table_key(v), []).append(name)
        return tuple(tables.get(_table_key(function.node), ()))  # type: ignore[arg-type]

    def _table_reads(self, module: ModuleScopes) -> list[tuple[Scope, str, ast.expr]]:
        """Each name a scope of ``module`` binds to an entry of a dict named by a name or an
        attribute (``backend = BACKENDS[provider]``, ``BACKENDS.get(provider)``), with the
        scope and the dict's expression: once per module, not per function looked for."""
        found = self._table_names.get(id(module))
        if found is None:
            found = self._table_names[id(module)] = []
            for scope in module.scopes:
                for name, bindings in scope.bindings.items():
                    for b in bindings:
                        target = b.target
                        if b.kind != 'value':
                            continue
                        if type(target) is ast.Call and type(target.func) is ast.Attribute and target.func.attr == 'get' and target.args:
                            target = target.func.value  # ``BACKENDS.get(provider)``
                        elif type(target) is ast.Subscript:
                            target = target.value
                        else:
                            continue
                        if type(target) in (ast.Name, ast.Attribute):
                            found.append((scope, name, target))
        return found

    def _holds(self, table: ast.expr, scope: Scope, function: Scope, depth: int) -> bool:
        """Whether ``table`` (in ``scope``) is a dict display of ``function``'s module holding it."""
        key = _table_key(function.node)  # type: ignore[arg-type]
        return any(
            type(node) is ast.Dict and _same_scope(where, function.module.root)
            and any(type(v) in (ast.Name, ast.Lambda) and _table_key(v) == key for v in node.values)
            for node, where in self._assigned(table, scope, depth)
        )

    def _cell_defined(self, cell: Scope, name: str, depth: int) -> Value:
        """A parameter of a marimo notebook's cell (``@app.cell def _(client, mo):``): what the
        cell of the module defining ``name`` binds it to (``client = get_openai_client()`` and
        ``return (client,)``, or ``from nbutils import get_openai_client``; not a parameter of
        it); marimo runs that cell first and hands the cell its names.  UNKNOWN if no cell
        defines it."""
        root = cell.module.root
        defined = self._cells.get(id(root))
        if defined is None:  # each notebook's cells once, not per parameter: linear in the file
            defined = self._cells[id(root)] = {}
            for other in cell.module.nested(root):
                if _marimo_cell(other):
                    for bound, bindings in other.bindings.items():
                        if not any(b.kind == 'parameter' for b in bindings):
                            defined.setdefault(bound, bindings)
        bindings = defined.get(name)
        return UNKNOWN if bindings is None else self._picked(bindings, depth + 1)

    def _fixture(self, function: Scope, name: str, depth: int) -> Value | None:
        """pytest's fixture ``name`` for a parameter of a test or a fixture (``function``):
        what the function of that name decorated ``@pytest.fixture`` returns or yields, in the
        module, else in the nearest ``conftest.py`` (``project.conftests``) defining one; None
        if none does."""
        for conftest in (None, *self.project.conftests(function.module.path)):  # type: ignore[union-attr, arg-type]
            module = function.module if conftest is None else self._scopes_of(conftest)  # each read only if needed
            for binding in [] if module is None else module.root.bindings.get(name, ()):
                if binding.kind == 'function' and any(last_name(d) == 'fixture' for d in binding.target.node.decorator_list):  # type: ignore[union-attr]
                    return self._returns(binding.target, depth + _MODULE_HOP)  # type: ignore[arg-type]
        return None

    def _from_routes(self, parameter: Binding, depth: int) -> Value:
        """A parameter of a Tornado handler's ``initialize``: the first SDK client (or object
        holding some) a route of the handler (``scopes.ModuleScopes._route``), in its module or
        a module wiring it, gives it (``(r"/search", SearchHandler, dict(voyage=clients.voyage))``);
        UNKNOWN if none does."""
        cls: Scope = parameter.scope.parent  # type: ignore[union-attr, assignment]
        name = cls.node.name  # type: ignore[union-attr]
        routes = [r for module in self._wiring(cls.module, name) for r in module.state_stores.get('initialize.' + name, ())][:_CALLERS]
        self._spend(len(routes))
        self._constructing += 1  # ``dict(voyage=clients.voyage)`` where the application is made with its clients
        try:
            for route in routes:
                given = _item(route.target, parameter.target.arg)  # type: ignore[arg-type, union-attr]
                value = UNKNOWN if given is None else self.resolve(given, route.scope, depth + _MODULE_HOP)  # type: ignore[arg-type]
                if _gives_clients(value):
                    return value
        finally:
            self._constructing -= 1
        return UNKNOWN

    def _from_constructions(self, parameter: Binding, depth: int) -> Value:
        """A parameter of a class's ``__init__`` no call being resolved passes: the first SDK
        client that one of the first ``_CALLERS`` calls making the class being resolved (``self``'s
        class) passes it, in the class's module or in a module wiring it
        (``project.constructors``): ``Backend(get_openai())`` in the application's ``main.py``
        for ``self.client`` of ``backends.py``; else the first object of the repository one
        passes (``App(clients)``, a test's fake only when no call passes a client); UNKNOWN if
        none does."""
        init: Scope = parameter.scope  # type: ignore[assignment]
        cls: Scope = init.parent  # type: ignore[assignment]
        if self._dispatch is not None and cls in self._mro(self._dispatch, depth):
            cls = self._dispatch
        if not self._constructing and not self._seeking and not any('self' in self._endpoint_receivers(method) for k in self._mro(cls, depth) for method in _methods(k)):
            # no method calls an endpoint on what it keeps, nor is what it keeps given to an
            # object or a function that does (``self.embedder = EmbeddingService(clients.voyage)``,
            # ``rerank_passages(self._co, ...)``)
            return UNKNOWN
        key = (id(parameter.target), id(cls))
        if key in self._constructed:
            return self._constructed[key]
        self._constructed[key] = UNKNOWN  # a construction passing on what it is given, in a cycle
        name = cls.node.name  # type: ignore[union-attr]
        makers = self._wiring(cls.module, name)
        candidates = [(c, c.node) for m in makers for c in m.called(name)]
        # ``providers.Factory(Backend, client=openai_client)``: the provider makes it, with the
        # products of the providers it is given
        candidates += [
            (c, self._made(('provided', c.node), lambda c=c: ast.Call(func=c.node.args[0], args=c.node.args[1:], keywords=c.node.keywords)))
            for m in makers for provider in _PROVIDER_NAMES for c in m.called(provider)
            if c.node.args and last_name(c.node.args[0]) == name
        ]
        if not candidates:  # made by name nowhere: ``for name, cls in BACKENDS.items(): registry[name] = cls(client_for(name))``
            candidates = [c for m in makers for c in self._looped_constructions(m).get(name, ())]
        candidates = candidates[:_CALLERS]
        self._spend(len(candidates))
        unsettled = self._unsettled

        def passed() -> Iterator[Value]:
            # ``super().__init__(get_openai(), model)`` in the ``__init__`` of the subclass being
            # resolved: what its constructions pass its own parameters
            inherited = self._super_init(cls, depth) if cls is not init.parent else None
            if inherited is not None and inherited[0] is init:
                given = _passed(init, inherited[1], parameter.target, bound=True)  # type: ignore[arg-type]
                if isinstance(given, _CLIENT_EXPRESSIONS):
                    yield self.resolve(given, inherited[2], depth + 1)
            for call, making in candidates:
                if not self._makes(making, call.scope, cls, depth):
                    continue
                given = _passed(init, making, parameter.target, bound=True)  # type: ignore[arg-type]
                if making is not call.node and given is not None and last_name(call.node.func) in _PROVIDER_NAMES:  # a provider is given its product
                    given = self._made(('product', given), lambda p=given: ast.Call(func=p, args=[], keywords=[]))
                yield self.resolve(given, call.scope, depth + _MODULE_HOP) if isinstance(given, _CLIENT_EXPRESSIONS) else UNKNOWN

        values: list[Value] = []
        self._constructing += 1
        try:  # an object holding some only when no call passes a client (a test's fake)
            found = _client_first(v for v in passed() if not values.append(v))
        finally:
            self._constructing -= 1
        if found is None:  # else the factories passed (``AnthropicProvider(clients.get_anthropic)``)
            found = self._factories(values, depth)
        given = UNKNOWN if found is None else found
        if self._unsettled == unsettled:  # not cut short by a cycle: the same in every context
            self._constructed[key] = given
        else:
            del self._constructed[key]
        return given

    def _looped_constructions(self, module: ModuleScopes) -> dict[str, list[tuple[Call, ast.Call]]]:
        """The calls of a loop variable in ``module`` taking the classes of a table of its top
        level in turn (``for name, cls in BACKENDS.items(): ... cls(client_for(name))``, or over
        a display of pairs; ``for name, (cls, model) in ...`` over pairs of a class and more), by
        each class's name, each as the call making that class: its name in place of the
        variable, its key's string in place of the key's (``client_for("anthropic")``); once
        per module."""
        found = self._looped_made.get(id(module))
        if found is None:
            found = self._looped_made[id(module)] = {}
            calls = {id(c.node): c for c in module.calls}
            root = module.root
            budget = _LOOPED_CONSTRUCTIONS
            for node in ast.walk(root.node):  # type: ignore[arg-type]
                target = node.target if type(node) in (ast.For, ast.AsyncFor) else None  # type: ignore[attr-defined]
                if type(target) is not ast.Tuple or len(target.elts) != 2:
                    continue
                value = target.elts[1]
                within = type(value) is ast.Tuple and bool(value.elts)
                value = value.elts[0] if within else value  # type: ignore[attr-defined]
                if type(value) is not ast.Name:
                    continue
                iterated = node.iter  # type: ignore[attr-defined]
                if type(iterated) is ast.Call and type(iterated.func) is ast.Attribute and iterated.func.attr == 'items' and type(iterated.func.value) is ast.Name:
                    bound = root.bindings.get(iterated.func.value.id, ())
                    pairs = [(k, v) for b in bound if b.kind == 'value' and type(b.target) is ast.Dict for k, v in zip(b.target.keys, b.target.values)]  # type: ignore[attr-defined]
                elif type(iterated) in (ast.Tuple, ast.List):
                    pairs = [(e.elts[0], e.elts[1]) for e in iterated.elts if type(e) in (ast.Tuple, ast.List) and len(e.elts) == 2]
                else:
                    continue
                if within:
                    pairs = [(k, v.elts[0]) for k, v in pairs if type(v) is ast.Tuple and v.elts]
                key = target.elts[0].id if type(target.elts[0]) is ast.Name else None
                made = [n for statement in node.body for n in ast.walk(statement)  # type: ignore[attr-defined]
                        if type(n) is ast.Call and type(n.func) is ast.Name and n.func.id == value.id and id(n) in calls]
                for inner in made[:_CALLERS]:
                    budget -= len(pairs)
                    if budget < 0:  # crafted: thousands of loops over a table of thousands
                        return found
                    for k, cls in pairs:
                        if type(cls) is ast.Name:
                            args, keywords = inner.args, inner.keywords
                            if key is not None and type(k) is ast.Constant and isinstance(k.value, str):
                                args = [_keyed(a, key, k.value) for a in args]
                                keywords = [ast.keyword(arg=w.arg, value=_keyed(w.value, key, k.value)) for w in keywords]
                            found.setdefault(cls.id, []).append((calls[id(inner)], ast.Call(func=cls, args=args, keywords=keywords)))
        return found

    def _constructed_field(self, cls: Scope, name: str, depth: int) -> Value | None:
        """The field ``name`` of the class ``cls`` (dataclass-style: declared by an annotation,
        no ``__init__`` in its classes), as the first of the first ``_CALLERS`` constructions
        of ``cls`` by name, in its module or a module wiring it, passes it by keyword
        (``AppContext(perplexity=build_perplexity(settings))`` in an MCP server's lifespan): the
        client made there, its ``base_url=`` known; None if none passes one."""
        key = (id(cls), name, self.follow)  # not following imports, a factory's module is not read
        if key in self._fields:
            return self._fields[key]
        self._fields[key] = None  # a construction passing on what it is given, in a cycle
        unsettled = self._unsettled
        passed = self._field_passed(cls, name, depth)
        self._constructing += 1  # ``JobContext(self._registry, ...)``: what the runner is made with
        try:
            values = [self.resolve(value, scope, depth + _MODULE_HOP) for value, scope in passed]
        finally:
            self._constructing -= 1
        given = _client_first(values)  # an SDK client first, else an object holding some (``registry``)
        if given is None:  # else the factories passed (``ModelRoute("anthropic", ..., clients.get_anthropic)``)
            given = self._factories(values, depth)
        if self._unsettled == unsettled:  # not cut short by a cycle: the same in every context
            self._fields[key] = given
        else:
            del self._fields[key]
        return given

    def _factories(self, values: list[Value], depth: int) -> Value | None:
        """Of what constructions pass a parameter or a field, the repository functions (a
        client's factory, called by the object later): any of them (``_pick``); None if none."""
        made = [f for f in (self.parsed(v, depth) if type(v) is Defined and v.function else v for v in values) if type(f) is Function]
        return self._pick(made) if made else None

    def _field_passed(self, cls: Scope, name: str, depth: int) -> list[tuple[ast.expr, Scope]]:
        """What the first ``_CALLERS`` constructions of the class ``cls`` by name, in its module
        or a module wiring it, and ``cls(...)`` in its class methods pass its field ``name``
        (dataclass-style: declared by an annotation, no ``__init__`` in its classes), with
        each caller's scope; by keyword, or by position where the class alone declares fields."""
        key = (id(cls), name, self.follow)
        passed = self._passed_fields.get(key)
        if passed is not None:
            return passed
        self._passed_fields[key] = []  # a construction of the class among its own fields' values
        classes = self._mro(cls, depth)
        if any('__init__' in k.bindings for k in classes) or not any(
            b.kind == 'annotation' for k in classes for b in k.bindings.get(name, ())
        ):
            return []
        class_name = cls.node.name  # type: ignore[union-attr]
        # and ``cls(...)`` in its class methods (``ProviderBundle.from_getters()``)
        factories = [c for method in _methods(cls) for c in cls.module.calls_in(method) if last_name(c.node.func) == 'cls']
        candidates = [*factories, *(c for m in self._wiring(cls.module, class_name) for c in m.called(class_name))][:_CALLERS]
        self._spend(len(candidates))
        fields = [] if len(classes) > 1 else [
            s.target.id for s in cls.node.body if type(s) is ast.AnnAssign and type(s.target) is ast.Name  # type: ignore[union-attr]
        ]
        index = fields.index(name) if name in fields else -1
        passed = self._passed_fields[key] = [
            (given, c.scope) for c in candidates for given in (argument(c.node, index, name),)
            if given is not None and self._makes(c.node, c.scope, cls, depth)
        ]
        return passed

    def _makes(self, call: ast.Call, scope: Scope, cls: Scope, depth: int) -> bool:
        """Whether ``call`` (in ``scope``) makes an instance of the class ``cls``."""
        made = self._definition(call.func, scope, depth + _MODULE_HOP)
        return isinstance(made, SelfOf) and _same_scope(made.scope, cls)

    def _definition(self, expr: ast.expr, scope: Scope, depth: int) -> Value:
        """``resolve(expr, scope)``, a class or function of a repository module parsed
        (``Defined``: a ``SelfOf`` or a ``Function`` then)."""
        value = self.resolve(expr, scope, depth)
        return self.parsed(value, depth) if isinstance(value, Defined) else value

    def _wiring(self, module: ModuleScopes, name: str) -> list[ModuleScopes]:
        """``module`` and the first ``_CALLERS`` modules that may wire it
        (``project.constructors``) and name ``name``: those its function or class ``name`` may
        be given clients by."""
        found = [module]
        if self.project is not None and self.follow and module.path:
            for path in self.project.constructors(module.path):
                scopes = self._scopes_of(path) if self.project.mentions(path, name) else None
                if scopes is not None:
                    found.append(scopes)
                    if len(found) > _CALLERS:
                        break
        return found

    def _endpoint_receivers(self, function: Scope) -> frozenset[str]:
        """The names ``function`` calls an endpoint's path on (``client`` for
        ``client.messages.create(...)``, ``self`` for ``self._client.chat(...)``), or hands
        such a path on (``asyncio.to_thread(self._client.rerank, ...)``), once."""
        return self._receivers_of(function)[0]

    def _item_receivers(self, function: Scope) -> frozenset[str]:
        """The names of the dicts whose items ``function`` calls an endpoint's path on, or hands
        one on: ``ctx`` for ``ctx["voyage"].embed(...)`` or ``azure = ctx["azure"]`` and then
        ``azure.batches.create(...)``."""
        return self._receivers_of(function)[1]

    def _receivers_of(self, function: Scope) -> tuple[frozenset[str], frozenset[str]]:
        """``_endpoint_receivers`` and ``_item_receivers`` of ``function``: in its calls and
        those of the functions and lambdas in it that do not bind the name themselves
        (``deferToThread(lambda: self.openai.completions.create(...))``); a name bound to
        what a parameter gives counts as the parameter (``client = self.registry.get(name)``,
        then ``client.messages.create(...)``: ``self``)."""
        found = self._receiving.get(id(function))
        if found is None:
            endings, longest = _endings()
            names, items = set(), set()
            inner: list[tuple[Scope, set[str]]] = [(function, set())]
            for scope, bound in inner:  # each function in it with the names bound on the way
                inner += [(s, bound | s.bindings.keys()) for s in function.module.nested(scope)]
                for call in function.module.calls_in(scope):
                    for target in (call.node.func, *call.node.args, *(k.value for k in call.node.keywords)):
                        path: list[str] = []
                        while isinstance(target, ast.Attribute):
                            path.append(target.attr)
                            target = target.value
                        chain = tuple(reversed(path[:longest]))
                        ending = endings.get(chain[-1], ()) if chain else ()
                        if not any(chain[-len(e):] == e for e in ending if len(e) <= len(chain)):
                            continue
                        if isinstance(target, ast.Name) and target.id not in bound:
                            names.add(target.id)
                        elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name) and target.value.id not in bound:
                            items.add(target.value.id)
            for name in list(names):
                for b in function.bindings.get(name, ()):
                    root = _root(b.target) if b.kind == 'value' else ''  # type: ignore[arg-type]
                    if b.kind == 'value' and isinstance(b.target, ast.Subscript) and isinstance(b.target.value, ast.Name):
                        items.add(b.target.value.id)
                    elif any(p.kind in ('parameter', 'self') for p in function.bindings.get(root, ())):
                        names.add(root)
            found = self._receiving[id(function)] = (frozenset(names), frozenset(items))
        return found

    def _entry(self, container: ast.expr, key: str, scope: Scope, depth: int) -> Value | None:
        """``container[key]`` when the name is bound to a dict literal with that key (or it is
        one: ``{"openai": self.openai, "xai": self.xai}[provider]``), or the dict is given that
        key elsewhere (``REGISTRY[name] = value``, a ``@register(key)`` class); ``ABSENT`` when it
        is only bound to literals without it and given no key elsewhere."""
        if type(container) is ast.Dict:
            assigned = [(container, scope)]
        elif type(container) is ast.Call:  # ``ensure_clients(bot)["anthropic"]``: the dict it returns
            assigned = self._dicts_of(container, scope, depth)
        else:
            assigned = self._assigned(container, scope, depth) + self._returned_dicts(container, scope, depth)
        # ``bot.memory[KEY]["anthropic"]``, or ``clients = bot.memory[KEY]`` then ``clients["anthropic"]``:
        # the dict a store keeps there, or a function returns
        assigned += [
            d for node, where in [(container, scope), *assigned] if type(node) is ast.Subscript and type(node.value) is ast.Attribute
            for d in self._kept_dicts(node, where, depth)
        ]
        for node, where in assigned:
            if isinstance(node, ast.Dict):
                entries = self._dict_entries.get(id(node))
                if entries is None:  # each literal's constant keys once, not per lookup
                    entries = self._dict_entries[id(node)] = {}
                    for k, v in zip(node.keys, node.values):
                        found = self._key(k, where, depth) if isinstance(k, (ast.Constant, ast.Attribute)) else None
                        if found is not None:
                            entries.setdefault(found, v)
                if key in entries:
                    return self.resolve(entries[key], where, depth)
                named = [(k, v) for k, v in zip(node.keys, node.values) if isinstance(k, ast.Name)]
                self._spend(len(named))  # a key named by a variable, read per lookup (its context)
                for k, v in named:
                    if self._key(k, where, depth) == key:
                        return self.resolve(v, where, depth)
        stored = False
        for node, where in assigned:
            stores = self._stores(node, where)
            stored = stored or bool(stores)
            keyed, rest = self._store_keys(stores)
            first = keyed.get(key, len(stores))
            self._spend(len(rest))  # the stores keyed otherwise, read per lookup (their context)
            for i in rest:
                if i > first:
                    break
                k, v, at = stores[i]
                if self._key(k, at, depth) == key:  # a key the call passes, a member
                    return self.resolve(v, at, depth)
                factory = at.parent
                if (
                    isinstance(k, ast.Name) and isinstance(v, ast.Name) and factory is not None
                    and factory.kind == 'function' and _is_parameter(factory, k.id) and _is_parameter(at, v.id)
                ):  # ``def register(name): def decorator(cls): REGISTRY[name] = cls``
                    registered = self._registered(factory, k.id, key, depth)
                    if registered is not None:
                        return registered
                elif isinstance(k, ast.Name) and at.kind == 'function' and _is_parameter(at, k.id):
                    # ``def register(name, factory): REGISTRY[name] = factory``, then
                    # ``register("anthropic", lambda keys: Anthropic(...))``
                    registered = self._registered_by_calls(at, k.id, key, v, depth)
                    if registered is not None:
                        return registered
                elif isinstance(k, ast.Name):  # ``for name, factory in FACTORIES.items(): clients[name] = factory()``
                    looped = self._looped_entry(k, v, at, key, depth)
                    if looped is not None:
                        return looped
            if first < len(stores):  # ``REGISTRY["openai"] = ...``
                k, v, at = stores[first]
                return self.resolve(v, at, depth)
        if isinstance(container, ast.Name) and self._declared(container, scope):
            shared = self._shared(container, key, scope, depth)
            if shared is not None:
                return shared
        if last_name(container) == 'app' and self.project is not None and scope.module.path:
            # aiohttp's ``request.app[GEMINI]``: what a cleanup context stores in its ``app``
            modules = [self._scopes_of(m) for m in self.project.state_setters(scope.module.path)]
            stored = self._stored_client([m for m in modules if m is not None], 'app', key, depth)
            if stored is not None:
                return stored
        if type(container) is ast.Attribute and container.attr == 'settings' and self.project is not None and scope.module.path:
            # a Tornado handler's ``self.settings["voyage"]`` (``self.application.settings``):
            # in a module importing tornado, or a class deriving from a ``...Handler``
            owner = container.value
            if (
                (type(owner) is ast.Name and owner.id == 'self' or type(owner) is ast.Attribute and owner.attr == 'application')
                and (scope.module.imports_root('tornado') or any(b.endswith('Handler') for b in method_bases(scope)))
            ):
                setting = self._setting(key, scope, depth)
                if setting is not None:
                    return setting
        stored = self._kept_at(container, key, scope, depth)
        if stored is not None:  # ``cl.user_session.get("mistral")`` of this module
            return self.resolve(*stored, depth)
        # ``self.clients["hf"]`` filled by a method, also through a name (``clients =
        # cherrypy.engine.llm.clients``, then ``clients["hf"]``)
        held = [(container, scope)] if isinstance(container, ast.Attribute) else [(n, w) for n, w in assigned if type(n) is ast.Attribute]
        for attribute, where in held:
            cached, value = self._cached(attribute, key, where, depth)
            if value is not None:
                return value
            stored = stored or cached
        # absent from literals keyed alike: texts for a text, an enum's members for a member
        # (``CLIENTS[Vendor.GROQ]``), never ``CLIENTS[settings.provider]`` (not a member)
        kind = key.rpartition('.')[0]
        literals = bool(assigned) and all(
            isinstance(n, ast.Dict) and all(isinstance(k, (ast.Constant, ast.Attribute)) for k in n.keys)
            and any(k.rpartition('.')[0] == kind for k in self._dict_entries[id(n)])
            for n, _ in assigned
        )
        return ABSENT if literals and not stored else None

    def _kept_at(self, container: ast.expr, key: str, scope: Scope, depth: int) -> tuple[ast.expr, Scope] | None:
        """What a keyed store spelt as an attribute chain (``store_spelling``: ``st.session_state``,
        ``cl.user_session``) keeps at ``key``: stored by this module, or for an application's
        store (``_APP_STORES``: ``current_app.extensions["cohere"]``, ``bot.memory[KEY]``) by a
        module setting the application's state; None if neither stores it."""
        stores = scope.module.session_stores
        keyed = stores or scope.module.named_session_stores or last_name(container) in ('extensions', 'config', 'environ', 'data', 'memory')
        spelling = app_store(store_spelling(container), scope.module) if keyed else None
        stored = self._session_stored(scope.module, spelling, key, depth) if spelling else None
        if stored is None and spelling in _APP_STORES and self.project is not None and scope.module.path:
            for module in self.project.state_setters(scope.module.path):
                setter = self._scopes_of(module)
                stored = None if setter is None else self._session_stored(setter, spelling, key, depth)  # type: ignore[arg-type]
                if stored is not None:
                    break
        return stored

    def _setting(self, key: str, scope: Scope, depth: int) -> Value | None:
        """The SDK client a module setting the application's state (``state_setters``), importing
        tornado, gives as the keyword ``key`` of ``dict(...)`` or of an ``Application``
        construction: a Tornado application's settings (``settings = dict(voyage=clients.voyage)``,
        then ``Application(routes, **settings)``); None if none does."""
        for path in self.project.state_setters(scope.module.path):  # type: ignore[union-attr]
            module = self._scopes_of(path) if self.project.imports_root(path, 'tornado') else None  # type: ignore[union-attr]
            if module is None:
                continue
            if id(module) not in self._settings:  # each module's keywords once, not per lookup
                given = self._settings[id(module)] = {}
                for call in module.calls:
                    name = last_name(call.node.func)
                    if name == 'dict' or name.endswith('Application'):
                        for k in call.node.keywords:
                            if k.arg is not None:
                                given.setdefault(k.arg, []).append((k.value, call.scope))
            for v, at in self._settings[id(module)].get(key, ()):
                value = self.resolve(v, at, depth)
                if _is_client(value) and _is_sdk(value):
                    return value
        return None

    def _session_stored(self, module: ModuleScopes, spelling: str, key: str, depth: int) -> tuple[ast.expr, Scope] | None:
        """What ``module`` keeps at ``key`` in the store ``spelling``: by a literal key, else by
        a name holding it (``app.extensions[EXTENSION_KEY] = clients``)."""
        stored = module.session_stores.get(spelling, {}).get(key)
        if stored is None:
            named = module.named_session_stores.get(spelling, ())
            self._spend(len(named))
            stored = next(((v, at) for k, v, at in named if self._key(k, at, depth) == key), None)
        return stored

    def _declared(self, name: ast.expr, scope: Scope) -> bool:
        """True if ``name`` is a parameter, or a name declared by an annotation (a variable:
        ``state: dict = {}``, whose ``state["cohere"]`` is an item, not a type's subscript)."""
        if not isinstance(name, ast.Name):
            return False
        kinds = {b.kind for b in self._bindings_of(name, scope)}
        return 'annotation' in kinds or kinds == {'parameter'}

    def _shared(self, container: ast.Name, key: str, scope: Scope, depth: int) -> Value | None:
        """``ctx[key]`` of a parameter ``ctx`` no caller gives: the SDK client a function stores
        at ``key`` in its own parameter ``ctx``, in this module or in one wiring it
        (``_wiring``): a dict a framework hands every task once a start-up hook filled it
        (arq's ``async def startup(ctx): ctx["voyage"] = voyageai.AsyncClient()``)."""
        function = next((b.scope for b in self._bindings_of(container, scope) if b.kind == 'parameter'), None)
        # the modules wiring this one are read only for a dict whose item gets an endpoint
        # called, or is returned (``def providers_of(ctx): return ctx["providers"]``)
        wired = function is not None and (container.id in self._item_receivers(function) or any(
            type(r) is ast.Subscript and type(r.value) is ast.Name and r.value.id == container.id for r in function.returns
        ))
        if not wired:
            return self._stored_client([scope.module], container.id, key, depth)
        # and those wiring the callers being resolved into it (``providers_of(ctx)`` in a task)
        callers = dict.fromkeys([scope.module, *(caller.module for _, _, caller in self._calls)])
        modules = dict.fromkeys(wiring for module in callers for wiring in self._wiring(module, key))
        return self._stored_client(list(modules), container.id, key, depth)

    def _stored_client(self, modules: list[ModuleScopes], name: str, key: str, depth: int) -> Value | None:
        """The first SDK client a function of ``modules`` stores at ``key`` in its parameter
        ``name`` (``ctx[key] = ...``, ``app[key] = ...``), else the first object of the
        repository made there, which may hold some (``ctx["providers"] = ProviderBundle(...)``);
        None if none does."""
        def stored() -> Iterator[Value]:
            for module in modules:
                by_key, named = self._parameter_stores(module, name)
                self._spend(len(named))
                named_here = [(v, at) for k, v, at in named if self._key(k, at, depth) == key]
                for v, at in [*by_key.get(key, ()), *named_here]:
                    yield self.resolve(v, at, depth)
        return _client_first(stored())

    def _parameter_stores(
        self, module: ModuleScopes, name: str,
    ) -> tuple[dict[str, list[tuple[ast.expr, Scope]]], list[tuple[ast.expr, ast.expr, Scope]]]:
        """``module``'s stores into parameters called ``name``: by a literal key, and those
        whose key is a name (read per lookup, its context); once per module and name, not per
        lookup (20,000 stores read by 2,000 tasks)."""
        made = (id(module), name)
        if made not in self._keyed:
            by_key: dict[str, list[tuple[ast.expr, Scope]]] = {}
            named = []
            for k, v, at in module.parameter_stores.get(name, ()):
                if isinstance(k, ast.Constant):
                    if isinstance(k.value, str):
                        by_key.setdefault(k.value, []).append((v, at))
                else:
                    named.append((k, v, at))
            self._keyed[made] = (by_key, named)
        return self._keyed[made]

    def _cached(self, container: ast.Attribute, key: str, scope: Scope, depth: int) -> tuple[bool, Value | None]:
        """``self.<attr>[key]`` of a dict an instance fills by key in its methods
        (``self._clients[name] = client``): whether it is given any key, and the value given
        at ``key``, by a literal or by a method's parameter (what the first ``_CALLERS`` such
        methods store when called with ``key``); None if none is."""
        owner = self._definition(container.value, scope, depth)
        if not isinstance(owner, SelfOf):
            return False, None
        made = (id(owner.scope), container.attr)
        if made not in self._caches:  # each dict's keys once, not per lookup
            by_key: dict[str, tuple[ast.expr, Scope]] = {}
            by_parameter = []
            for k, v, at in self._attr_stores(owner, container.attr, depth)[0]:
                if isinstance(k, ast.Name) and at.kind == 'function' and _is_parameter(at, k.id):
                    by_parameter.append((k.id, v, at))
                elif (found := self._key(k, at, depth)) is not None:
                    by_key.setdefault(found, (v, at))
            self._caches[made] = (by_key, by_parameter[:_CALLERS], bool(by_key or by_parameter))
        by_key, by_parameter, stored = self._caches[made]
        if key in by_key:
            return True, self.resolve(*by_key[key], depth)
        self._spend(len(by_parameter))
        for parameter, v, at in by_parameter:
            registered = self._registered_by_calls(at, parameter, key, v, depth)
            if registered is not None:
                return True, registered
            with self._inside((at, self._keyed_call(at, parameter, key), at)):
                value = self.resolve(v, at, depth)
            if value != UNKNOWN:
                return True, value
        return stored, None

    def _any_entry(self, container: ast.Attribute, scope: Scope, depth: int) -> Value | None:
        """``self.<attr>[key]`` of a key not known (``self._clients[name]``, ``name`` a
        parameter): any value the instance's methods store in the dict, as a name's bindings
        are picked (an SDK client first, the others kept: ``if provider == "cohere":`` then
        tells them apart); by a method's parameter, what the first ``_CALLERS`` calls of it
        pass (``registry.register("cohere", clients.cohere)``); only what the function reading
        it stores itself, if it does; None if none is stored."""
        owner = self._definition(container.value, scope, depth)
        if not isinstance(owner, SelfOf):
            return None
        stored, by_method = self._attr_stores(owner, container.attr, depth)
        # a getter caching what it makes (``self._clients[key] = Mistral(...)``, then
        # ``return self._clients[key]``): what it stores itself
        while scope.kind == 'comprehension' and scope.parent is not None:
            scope = scope.parent
        own = by_method.get(id(scope))
        if own:  # resolved as the call into it: ``self._clients[key] = factory()``
            values = [self.resolve(v, at, depth) for v, at in own[:_CALLERS]]
            return self._pick(values)
        made = (id(owner.scope), container.attr)
        if made in self._any_entries:
            return self._any_entries[made]
        self._any_entries[made] = None  # a store reading the dict itself, in a cycle
        unsettled = self._unsettled
        values = []
        for _, v, at in stored[:_CALLERS]:
            if type(v) is ast.Name and at.kind == 'function' and _is_parameter(at, v.id):
                values += self._passed_values(at, v, depth)
            else:
                values.append(self.resolve(v, at, depth))
        values = [v for v in values if v != UNKNOWN]
        found = self._pick(values) if values else None
        if self._unsettled == unsettled:  # not cut short by a cycle: the same in every context
            self._any_entries[made] = found
        else:
            del self._any_entries[made]
        return found

    def _attr_stores(self, owner: SelfOf, attr: str, depth: int) -> tuple[list[tuple[ast.expr, ast.expr, Scope]], dict[int, list[tuple[ast.expr, Scope]]]]:
        """``self.<attr>[key] = value`` in the methods of ``owner``'s class and its bases, and
        their values by the id of the method storing them: once per class hierarchy (its list
        kept with them, so that its id is not reused), not per lookup."""
        order = self._mro(owner.scope, depth)
        found = self._attr_lists.get((id(order), attr))
        if found is None:
            stores = [s for cls in order for s in cls.module.attr_stores.get((id(cls), attr), ())]
            by_method: dict[int, list[tuple[ast.expr, Scope]]] = {}
            for _, v, at in stores:
                by_method.setdefault(id(at), []).append((v, at))
            found = self._attr_lists[(id(order), attr)] = (stores, by_method, order)
        return found[0], found[1]

    def _passed_values(self, method: Scope, stored: ast.expr, depth: int, key: str | None = None, parameter: str = '') -> Iterator[Value]:
        """What ``stored`` (an expression of ``method``'s parameters) is in each of the first
        ``_CALLERS`` calls of ``method`` (a method or a function) by name, in its module or one
        wiring it; with ``key``, in those passing it as ``parameter``."""
        name = method.node.name  # type: ignore[union-attr]
        keyed = _parameter(method, parameter) if key is not None else None
        calls = [c for m in self._wiring(method.module, name) for c in m.called(name)][:_CALLERS]
        self._spend(len(calls))
        for call in calls:
            if key is not None:
                given = None if keyed is None else _passed(method, call.node, keyed)
                if given is None or self._key(given, call.scope, depth) != key:
                    continue
            called = self.resolve(call.node.func, call.scope, depth)
            if type(called) is Function and called.scope is method:
                with self._inside((method, call.node, call.scope)):
                    value = self.resolve(stored, method, depth)
                yield value  # outside the call: the caller may stop at any value

    def _registered_by_calls(self, method: Scope, parameter: str, key: str, stored: ast.expr, depth: int) -> Value | None:
        """The SDK client, or the function making one, ``stored`` is (``client`` of
        ``self._clients[name] = client`` in ``method``) in the first call of ``method`` passing
        ``key`` as ``parameter`` that gives one (``registry.register("cohere", clients.cohere)``,
        ``register("anthropic", lambda keys: Anthropic(...))``: ``_passed_values``); None if none does."""
        given = self._passed_values(method, stored, depth, key, parameter)
        return next((v for v in given if _is_client(v) and (_is_sdk(v) or type(v) is Function)), None)

    def _keyed_call(self, function: Scope, parameter: str, key: str) -> ast.Call:
        """``function(parameter=key)``."""
        return self._made(('keyed', function, parameter, key), lambda: ast.Call(
            func=ast.Name(id=function.node.name, ctx=ast.Load()),  # type: ignore[union-attr]
            args=[], keywords=[ast.keyword(arg=parameter, value=ast.Constant(key))],
        ))

    def _module_key(self, expr: ast.Attribute, scope: Scope, depth: int) -> str | None:
        """The key a constant of a repository module read as ``module.NAME`` holds (bound once
        there, or imported there from where it is: a package re-exporting it); None if unknown."""
        owner = self.resolve(expr.value, scope, depth)
        module = self._scopes_of(owner.module.file) if type(owner) is ModuleRef and owner.module.file else None
        bound = [] if module is None else module.root.bindings.get(expr.attr, [])
        if len(bound) != 1:
            return None
        if bound[0].kind == 'value':
            return self._key(bound[0].target, bound[0].scope, depth + _MODULE_HOP)  # type: ignore[arg-type]
        assigned = self._assigned_where_imported(bound[0], depth) if bound[0].kind == 'import' else []
        return self._key(*assigned[0], depth + _MODULE_HOP) if len(assigned) == 1 else None

    def _key(self, expr: ast.expr, scope: Scope, depth: int) -> str | None:
        """A dict key as ``_entry`` compares them: a string's text, or an enum member's last two
        names (``Vendor.OPENAI``), also through a name (one imported from a module that may give
        LLM values too) or the argument a call passes; None if unknown."""
        text, whole = self._literal(expr, scope, depth)
        if whole:
            return text
        if type(expr) is ast.Attribute and type(expr.value) is ast.Name and depth <= _MAX_DEPTH:
            key = self._module_key(expr, scope, depth)  # ``sopel_llm.MEMORY_KEY``
            if key is not None:
                return key
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, (ast.Name, ast.Attribute)):
            return f'{last_name(expr.value)}.{expr.attr}'
        if type(expr) is ast.Call and type(expr.func) is ast.Attribute and expr.func.attr == 'get' and len(expr.args) == 2 and depth <= _MAX_DEPTH:
            # ``settings.extra.get("kind", name)`` of a mapping not known: its default
            return self._key(expr.args[1], scope, depth + 1)
        if isinstance(expr, ast.Name) and depth <= _MAX_DEPTH:
            for binding in self._bindings_of(expr, scope):
                key = None
                if binding.kind == 'value':
                    key = self._key(binding.target, binding.scope, depth + 1)  # type: ignore[arg-type]
                elif binding.kind == 'parameter':
                    key = self._in_caller(binding, lambda e, s: self._key(e, s, depth + 1), ABSENT)
                    if key is ABSENT:  # not passed (or no call is being resolved): its default
                        default = _default(binding.scope, binding.target)  # type: ignore[arg-type]
                        key = None if default is None else self._key(default, binding.scope.parent, depth + 1)  # type: ignore[arg-type, union-attr]
                elif binding.kind == 'import':  # ``from app.extensions import EXTENSION_KEY``
                    assigned = self._assigned_where_imported(binding, depth)
                    key = self._key(*assigned[0], depth + _MODULE_HOP) if len(assigned) == 1 else None
                if key is not None:
                    return key
        return None

    def _looped_entry(self, k: ast.Name, v: ast.expr, at: Scope, key: str, depth: int) -> Value | None:
        """The entry ``key`` of a dict filled in a loop over pairs (``for name, factory in
        FACTORIES.items(): clients[name] = factory(settings)``, or over a display of pairs
        ``(("openai", get_openai), ...)``) by the store ``[k] = v`` in ``at``: the value paired
        with that key, called if ``v`` calls it; None if no loop of ``at`` gives ``k`` so."""
        called = type(v) is ast.Call and type(v.func) is ast.Name
        given = v.func.id if called else v.id if type(v) is ast.Name else None  # type: ignore[attr-defined]
        for names, iterated in self._loops(at) if given else ():
            paired = self._pairs(iterated, at, depth).get(key) if names == (k.id, given) else None
            if paired is not None:
                return self.resolve(self._call_of(paired[0]) if called else paired[0], paired[1], depth)
        return None

    def _pairs(self, iterated: ast.expr, scope: Scope, depth: int) -> dict[str, tuple[ast.expr, Scope]]:
        """The pairs a loop of ``scope`` iterates (``FACTORIES.items()`` of a dict display, or a
        display of pairs), each value with its scope by its key; once per loop."""
        found = self._pairs_of.get(id(iterated))
        if found is None:
            found = self._pairs_of[id(iterated)] = {}
            if type(iterated) is ast.Call and type(iterated.func) is ast.Attribute and iterated.func.attr == 'items' and not iterated.args:
                mapping = iterated.func.value
                assigned = [(mapping, scope)] if type(mapping) is ast.Dict else self._assigned(mapping, scope, depth)
                pairs = [(pk, pv, where) for node, where in assigned if type(node) is ast.Dict for pk, pv in zip(node.keys, node.values) if pk is not None]  # type: ignore[attr-defined]
            elif type(iterated) in (ast.Tuple, ast.List):
                pairs = [(e.elts[0], e.elts[1], scope) for e in iterated.elts if type(e) in (ast.Tuple, ast.List) and len(e.elts) == 2]  # type: ignore[attr-defined]
            else:
                pairs = []
            self._spend(len(pairs))
            for pk, pv, where in pairs:
                paired = self._key(pk, where, depth)
                if paired is not None:
                    found.setdefault(paired, (pv, where))
        return found

    def _loops(self, scope: Scope) -> list[tuple[tuple[str, str], ast.expr]]:
        """The loops of ``scope`` over pairs taken apart into two names (``for name, factory
        in ...``): the names and what is iterated; each scope's read once."""
        found = self._pair_loops.get(id(scope))
        if found is None:
            found = self._pair_loops[id(scope)] = [
                ((node.target.elts[0].id, node.target.elts[1].id), node.iter) for node in ast.walk(scope.node)  # type: ignore[arg-type, attr-defined]
                if type(node) in (ast.For, ast.AsyncFor) and type(node.target) is ast.Tuple and len(node.target.elts) == 2  # type: ignore[attr-defined]
                and all(type(e) is ast.Name for e in node.target.elts)  # type: ignore[attr-defined]
            ]
        return found

    def _returned_dicts(self, container: ast.expr, scope: Scope, depth: int) -> list[tuple[ast.expr, Scope]]:
        """The dicts a function of the repository fills and returns, that a name (``container``
        in ``scope``) is bound to a call of: ``clients = clients_from_env(env)`` for
        ``clients = {}``, ``clients["openai"] = ...`` and ``return clients`` there."""
        found = []
        bindings = self.lookup(container.id, scope) if type(container) is ast.Name else []  # type: ignore[attr-defined]
        for binding in bindings if isinstance(bindings, list) else ():
            if binding.kind == 'value' and type(binding.target) is ast.Call:
                found += self._dicts_of(binding.target, binding.scope, depth)  # type: ignore[arg-type]
        return found

    def _kept_dicts(self, read: ast.Subscript, scope: Scope, depth: int) -> list[tuple[ast.expr, Scope]]:
        """The dict displays a keyed store's entry ``read`` (``bot.memory[KEY]``, ``_kept_at``) may be."""
        index = self._key(read.slice, scope, depth)
        kept = None if index is None else self._kept_at(read.value, index, scope, depth)
        return [] if kept is None else self._dicts_of(*kept, depth + 1)

    def _dicts_of(self, expr: ast.expr, scope: Scope, depth: int) -> list[tuple[ast.expr, Scope]]:
        """The dict displays ``expr`` (in ``scope``) may be: those a name is bound to, or the
        repository function it calls fills and returns (``_returned_dicts``)."""
        if depth > _MAX_DEPTH or type(expr) not in (ast.Call, ast.Name):
            return []
        if type(expr) is ast.Name:
            return self._assigned(expr, scope, depth)
        found = self._dicts.get(id(expr))
        if found is None:  # once per call: a store of what the function storing it returns is a cycle
            self._dicts[id(expr)] = []
            found = self._dicts[id(expr)] = self._returned_by_call(expr, scope, depth)  # type: ignore[arg-type]
        return found

    def _returned_by_call(self, expr: ast.Call, scope: Scope, depth: int) -> list[tuple[ast.expr, Scope]]:
        """``_dicts_of`` a call: the dicts the repository function it calls fills and returns."""
        function = self._called_function(expr, scope, depth)
        if function is None:
            return []
        self._spend(len(function.returns))
        returns = function.returns[:_CALLERS]
        return [
            (b.target, function) for r in returns if type(r) is ast.Name
            for b in function.bindings.get(r.id, ()) if b.kind == 'value' and type(b.target) is ast.Dict
        ] + [d for r in returns if type(r) is ast.Subscript and type(r.value) is ast.Attribute for d in self._kept_dicts(r, function, depth + 1)]

    def _called_function(self, expr: ast.Call, scope: Scope, depth: int) -> Scope | None:
        """The repository function a call (in ``scope``) calls; None if it calls none."""
        called = self._definition(expr.func, scope, depth)
        if isinstance(called, Defined) and called.function:
            called = self.parsed(called, depth + _MODULE_HOP)
        return called.scope if type(called) is Function else None

    def _store_keys(self, stores: list[tuple[ast.expr, ast.expr, Scope]]) -> tuple[dict[str, int], list[int]]:
        """The index in ``stores`` of the first keyed by each string literal, and the indices
        of those keyed otherwise (a name, a member), in order: each list's once, not per lookup
        (a module filling its registry in 4,000 functions was read 4,000 times, quadratic)."""
        if not stores:
            return {}, []
        found = self._store_index.get(id(stores))
        if found is None:  # the list is kept with its index: its id is not reused meanwhile
            keyed: dict[str, int] = {}
            rest = []
            for i, (k, _, _) in enumerate(stores):
                if type(k) is not ast.Constant:
                    rest.append(i)
                elif isinstance(k.value, str):
                    keyed.setdefault(k.value, i)
            found = self._store_index[id(stores)] = (keyed, rest, stores)
        return found[0], found[1]

    def _stored_by_name(self, container: ast.Name, key: str, scope: Scope, depth: int) -> Value | None:
        """``cache[k]`` read where a store by the same name keys it (``if k not in _clients:
        _clients[k] = anthropic.Anthropic(...)``, then ``return _clients[k]``): what that store
        keeps; None if none does.  Each dict's stores are indexed by scope and name once."""
        for node, where in self._assigned(container, scope, depth):
            stores = self._stores(node, where)
            if not stores:
                continue
            named = self._named_keys.get(id(stores))
            if named is None:
                named = self._named_keys[id(stores)] = {}
                for i, (k, _, at) in enumerate(stores):
                    if type(k) is ast.Name:
                        named.setdefault((id(at), k.id), i)
            i = named.get((id(scope), key))
            if i is not None:
                return self.resolve(stores[i][1], stores[i][2], depth)
        return None

    def _stores(self, node: ast.expr, where: Scope) -> list[tuple[ast.expr, ast.expr, Scope]]:
        """The ``name[key] = value`` of the dict ``where`` (the module, or a function filling
        a dict of its own: ``clients = {}``, then ``clients["openai"] = ...``) binds to ``node``."""
        if where.kind == 'module':
            stores = where.module.item_stores
        else:
            stores = where.module.local_stores.get(id(where), {}) if where.kind == 'function' else {}
        if not stores:
            return []
        named = self._stored.get(id(where))
        if named is None:  # each scope's once: by the node each stored-into name is bound to
            named = self._stored[id(where)] = {
                id(b.target): name for name in stores for b in where.bindings.get(name, ()) if b.kind == 'value'
            }
        name = named.get(id(node))
        return [] if name is None else stores[name]

    def _registered(self, factory: Scope, parameter: str, key: str, depth: int) -> Value | None:
        """The class (an instance of it) or the function a module the checked file reaches
        decorates with ``@factory(key)`` (``parameter`` of ``factory`` taking the key): what a
        registry that decorator fills gives at ``key``."""
        if id(factory) not in self._registries:
            self._registries[id(factory)] = self._registrations(factory, parameter, depth)
        return self._registries[id(factory)].get(key)

    def _registrations(self, factory: Scope, parameter: str, depth: int) -> dict[str, Value]:
        """Every key ``_registered`` finds for ``factory``, read once per checked file."""
        found: dict[str, Value] = {}
        if self.project is None or not self.home.path:
            return found
        name = factory.node.name.encode()  # type: ignore[union-attr]
        argument = _parameter(factory, parameter)
        paths, read = self.project.reached(self.home.path, lambda data: name in data)
        self._spend(_READ_STEPS * read)  # the modules reached were read to find them
        for path in paths:
            scopes = self._scopes_of(path)
            for defined in [] if scopes is None else scopes.scopes:
                for decorator in getattr(defined.node, 'decorator_list', ()):  # a class or a def
                    key = self._registration_key(factory, argument, decorator, defined.parent, depth)  # type: ignore[arg-type]
                    if key is not None:
                        found.setdefault(key, SelfOf(defined) if defined.kind == 'class' else Function(defined))
            # ``register("groq")(async_groq_client)``: the decorator called on what it registers
            for call in [] if scopes is None else scopes.calls:
                node = call.node
                if type(node.func) is ast.Call and len(node.args) == 1 and not node.keywords:
                    key = self._registration_key(factory, argument, node.func, call.scope, depth)
                    registered = None if key is None else self._definition(node.args[0], call.scope, depth)
                    if isinstance(registered, (Function, SelfOf)):
                        found.setdefault(key, registered)  # type: ignore[arg-type]
        return found

    def _registration_key(self, factory: Scope, argument: ast.arg | None, made: ast.expr, scope: Scope, depth: int) -> str | None:
        """The key ``made`` (a decorator, evaluated in ``scope``) registers under when it is a
        call of ``factory`` passing its ``argument`` a literal; None otherwise."""
        if not isinstance(made, ast.Call):
            return None
        called = self._definition(made.func, scope, depth)
        if not isinstance(called, Function) or called.scope is not factory:
            return None
        given = _passed(factory, made, argument)  # type: ignore[arg-type]
        key, whole = ('', False) if given is None else self._literal(given, scope, depth)
        return key if whole else None

    def _assigned(
        self, expr: ast.expr, scope: Scope, depth: int, seen: set[int] | None = None,
    ) -> list[tuple[ast.expr, Scope]]:
        """The expressions a name (or ``self.<attr>``) was assigned, here or in the repository
        module it is imported from (``seen``: the expressions already read for this answer)."""
        seen = set() if seen is None else seen
        assigned = []
        for binding in self._bindings_of(expr, scope) if depth <= _MAX_DEPTH else ():
            if binding.kind == 'value':
                assigned += self._copied(binding.target, binding.scope, depth, seen)  # type: ignore[arg-type]
            elif binding.kind == 'import':
                assigned += self._assigned_where_imported(binding, depth)
            elif binding.kind == 'parameter' and id(binding.target) not in seen:
                seen.add(id(binding.target))  # each parameter once: callers passing it on in a cycle
                # ``run(model, clients)``: the dict its callers pass
                assigned += self._assigned_each(self._passed_in(binding, depth), depth, seen)
            elif binding.kind == 'annotation' and binding.scope.kind == 'class' and type(expr) is ast.Attribute:
                # a field (``llm: dict[str, Any] = field(default_factory=dict)``): the dict its
                # constructions pass (``Services(llm=build_all())``)
                assigned += self._assigned_each(self._field_passed(binding.scope, expr.attr, depth), depth, seen)
        return assigned

    def _assigned_each(self, passed: list[tuple[ast.expr, Scope]], depth: int, seen: set[int]) -> list[tuple[ast.expr, Scope]]:
        """``_assigned`` of each passed expression (in its caller's scope), or what it copies."""
        assigned = []
        for given, caller in passed:
            if isinstance(given, (ast.Name, ast.Attribute)):
                assigned += self._assigned(given, caller, depth + 1, seen)
            else:
                assigned += self._copied(given, caller, depth + 1, seen)
        return assigned

    def _passed_in(self, parameter: Binding, depth: int) -> list[tuple[ast.expr, Scope]]:
        """What the call being resolved into passes ``parameter``; else what the first
        ``_CALLERS`` calls of its function (not a method) by name in its module pass it."""
        function: Scope = parameter.scope  # type: ignore[assignment]
        if any(called is function for called, _, _ in self._calls):
            return self._in_caller(parameter, lambda expr, scope: [(expr, scope)], [])
        if isinstance(function.node, ast.Lambda) or function.parent is None or function.parent.kind == 'class':
            return []
        return list(self._passed_by_calls(function, parameter.target, self._makers(function, parameter, self._item_receivers), depth))  # type: ignore[arg-type]

    def _makers(
        self, function: Scope, parameter: Binding, receivers: Callable[[Scope], frozenset[str]], handed: bool = False,
    ) -> list[ModuleScopes]:
        """The modules whose calls of ``function`` may give ``parameter``: its own, and for a
        function of the module's top level calling an endpoint on it (``receivers``), or
        ``handed`` it on to one whose callers are read, those wiring the module that name the
        function or a dispatch table holding it."""
        makers = [function.module]
        if function.parent is function.module.root and (handed or parameter.target.arg in receivers(function)):  # type: ignore[union-attr]
            named = () if type(function.node) is ast.Lambda else (function.node.name,)  # type: ignore[union-attr]
            for name in (*named, *self._tables(function)):
                makers += [m for m in self._wiring(function.module, name) if m not in makers]
        return makers

    def _copied(self, node: ast.expr, where: Scope, depth: int, seen: set[int]) -> list[tuple[ast.expr, Scope]]:
        """``node`` (evaluated in ``where``), or what it is a copy or a choice of:
        ``dict(FACTORIES)``, ``factories if factories is not None else FACTORIES``, ``a or b``,
        what a function called without arguments returns; each expression once (``seen``)."""
        if id(node) in seen:
            return []
        seen.add(id(node))
        if isinstance(node, ast.IfExp):
            parts = [node.body, node.orelse]
        elif isinstance(node, ast.BoolOp):
            parts = node.values
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == 'dict'
            and len(node.args) == 1 and not node.keywords and self.resolve(node.func, where, depth) == Unbound('dict')
        ):
            parts = node.args
        elif isinstance(node, ast.Call) and not node.args and not node.keywords:
            # ``clients = _clients()``: what a function of the repository returns
            called = self._definition(node.func, where, depth)
            if not isinstance(called, Function) or isinstance(called.scope.node, ast.Lambda):
                return [(node, where)]
            returned = called.scope.returns[:_CALLERS]
            self._spend(len(returned))
            return [found for r in returned for found in self._copied(r, called.scope, depth + 1, seen)]
        else:
            return [(node, where)]
        self._spend(len(parts))
        found = []
        for part in parts if depth <= _MAX_DEPTH else ():
            if isinstance(part, (ast.Name, ast.Attribute)):
                found += self._assigned(part, where, depth + 1, seen)
            else:
                found += self._copied(part, where, depth + 1, seen)
        return found

    def _assigned_where_imported(self, binding: Binding, depth: int, urls: bool = False) -> list[tuple[ast.expr, Scope]]:
        """The expressions the name an import ``binding`` binds was assigned in the repository
        module it comes from (``from config import URL``: what ``URL`` is in config.py); with
        ``urls``, also from a module that names an LLM API host (only there, one import away,
        is a URL constant read: what the project's gate checks)."""
        module, _, name = binding.target.rpartition('.')  # type: ignore[union-attr]
        if self.project is None or not name:
            return []
        # the module an import statement names (``from .settings import URL``: the submodule, even
        # where the package binds ``settings`` to something else)
        ref = self._imported(module or '.', binding.scope, depth, whole=True)  # type: ignore[arg-type]
        if not isinstance(ref, ModuleRef) or ref.module.file is None:
            return []
        if not (
            self.project.may_give_llm_values(ref.module, self.source_names_sdk)
            or urls and self.project.names_llm_host(ref.module.file)
        ):
            return []  # nothing it assigns can be an LLM value: not read
        scopes = self._scopes_of(ref.module.file)
        return [] if scopes is None else self._assigned(ast.Name(id=name), scopes.root, depth + _MODULE_HOP)

    @staticmethod
    def _service_client(call: ast.Call) -> Value:
        service = call.args[0] if call.args else next(
            (k.value for k in call.keywords if k.arg == 'service_name'), None,
        )
        if isinstance(service, ast.Constant) and service.value in catalogue.SERVICE_CLIENTS:
            return Instance(catalogue.SERVICE_CLIENTS[service.value], ())
        if isinstance(service, ast.Constant) and isinstance(service.value, str):
            return Foreign(f'boto3:{service.value}')  # a client of another AWS service (s3, ...)
        return UNKNOWN


    def literal(self, expr: ast.expr, scope: Scope, imports: bool = True) -> tuple[str, bool]:
        """(leading literal text of a str expression, whether that text is all of it); with
        ``imports``, a URL constant is read from a module it is imported from (``requests.post``'s
        URL only where ``reads_urls``: what the project's gate checks)."""
        self._url_imports = imports
        try:
            return self._literal(expr, scope, 0)
        finally:
            self._url_imports = False

    def url_tail(self, expr: ast.expr, scope: Scope) -> str:
        """The last ``_TAIL`` characters of a str expression before its query, as this file
        writes it; its unknown parts as ``\\0`` (``f"{base}/chat/completions?v={v}"``:
        ``\\0/chat/completions``)."""
        return self._tail(expr, scope)[0]

    def _tail(self, expr: ast.expr, scope: Scope, depth: int = 0) -> tuple[str, bool]:
        """(``url_tail``, whether a query has started), once per node: bounded, however the
        text is built (``u1 = u0 + u0``, ``u2 = u1 + u1``, ...), and names and functions
        followed ``_MAX_DEPTH`` deep at most (a chain of thousands is unknown, not a crash)."""
        if depth > _MAX_DEPTH:
            return '\0', False
        if id(expr) not in self._tails:
            self._tails[id(expr)] = ('', False)  # a cycle (``url = url + "/x"``) adds nothing
            if isinstance(expr, ast.Constant):
                parts = [(expr.value, False) if isinstance(expr.value, str) else ('\0', False)]
            elif isinstance(expr, ast.JoinedStr):
                parts = [(p.value, False) if isinstance(p, ast.Constant) else ('\0', False) for p in expr.values]
            elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
                # ``a + b + c`` nests to the left: its operands in order, however many
                operands, first = [], expr
                while isinstance(first, ast.BinOp) and isinstance(first.op, ast.Add):
                    operands.append(first.right)
                    first = first.left
                parts = [self._tail(e, scope, depth) for e in (first, *reversed(operands))]
            elif isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == 'format':
                # ``PATH.format(deployment=d)``: the template, each replacement field unknown
                text, query = self._tail(expr.func.value, scope, depth + 1)
                parts = [(_unformatted(text), query)]
            elif isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mod):
                # ``"%s/openai/deployments/%s/chat/completions" % (endpoint, name)``: likewise
                text, query = self._tail(expr.left, scope, depth + 1)
                parts = [(_interpolated(text), query)]
            elif isinstance(expr, ast.Call):  # ``_chat_url(name)``: what a function of this file returns
                bindings = self._bindings_of(expr.func, scope) if isinstance(expr.func, ast.Name) else []
                function = bindings[0].target if len(bindings) == 1 and bindings[0].kind == 'function' else None
                single = function is not None and function.module is scope.module and len(function.returns) == 1  # type: ignore[union-attr]
                parts = [self._tail(function.returns[0], function, depth + 1) if single else ('\0', False)]  # type: ignore[union-attr]
            else:
                once = self.assigned_once(expr, scope)
                assigned = [(once.target, once.scope)] if once else self._url_constant(expr, scope)
                parts = [self._tail(*assigned[0], depth + 1) if len(assigned) == 1 else ('\0', False)]  # type: ignore[arg-type]
            text = ''
            for part, query in parts:
                before, mark, _ = part.partition('?')
                text = (text + before)[-_TAIL:]
                if query or mark:
                    self._tails[id(expr)] = (text, True)
                    break
            else:
                self._tails[id(expr)] = (text, False)
        return self._tails[id(expr)]

    def _url_constant(self, expr: ast.expr, scope: Scope) -> list[tuple[ast.expr, Scope]]:
        """What a URL constant imported from a repository module naming an LLM API or its host
        is assigned there (``config.CHAT_URL``, ``from config import CHAT_URL``), as ``literal``
        reads its start: only in a file that ``reads_urls`` (what the project's gate checks)."""
        if not self.reads_urls:
            return []
        if isinstance(expr, ast.Attribute):
            owner, name = self.resolve(expr.value, scope), expr.attr
        else:
            bindings = self._bindings_of(expr, scope)
            if len(bindings) != 1 or bindings[0].kind != 'import':
                return []
            module, _, name = bindings[0].target.rpartition('.')  # type: ignore[union-attr]
            owner = self._imported(module or '.', bindings[0].scope, 0)  # type: ignore[arg-type]
        return [(b.target, b.scope) for b in self._module_bindings(owner, name)]  # type: ignore[misc]

    def assigned_once(self, expr: ast.expr, scope: Scope) -> Binding | None:
        """The assignment of a name (or ``self.<attr>``) assigned once, in this file (its
        annotation aside); None for any other: the pre-filter reads the file's bytes only."""
        bindings = [b for b in self._bindings_of(expr, scope) if b.kind != 'annotation']
        single = len(bindings) == 1 and bindings[0].kind == 'value' and bindings[0].scope.module is scope.module  # type: ignore[union-attr]
        return bindings[0] if single else None

    def is_collection(self, name: ast.Name, scope: Scope) -> bool:
        """True when each binding of ``name`` assigns it a collection display (a dict, list, set
        or tuple literal, a comprehension), here or in the module it is imported from: handed
        to a call (``sorted(STRATEGIES)``), a collection of SDK callables is none of them."""
        bindings = [b for b in self._bindings_of(name, scope) if b.kind != 'annotation']
        assigned = [
            [(b.target, b.scope)] if b.kind == 'value' else self._assigned_where_imported(b, 0) if b.kind == 'import' else []
            for b in bindings
        ]
        return bool(bindings) and all(a and all(isinstance(e, _COLLECTIONS) for e, _ in a) for a in assigned)

    def _literal(self, expr: ast.expr, scope: Scope, depth: int) -> tuple[str, bool]:
        """(leading literal text of a str expression, whether that text is all of it)."""
        key = (id(expr), id(self._dispatch), self._context, self._url_imports)
        if key not in self._literals:
            if depth > _MAX_DEPTH:
                return '', False
            self._literals[key] = ('', False)  # a cycle (``url = url + '/x'``) adds nothing
            framed = bool(self._calls)
            if framed:
                read, self._read = self._read, _NOT_READ
            text, whole = self._literal_of(expr, scope, depth + 1)
            # a prefix is what is read: ``u1 = u0 + u0``, ``u2 = u1 + u1``... must not double it
            found = self._literals[key] = (text, whole) if len(text) <= _MAX_LITERAL else (text[:_MAX_LITERAL], False)
            if framed:
                self._keep(2, self._literals, key, read)
            return found
        if self._calls and key in self._read_innermost[2]:
            self._read = min(self._read, len(self._calls) - 1)
        return self._literals[key]

    def _literal_of(self, expr: ast.expr, scope: Scope, depth: int) -> tuple[str, bool]:
        if isinstance(expr, ast.Constant):
            return (expr.value, True) if isinstance(expr.value, str) else ('', False)
        if isinstance(expr, ast.JoinedStr):
            parts = []
            for part in expr.values:
                text, whole = (
                    self._literal(part.value, scope, depth) if isinstance(part, ast.FormattedValue)
                    else self._literal(part, scope, depth)
                )
                parts.append(text)
                if not whole:
                    return ''.join(parts), False
            return ''.join(parts), True
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Add, ast.Mod)):
            left, whole = self._literal(expr.left, scope, depth)
            if isinstance(expr.op, ast.Mod):
                return left.partition('%')[0], False
            if not whole:
                return left, False
            right, whole = self._literal(expr.right, scope, depth)
            return left + right, whole
        if isinstance(expr, ast.Call):
            return self._call_literal(expr, scope, depth)
        if isinstance(expr, (ast.BoolOp, ast.IfExp)):  # ``configured or "https://api..."``
            options = expr.values if isinstance(expr, ast.BoolOp) else [expr.body, expr.orelse]
            literals = [self._literal(o, scope, depth) for o in options]
            return next((lit for lit in literals if URL_START.match(lit[0])), ('', False))
        bindings = self._bindings_of(expr, scope)
        if not bindings and isinstance(expr, ast.Attribute) and self._url_imports:  # ``config.API_URL``
            bindings = self._module_bindings(self.resolve(expr.value, scope, depth), expr.attr)
        for binding in bindings:
            if binding.kind == 'value':
                text, whole = self._literal(binding.target, binding.scope, depth)  # type: ignore[arg-type]
            elif binding.kind == 'parameter':  # ``load(name)`` into ``import_module(name)``
                passed = self._in_caller(binding, lambda e, s: self._literal(e, s, depth), None)
                if passed is None:  # not passed (or no call is being resolved): where its default points
                    default = _default(binding.scope, binding.target)  # type: ignore[arg-type]
                    passed = ('', False) if default is None else (self._literal(default, binding.scope.parent, depth)[0], False)  # type: ignore[arg-type]
                text, whole = passed
            elif binding.kind == 'import' and self._url_imports:  # ``from config import API_URL``
                assigned = self._assigned_where_imported(binding, depth, urls=True)
                text, whole = next((lit for lit in (self._literal(e, s, depth) for e, s in assigned) if lit[0]), ('', False))
            else:
                continue
            if text:
                return text, whole
        return '', False

    def _module_bindings(self, owner: Value, name: str) -> list[Binding]:
        """The top-level bindings of ``name`` in the repository module ``owner`` if it names an
        LLM API host (a URL constant read as ``config.API_URL``, one import away)."""
        if not isinstance(owner, ModuleRef) or owner.module.file is None or not self.project:
            return []
        if not self.project.names_llm_host(owner.module.file):
            return []
        scopes = self._scopes_of(owner.module.file)
        return [] if scopes is None else [b for b in scopes.root.bindings.get(name, ()) if b.kind == 'value']

    def _call_literal(self, call: ast.Call, scope: Scope, depth: int) -> tuple[str, bool]:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == 'format':  # '{base}/v1'.format(...)
            return self._literal(func.value, scope, depth)[0].partition('{')[0], False
        if isinstance(func, ast.Attribute) and func.attr in _STRIPS:  # ``os.getenv(...).rstrip("/")``
            text, whole = self._literal(func.value, scope, depth)
            chars = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if whole and len(chars) == len(call.args) <= 1 and not call.keywords:
                return getattr(text, func.attr)(*chars), True
            return text, False
        name = self.resolve(func, scope)
        if isinstance(name, Imported) and name.name in ('urllib.parse.urljoin', 'urllib.request.Request'):
            url = argument(call, 0, 'url')
            if url is not None:
                return self._literal(url, scope, depth)[0], False
        if isinstance(name, Imported) and name.name in _FIELDS:  # ``api_url: str = Field("https://...")``
            default = _field_default(call, name.name)
            return ('', False) if default is None else self._literal(default, scope, depth)
        default = argument(call, 1, 'default') if isinstance(name, Imported) and name.name in _ENVIRONMENT_READS else None
        if default is None and isinstance(func, ast.Attribute) and func.attr == 'get' and len(call.args) == 2 and not isinstance(name, Imported):
            default = call.args[1]  # ``cfg.get("base_url", XAI_BASE_URL)`` of a mapping not known
        if default is not None:  # where the code posts unless the environment (or settings) says otherwise
            return self._literal(default, scope, depth)[0], False
        return '', False

    def _bindings_of(self, expr: ast.expr, scope: Scope) -> list[Binding]:
        """What a name or a ``self.<attr>`` / ``cls.<attr>`` / ``Class.<attr>`` was assigned."""
        if isinstance(expr, ast.Name):
            found = self.lookup(expr.id, scope)
            return found if isinstance(found, list) else []
        if isinstance(expr, ast.Attribute):
            owner = self._definition(expr.value, scope, 0)
            if isinstance(owner, SelfOf):
                return self._self_bindings(owner.scope, expr.attr)
        return []

    def _self_bindings(self, cls: Scope, name: str) -> list[Binding]:
        """What ``self.<name>`` was assigned in ``cls``, or first in a class between it and the
        most derived class being resolved: ``get_client(self.provider)`` in a base class's
        ``__init__`` reads the ``provider = "gemini"`` of the subclass being made."""
        dispatch = self._dispatch
        if dispatch is not None and dispatch is not cls:
            order = self._mro(dispatch, 0)
            for klass in order[:order.index(cls)] if cls in order else ():
                found = [*klass.bindings.get(name, ()), *klass.attrs.get(name, ())]
                if found:
                    return found
        return [*cls.bindings.get(name, ()), *cls.attrs.get(name, ())]

    def is_tracker(self, expr: ast.expr, scope: Scope, trackers: tuple[str, ...]) -> bool:
        """True when ``expr`` calls one of ``trackers`` (dotted names, matched through imports),
        or a method of the same name on an object of a repository class defining it (an
        injected tracker: ``self._tracker.track_llm_call(...)``)."""
        if not isinstance(expr, ast.Call):
            return False
        name = self.dotted_name(expr.func, scope)
        if name is not None and any(name == t or name.endswith(f'.{t}') for t in trackers):
            return True
        func = expr.func
        if type(func) is not ast.Attribute or not any(t.rpartition('.')[2] == func.attr and '.' in t for t in trackers):
            return False
        owner = self.resolve(func.value, scope)
        owner = self.parsed(owner, 0) if isinstance(owner, Defined) else owner
        return type(owner) is SelfOf and type(self._class_attribute(owner.scope, func.attr, 0)) is Function

    def dotted_name(self, expr: ast.expr, scope: Scope) -> str | None:
        """``a.b.c`` with the root resolved through imports; None if not a plain chain."""
        parts: list[str] = []
        while isinstance(expr, ast.Attribute):
            parts.append(expr.attr)
            expr = expr.value
        if not isinstance(expr, ast.Name):
            return None
        root = expr.id
        found = self.lookup(root, scope)
        if isinstance(found, list):
            imported = [b.target for b in found if b.kind == 'import']
            if imported:
                root = imported[0]  # type: ignore[assignment]
        return '.'.join([root, *reversed(parts)])



def _exported_by_star(scopes: ModuleScopes | None, name: str) -> bool:
    """Whether ``from module import *`` (of the module ``scopes``) binds ``name``: listed in a
    literal ``__all__``, or public when there is none."""
    listed = None
    for binding in [] if scopes is None else scopes.root.bindings.get('__all__', ()):
        if binding.kind == 'value' and isinstance(binding.target, (ast.List, ast.Tuple)):
            names = {e.value for e in binding.target.elts if isinstance(e, ast.Constant)}
            listed = names if listed is None else listed | names
    return name in listed if listed is not None else not name.startswith('_')


def _methods(cls: Scope) -> list[Scope]:
    """The functions defined in the body of the class ``cls``."""
    return [b.target for bindings in cls.bindings.values() for b in bindings if b.kind == 'function']  # type: ignore[misc]


@functools.lru_cache(maxsize=None)  # built when first asked: the hook's start-up time
def _endings() -> tuple[dict[str, list[tuple[str, ...]]], int]:
    """Endpoint paths (and tails) by their last name, and the longest one's length: a call
    ending with one on a parameter (or on ``self``) may be on a client a module wiring the
    function (or class) passes (``_wiring``)."""
    endings: dict[str, list[tuple[str, ...]]] = {}
    for path in catalogue.client_paths():
        endings.setdefault(path[-1], []).append(path)
    return endings, max(len(e) for paths in endings.values() for e in paths)


def _same_scope(one: Scope, other: Scope) -> bool:
    """Whether two scopes are the same module, class or function (of one module, perhaps read twice)."""
    if one is other:
        return True
    # the checked file's path as given (``./app/x.py``) and as the project reads it (``app/x.py``)
    same_file = os.path.abspath(one.module.path) == os.path.abspath(other.module.path)
    if one.kind == 'module' or other.kind == 'module':
        return same_file and one.kind == other.kind
    return same_file and one.node.lineno == other.node.lineno  # type: ignore[union-attr]


def _configured(function: Scope, parameter: str) -> str | None:
    """The registered function a spaCy component factory's ``default_config`` gives its
    ``parameter`` (``@Language.factory("linker", default_config={"client": {"@misc":
    "llm.cohere_client.v1"}})``: ``llm.cohere_client.v1``); None if none."""
    for decorator in getattr(function.node, 'decorator_list', ()):
        config = argument(decorator, -1, 'default_config') if type(decorator) is ast.Call and last_name(decorator.func) == 'factory' else None
        for key, value in zip(config.keys, config.values) if type(config) is ast.Dict else ():
            if type(key) is ast.Constant and key.value == parameter and type(value) is ast.Dict and len(value.keys) >= 1:
                first, named = value.keys[0], value.values[0]
                if type(first) is ast.Constant and str(first.value).startswith('@') and type(named) is ast.Constant and isinstance(named.value, str):
                    return named.value
    return None


def _keyed(expr: ast.expr, name: str, key: str) -> ast.expr:
    """``expr`` with the loop's key variable ``name`` read as the string ``key`` where an
    argument gives it (``name``, ``clients[name]``, ``client_for(name, settings)``): a copy
    where it changed."""
    def given(e: ast.expr) -> ast.expr:
        return ast.copy_location(ast.Constant(key), e) if type(e) is ast.Name and e.id == name else e

    if type(expr) is ast.Subscript:
        return ast.copy_location(ast.Subscript(value=expr.value, slice=given(expr.slice), ctx=ast.Load()), expr)
    if type(expr) is ast.Call:
        keywords = [ast.keyword(arg=k.arg, value=given(k.value)) for k in expr.keywords]
        return ast.copy_location(ast.Call(func=expr.func, args=[given(a) for a in expr.args], keywords=keywords), expr)
    return given(expr)


def _forwarding(function: Scope) -> bool | None:
    """Whether ``function`` calls its first parameter (after ``self``) with its ``*args``
    (True: and its ``**kwargs`` too), anywhere in its body; None if it does not."""
    node = function.node
    if type(node) not in (ast.FunctionDef, ast.AsyncFunctionDef) or node.args.vararg is None:  # type: ignore[union-attr]
        return None
    positional = [*node.args.posonlyargs, *node.args.args]  # type: ignore[union-attr]
    skipped = 1 if function.parent is not None and function.parent.kind == 'class' else 0
    if len(positional) <= skipped:
        return None
    handed, rest = positional[skipped].arg, node.args.vararg.arg  # type: ignore[union-attr]
    keywords = node.args.kwarg.arg if node.args.kwarg else None  # type: ignore[union-attr]
    for inner in ast.walk(node):
        if type(inner) is ast.Call and type(inner.func) is ast.Name and inner.func.id == handed and inner.args:
            first = inner.args[0]
            if len(inner.args) == 1 and type(first) is ast.Starred and type(first.value) is ast.Name and first.value.id == rest:
                return any(k.arg is None and type(k.value) is ast.Name and k.value.id == keywords for k in inner.keywords)
    return None


def _handed(call: ast.Call) -> ast.Call | None:
    """The call of a callable that a hand-off (``_HANDOFFS``) makes: ``explain(client, m)`` for
    ``pool.submit(explain, client, m)`` or ``threading.Thread(target=explain, args=(client, m))``;
    None if ``call`` is none."""
    handoff = _HANDOFFS.get(last_name(call.func))
    if handoff is None:
        return None
    at, keywords = handoff
    if at < 0:
        target, given = argument(call, -1, 'target'), argument(call, -1, 'args')
        args = given.elts if isinstance(given, (ast.Tuple, ast.List)) else []
        return None if target is None else ast.Call(func=target, args=args, keywords=[])
    if len(call.args) <= at or isinstance(call.args[at], ast.Starred):
        return None
    return ast.Call(func=call.args[at], args=call.args[at + 1:], keywords=call.keywords if keywords else [])


def _passed(function: Scope, call: ast.Call, parameter: ast.arg, bound: bool = False) -> ast.expr | None:
    """The argument ``call`` passes to ``parameter`` of ``function`` (by keyword or position);
    ``bound``: ``call`` makes an instance, so ``__init__``'s ``self`` is not among them."""
    for keyword in call.keywords:
        if keyword.arg == parameter.arg:
            return keyword.value
    args = function.node.args  # type: ignore[union-attr]
    positional = [*args.posonlyargs, *args.args]
    if parameter not in positional:
        return None
    index = positional.index(parameter)
    decorators = getattr(function.node, 'decorator_list', ())
    if bound:
        index -= 1
    elif function.parent is not None and function.parent.kind == 'class' and isinstance(call.func, ast.Attribute):
        # a bound method: ``self`` is not among the arguments
        index -= not any(last_name(d) == 'staticmethod' for d in decorators)
    if not 0 <= index < len(call.args) or any(isinstance(a, ast.Starred) for a in call.args[:index + 1]):
        return None
    return call.args[index]


def _field_default(call: ast.Call, name: str) -> ast.expr | None:
    """The default a field declared by ``call`` to ``name`` (one of ``_FIELDS``) holds:
    ``default=``, or pydantic's first argument; else what a ``default_factory=lambda: ...``
    returns (``field(default_factory=lambda: os.getenv("XAI_BASE_URL", "https://api.x.ai/v1"))``)."""
    default = argument(call, -1 if name == 'dataclasses.field' else 0, 'default')
    factory = argument(call, -1, 'default_factory') if default is None else None
    return factory.body if type(factory) is ast.Lambda else default


def _unformatted(template: str) -> str:
    """A ``str.format`` template's text with each replacement field (``{name}``) unknown: ``\\0``."""
    pieces = template.split('{')
    return '\0'.join([pieces[0], *(piece.partition('}')[2] for piece in pieces[1:])])


def _interpolated(template: str) -> str:
    """A ``%`` template's text with each conversion (``%s``, ``%(name)s``, ``%-5.2f``)
    unknown: ``\\0``; ``%%`` is ``%``."""
    text = []
    at, end = 0, len(template)
    while at < end:
        mark = template.find('%', at)
        if mark < 0:
            text.append(template[at:])
            break
        text.append(template[at:mark])
        at = mark + 1
        if template[at:at + 1] == '%':
            text.append('%')
            at += 1
            continue
        if template[at:at + 1] == '(':
            close = template.find(')', at)
            at = end if close < 0 else close + 1
        while at < end and template[at] in '#0- +*.123456789hlL':
            at += 1
        text.append('\0')
        at += 1  # the conversion's letter
    return ''.join(text)


def _default(function: Scope, parameter: ast.arg) -> ast.expr | None:
    """The default value of ``parameter`` of ``function``, if it has one."""
    args = function.node.args  # type: ignore[union-attr]
    positional = [*args.posonlyargs, *args.args]
    defaults = dict(zip(map(id, positional[len(positional) - len(args.defaults):]), args.defaults))
    defaults.update(zip(map(id, args.kwonlyargs), args.kw_defaults))
    return defaults.get(id(parameter))


def _parameter(function: Scope, name: str) -> ast.arg | None:
    """The parameter ``name`` of ``function`` (not ``*args`` or ``**kwargs``), if it has one."""
    args = function.node.args  # type: ignore[union-attr]
    return next((a for a in (*args.posonlyargs, *args.args, *args.kwonlyargs) if a.arg == name), None)


def _within(scope: Scope, function: Scope) -> bool:
    """Whether ``scope`` is ``function`` or a scope nested in it."""
    current: Scope | None = scope
    while current is not None:
        if current is function:
            return True
        current = current.parent
    return False


def _method_of(scope: Scope) -> Scope | None:
    """The class whose method ``scope`` is, or is nested in; None if none."""
    while scope.parent is not None:
        if scope.parent.kind == 'class' and scope.kind == 'function':
            return scope.parent
        scope = scope.parent
    return None


def _marimo_cell(function: Scope) -> bool:
    """Whether ``function`` is a marimo notebook's cell: decorated ``@app.cell`` (or
    ``@app.cell(hide_code=True)``) in a module importing marimo."""
    decorators = getattr(function.node, 'decorator_list', ())
    return any(last_name(d.func if type(d) is ast.Call else d) == 'cell' for d in decorators) and function.module.imports_root('marimo')


def _root(expr: ast.expr) -> str:
    """The name an expression of attributes, items and calls starts from (``self`` of
    ``self.registry.get(name)``), or ''."""
    while type(expr) in (ast.Attribute, ast.Subscript, ast.Call):
        expr = expr.func if type(expr) is ast.Call else expr.value  # type: ignore[attr-defined]
    return expr.id if type(expr) is ast.Name else ''


def _is_parameter(function: Scope, name: str) -> bool:
    return any(b.kind == 'parameter' for b in function.bindings.get(name, ()))


def _local_only(value: Value) -> bool:
    """A path on something unknown, or a litellm function name bound nowhere: evidence only
    in its own file."""
    if isinstance(value, Unbound):
        return value.name in catalogue.UNBOUND_LITELLM_NAMES
    return isinstance(value, (Opaque, Foreign)) and bool(value.path)


def _is_generic(value: Value) -> bool:
    """A generic type (``Optional``, ``list``, ...) whose subscript is an annotation; a
    dependency-injection marker's too (dishka's ``FromDishka[AsyncAnthropic]``: an instance of
    the type the container provides)."""
    if isinstance(value, Unbound):
        return value.name in _BUILTIN_GENERICS
    return isinstance(value, Imported) and (value.name.partition('.')[0] in _TYPING_MODULES or value.name in _INJECTED)


def _is_client(value: Value) -> bool:
    """An SDK client, module or constructor, or a function or class of the repository: a value
    a call making an instance with it (``Service(OpenAI())``, ``ClientPool(make_client)``)
    hands on without calling it.  An SDK function or endpoint handed to a call is reported there."""
    if type(value) is Instance:
        return not value.path
    if type(value) in (Function, SelfOf, Defined):
        return True
    return type(value) is Imported and _in_sdk(value.name) and value.name not in FUNCTIONS


def _mapping(annotation: ast.expr) -> bool:
    """Whether ``annotation`` declares a mapping: ``dict``, ``Dict[str, object]``, ``Mapping[...]``."""
    return last_name(annotation.value if type(annotation) is ast.Subscript else annotation) in _MAPPINGS


def _table_key(value: ast.Name | ast.Lambda | ast.FunctionDef | ast.AsyncFunctionDef) -> str | tuple[int, int]:
    """How a dispatch table's value is known (``_tables``): a function by its name, a lambda by
    where it is written (the same in each parse of its module)."""
    if type(value) is ast.Lambda:
        return value.lineno, value.col_offset
    return value.id if type(value) is ast.Name else value.name  # type: ignore[union-attr]


def _is_first(function: Scope, parameter: ast.arg) -> bool:
    """Whether ``parameter`` is the first of ``function``'s."""
    arguments = function.node.args  # type: ignore[union-attr]
    return next(iter((*arguments.posonlyargs, *arguments.args)), None) is parameter


def _client_first(values: Iterable[Value]) -> Value | None:
    """Of ``values``, in order, the first SDK client (read no further), else the first object
    of the repository that may hold some (``_gives_clients``); None if neither."""
    holder = None
    for value in values:
        if _is_client(value) and _is_sdk(value):
            return value
        if holder is None and _gives_clients(value):
            holder = value
    return holder


def _gives_clients(value: Value) -> bool:
    """What a construction (or a Tornado route) passes that a parameter is taken to be: an SDK
    client, or an object of the repository, made there or declared, which may hold some
    (``App(clients)``, ``JobRunner(registry)`` of ``registry: Optional[ClientRegistry]``, a
    registry made empty and filled by its methods: ``reg = ProviderRegistry()``)."""
    return _is_client(value) and _is_sdk(value) or type(value) in (SelfOf, Application) or type(value) is Defined and not value.function


def _is_sdk(value: Value) -> bool:
    if type(value) is Instance:
        return True
    return type(value) is Imported and _in_sdk(value.name)


@functools.lru_cache(maxsize=4096)
def _in_sdk(name: str) -> bool:
    """Whether a qualified name lies in a module of the catalogue."""
    return in_modules(name, _SDK_MODULES)


def in_modules(name: str, modules: Collection[str]) -> bool:
    """Whether a qualified name is one of ``modules`` or lies inside one."""
    parts = name.split('.')
    return any('.'.join(parts[:i]) in modules for i in range(1, len(parts) + 1))


def _foreign(name: str) -> Value:
    """A call of / annotation with an imported non-SDK name: a class (CapWords) is foreign."""
    last = name.rpartition('.')[2]
    if last[:1].isupper() and not _in_sdk(name) and name.partition('.')[0] not in _TYPING_MODULES:
        return Foreign(name)
    return UNKNOWN


def _item(given: ast.Dict | ast.Call, key: str) -> ast.expr | None:
    """The value at ``key`` of a dict display or a ``dict(...)`` call's keywords."""
    if type(given) is ast.Dict:
        return next((v for k, v in zip(given.keys, given.values) if type(k) is ast.Constant and k.value == key), None)
    return argument(given, -1, key)  # type: ignore[arg-type]


def argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    """The argument at ``index`` (-1: keyword only) or passed as ``keyword=``."""
    for k in call.keywords:
        if k.arg == keyword:
            return k.value
    if 0 <= index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[:index + 1]):
        return call.args[index]
    return None


