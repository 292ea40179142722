"""Match resolved calls against the catalogue: which provider a call reaches directly.

A call matches when its target resolves to an SDK function or endpoint, to a distinctive
endpoint tail (``chat.completions.create``) on anything, to an endpoint on an unknown
receiver in a file that imports that SDK (with a model argument), or to a raw HTTP request
whose URL starts with a known LLM API host.
"""
from __future__ import annotations

import ast
import bisect
import os
from itertools import repeat

from check_llm_usage import catalogue
from check_llm_usage.catalogue import Provider
from check_llm_usage.records import NamedTuple
from check_llm_usage.scopes import Call
from check_llm_usage.scopes import ModuleScopes
from check_llm_usage.scopes import Scope
from check_llm_usage.scopes import block_span
from check_llm_usage.scopes import branch_tests
from check_llm_usage.scopes import last_name
from check_llm_usage.values import CONSTRUCTORS
from check_llm_usage.values import FUNCTIONS
from check_llm_usage.values import URL_START
from check_llm_usage.values import Foreign
from check_llm_usage.values import Imported
from check_llm_usage.values import Instance
from check_llm_usage.values import Opaque
from check_llm_usage.values import Resolver
from check_llm_usage.values import Unbound
from check_llm_usage.values import argument

# typing.TYPE_CHECKING without importing typing (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from check_llm_usage.values import Value


class DirectCall(NamedTuple):
    """A call (or a callable handed to a caller) that reaches an LLM provider's API directly."""

    node: ast.expr
    provider: Provider
    target: str
    # where the client was made, when that is another file: (description, path, line)
    origin: tuple[str, str, int] | None = None


TAILS: dict[str, list[tuple[tuple[str, ...], Provider]]] = {}
for _provider in catalogue.PROVIDERS:
    for _tail in _provider.distinctive_tails:
        TAILS.setdefault(_tail.rpartition('.')[2], []).append((tuple(_tail.split('.')), _provider))
ENDPOINTS = {p.key: frozenset(p.endpoints) for p in catalogue.PROVIDERS}
# endpoint paths as tuples, for receivers known only by the file's imports; CHAIN: 2+ links
_ALL_ENDPOINTS = {p.key: tuple(tuple(e.split('.')) for e in p.endpoints) for p in catalogue.PROVIDERS}
_CHAIN_ENDPOINTS = {p.key: tuple(e for e in _ALL_ENDPOINTS[p.key] if len(e) > 1) for p in catalogue.PROVIDERS}
# the last name of every callable a rule can match (module functions, endpoints, tails, HTTP)
TERMINALS = frozenset(
    name.rpartition('.')[2] for p in catalogue.PROVIDERS for name in (*p.functions, *p.endpoints, *p.distinctive_tails)
) | frozenset(catalogue.HTTP_METHODS) | {n.rpartition('.')[2] for n in catalogue.HTTP_FUNCTIONS} | catalogue.UNBOUND_LITELLM_NAMES
# the codes of clients that are called themselves, and the bindings that give no other callable
_CALLED_CLIENTS = frozenset(p.code for p in catalogue.PROVIDERS if '__call__' in p.endpoints)
_UNCALLABLE_BINDINGS = frozenset(('parameter', 'annotation', 'function', 'class', 'self', 'opaque'))
# an SDK client's raw request method, honoured only on a receiver traced to the SDK
_TRANSPORT_METHODS = frozenset(('post',))
_SHOWN_ATTRIBUTES = 5  # of a call target too deep for ast.unparse
# API host patterns of the providers, for clients pointed elsewhere: OpenAI(base_url=<groq>)
_HOSTED = tuple((host, p) for p in catalogue.PROVIDERS if p is not catalogue.RAW_HTTP for host in p.hosts)
_OLLAMA = next(p for p in catalogue.PROVIDERS if p.key == 'ollama')


class Matcher:
    """The direct LLM calls of one checked file."""

    def __init__(self, module: ModuleScopes, resolver: Resolver) -> None:
        self.module = module
        self.resolver = resolver
        self._imported_providers: list[Provider] | None = None  # providers whose SDK is imported
        self._decorators: set[int] | None = None  # the decorator expressions, once one is asked about
        self._ollama: dict[int, bool] = {}  # _spells_ollama of each expression asked
        self._starts: dict[int, list[int]] = {}  # the first lines of each block (block_span)
        self._alternatives: dict[tuple[int, str, tuple[str, ...], int, int], tuple] = {}  # _clients of each client set
        # the last names of the attribute calls worth resolving: a rule's, or one this file binds
        # (``self.fn = litellm.completion``, a class attribute); any with a configured object or
        # a ``__getattr__`` (it may return an SDK callable for every name)
        classes = [s for s in module.scopes if s.kind == 'class']
        dynamic = any('__getattr__' in s.bindings for s in (module.root, *classes))
        self._names = None if resolver.llm_objects or dynamic else TERMINALS.union(
            catalogue.TRANSPARENT_ATTRIBUTES, module.assigned_attributes, *(s.bindings for s in classes),
        )
        # the attributes a class keeps a rule's callable in (``self._create = client.embeddings.create``,
        # ``partial(litellm.completion, ...)``): calls through them follow imports as its name would
        self._stored = {
            name for s in classes for name, bindings in (*s.attrs.items(), *s.bindings.items())
            if name not in TERMINALS and any(b.kind == 'value' and _names_terminal(b.target) for b in bindings)
        }

    def match(self, call: Call, codes: frozenset[str]) -> DirectCall | None:
        """The provider (among ``codes``) a call reaches directly, or None."""
        node, scope = call.node, call.scope
        func = node.func
        if not self._may_resolve(func):
            return None
        self.resolver.follow = self._may_match(func)
        value = self.resolver.value(func, scope)
        if isinstance(value, Instance) and value.path and value.constructor in self.resolver.llm_objects:
            provider: Provider | None = catalogue.LLM_OBJECTS  # any method of a configured object
        else:
            provider = self._hosted(value, _provider_of(value))
            if type(value) is Instance and value.others:
                value, provider = self._alternative(value, provider, func, scope)
        if provider is not None and not provider.enabled and provider.code not in codes:
            # an unselected framework group: the client it wraps still answers to its tail
            provider = _provider_by_tail(value.path) if isinstance(value, Instance) else None
        if provider is None:
            provider = self._by_imports(value, node, codes)
        if provider is None and catalogue.RAW_HTTP.code in codes:
            provider = self._raw_http(value, node, scope)
        if provider is None or provider.code not in codes:
            return None
        unsent = catalogue.UNSENT_KEYWORDS.get(provider.key)
        if unsent and any(k.arg in unsent for k in node.keywords):
            return None  # ``litellm.completion(..., mock_response=...)``: no request is sent
        return DirectCall(node, provider, _target(value, func), self._origin(value))

    def direct(self, call: Call, codes: frozenset[str]) -> list[DirectCall]:
        """What a call site reaches directly: the call itself, and SDK callables handed to it."""
        self.resolver.settle()
        found = self.match(call, codes)
        passed = self.references(call, codes)
        return passed if found is None else [found, *passed]

    def references(self, call: Call, codes: frozenset[str]) -> list[DirectCall]:
        """SDK callables passed to another callable, which calls them for the caller.

        ``retryer(self.client.chat.completions.create, **kwargs)``,
        ``asyncio.to_thread(client.models.generate_content, ...)``; reported at the reference.
        """
        node = call.node
        if not node.args and not node.keywords or last_name(node.func) in catalogue.NOT_CALLING:
            return []
        found = []
        for arg in (*node.args, *[k.value for k in node.keywords]):
            if type(arg) is ast.Starred:
                arg = arg.value
            if type(arg) is ast.Call and arg.args and last_name(arg.func) == 'partial':
                arg = arg.args[0]  # ``pool.map(partial(client.embed, model), texts)``
            if type(arg) is ast.Name:
                if self._holds_no_callable(arg, call.scope, codes):
                    continue
            elif type(arg) is not ast.Attribute or not self._may_resolve(arg):
                continue
            self.resolver.follow = self._may_match(arg)
            value = self.resolver.value(arg, call.scope)
            provider = None if isinstance(value, Unbound) else self._hosted(value, _provider_of(value))
            if type(value) is Instance and value.others:
                value, provider = self._alternative(value, provider, arg, call.scope)
            if provider is not None and provider.code in codes:
                if type(arg) is ast.Name and self.resolver.is_collection(arg, call.scope):
                    continue  # ``sorted(STRATEGIES)``: the dict's values are, not the dict
                found.append(DirectCall(arg, provider, _target(value, arg), self._origin(value)))
        return found

    def _alternative(self, value: Instance, provider: Provider | None, node: ast.expr, scope: Scope) -> tuple[Value, Provider | None]:
        """Of the clients ``value`` (at ``node``, in ``scope``; ``provider``'s callable) may be,
        the one whose callable it is, with its provider: the one made last before it in its
        block (``elif kind == "xai": client = OpenAI(base_url=XAI_URL)`` and the call), else the
        one an ``if`` it is in names (``if provider == "cohere": client.chat(...)``), else the
        one the function or class it is in names (``def _watsonx_chat(client, ...)``), else the first."""
        found, first_by_key, made = self._clients(value, provider, scope)
        if len(found) > 1:
            block = block_span(scope.node, node.lineno, self._starts)
            lines = made.get(block, ())
            at = bisect.bisect_right(lines, (node.lineno, len(found)))
            if at:
                return found[lines[at - 1][1]]
            named = {text for test in branch_tests(scope.node, node.lineno, self._starts) for text in _compared_texts(test)}
            chosen = min((first_by_key[k] for k in named if k in first_by_key), default=None)
            if chosen is None:  # ``def _watsonx_chat(client, ...)``, ``class CohereBackend``
                names = _enclosing_names(scope)
                chosen = min((i for k, i in first_by_key.items() if any(k in n for n in names)), default=None)
            if chosen is not None:
                return found[chosen]
        return found[0] if found else (value, provider)

    def _clients(
        self, value: Instance, provider: Provider | None, scope: Scope,
    ) -> tuple[list[tuple[Value, Provider | None]], dict[str, int], dict[tuple[int, int], list[tuple[int, int]]]]:
        """For ``_alternative``, once per client set and scope, not per call (a name bound to
        8,000 clients and called 8,000 times took 221 s): the clients with their providers, the
        index of the first of each provider, and the (line, index) of those made in ``scope``,
        by the block they are made in, in order."""
        key = (id(value.others), value.constructor, value.path, id(value.origin), id(scope))
        memo = self._alternatives.get(key)
        if memo is None:
            found = [(value, provider)] if provider else []
            found += [(v, p) for v in value.alternatives() for p in (self._hosted(v, _provider_of(v)),) if p]
            first_by_key: dict[str, int] = {}
            made: dict[tuple[int, int], list[tuple[int, int]]] = {}
            for i, (v, hosted) in enumerate(found):
                if hosted is not None:
                    first_by_key.setdefault(hosted.key, i)
                if v.origin and v.origin[1] is scope and hasattr(v.origin[0], 'lineno'):
                    line = v.origin[0].lineno
                    made.setdefault(block_span(scope.node, line, self._starts), []).append((line, i))
            for lines in made.values():
                lines.sort()
            # the value is kept with its entry: the ids in the key are not reused meanwhile
            memo = self._alternatives[key] = (found, first_by_key, made, value)
        return memo[0], memo[1], memo[2]

    def _holds_no_callable(self, name: ast.Name, scope: Scope, codes: frozenset[str]) -> bool:
        """True if ``name`` is bound only as a parameter, by an annotation, or to a ``def``, a
        class or ``self``: what a caller passes it, or its declared type, is a client at most,
        never an SDK function or endpoint, and only an agent framework's client (LLM031) is
        called itself (``dspy.LM(...)``)."""
        if scope.kind == 'class' or not _CALLED_CLIENTS.isdisjoint(codes):
            return False
        bindings = self.resolver.lookup(name.id, scope)
        return isinstance(bindings, list) and all(b.kind in _UNCALLABLE_BINDINGS for b in bindings)

    def _may_resolve(self, target: ast.expr) -> bool:
        """Whether a call of ``target`` can match at all: an attribute reaches an SDK callable
        only under a rule's name or through a name this file binds."""
        return self._names is None or not isinstance(target, ast.Attribute) or target.attr in self._names

    def _may_match(self, target: ast.expr) -> bool:
        """Whether a rule could match a call of ``target`` by its last name (or it is a bare
        name, or a configured object may be behind it): only then are imports followed."""
        return (
            not isinstance(target, ast.Attribute) or target.attr in TERMINALS or target.attr in self._stored
            or bool(self.resolver.llm_objects)
        )

    def _origin(self, value: Value) -> tuple[str, str, int] | None:
        """The client's constructor call, when it is in another module of the repository."""
        if not isinstance(value, Instance) or value.origin is None:
            return None
        call, scope = value.origin
        if scope.module is self.module or not scope.module.path or not hasattr(call, 'lineno'):
            return None
        article = 'an' if value.constructor[:1].lower() in 'aeiou' else 'a'
        return f'{article} {value.constructor} client', scope.module.path.replace(os.sep, '/'), call.lineno

    def _hosted(self, value: Value, provider: Provider | None) -> Provider | None:
        """The provider whose API a client's literal ``base_url=`` names, else ``provider``.

        ``OpenAI(base_url="https://api.groq.com/openai/v1")`` bills Groq: the call is Groq's;
        an OpenAI client on Ollama's port, or on a URL spelling Ollama (``OLLAMA_BASE_URL``,
        made in ``get_ollama_client``), is Ollama's.
        """
        if provider is None or not isinstance(value, Instance) or value.origin is None:
            return provider
        base_url = argument(value.origin[0], -1, 'base_url')
        if base_url is None:
            return provider
        text = self.resolver.literal(base_url, value.origin[1])[0]
        if provider.key == 'openai' and (_on_ollama_port(text) or self._names_ollama(base_url, value.origin[1])):
            return _OLLAMA  # Ollama's OpenAI-compatible API: ``base_url="http://localhost:11434/v1"``
        host = URL_START.match(text)
        if host is None or not host.group(1):
            return provider
        import fnmatch  # here: it imports re, which a file with no base_url never needs

        # case-sensitive, as the pre-filter's byte search for the host text is
        return next((p for pattern, p in _HOSTED if fnmatch.fnmatchcase(host.group(1), pattern)), provider)

    def _by_imports(self, value: Value, node: ast.Call, codes: frozenset[str]) -> Provider | None:
        """An endpoint on a receiver of unknown origin, in a file that imports its SDK.

        Weaker evidence than a traced receiver, so the call must also name a model
        (Twilio's ``client.messages.create(to=..., body=...)`` names none).  A receiver traced
        to a client that has no such endpoint counts as unknown: a name bound to several
        clients (``for name, client in ...`` in two loops) is traced to one of them only.
        """
        own = None
        if isinstance(value, Imported):
            path = tuple(value.name.split('.'))
            if path[0] in catalogue.MODULE_CLIENTS or value.name in CONSTRUCTORS:
                return None
            endpoints = _CHAIN_ENDPOINTS  # a module function named like a client method is not one
        elif isinstance(value, Opaque) and isinstance(node.func, ast.Attribute):
            path = value.path
            endpoints = _ALL_ENDPOINTS
        elif isinstance(value, Instance) and value.constructor in CONSTRUCTORS and isinstance(node.func, ast.Attribute):
            path = value.path  # an SDK client's (not an HTTP client's, nor a configured object's)
            endpoints = _ALL_ENDPOINTS
            own = CONSTRUCTORS[value.constructor]
        else:
            return None
        if not path or path[-1] in _TRANSPORT_METHODS:
            return None
        # ``**kwargs`` may carry the model, but ``model.generate(**inputs)`` (transformers) shows
        # that only a multi-link path, or a receiver named as a client, is specific enough for it
        if not any(k.arg in catalogue.MODEL_KEYWORDS for k in node.keywords):
            if all(k.arg is not None for k in node.keywords):
                return None
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else node.func
            if len(path) == 1 and 'client' not in last_name(receiver).lower():
                return None
        if self._imported_providers is None:
            imported = {
                '.'.join(parts[:i]) for parts in map(str.split, self.module.imported_modules, repeat('.'))
                for i in range(1, len(parts) + 1)
            }
            self._imported_providers = [p for p in catalogue.PROVIDERS if not imported.isdisjoint(p.modules)]
        for provider in self._imported_providers:
            if provider.code not in codes or provider is own:
                continue
            for endpoint in endpoints[provider.key]:
                if path[-len(endpoint):] == endpoint:
                    return provider
        return None

    # -- raw HTTP -------------------------------------------------------------------------

    def _reads(self, urlopen: ast.Call, scope: Scope) -> bool:
        """Whether ``urlopen(...)`` (in ``scope``) is a GET: it is given no ``data``, nor is the
        ``Request`` it opens (written there or bound once to the name it opens), whose
        ``method=`` does not say otherwise."""
        if argument(urlopen, 1, 'data') is not None:
            return False
        opened = argument(urlopen, 0, 'url')
        if type(opened) is ast.Name:
            bound = self.resolver.lookup(opened.id, scope)
            values = [b.target for b in bound if b.kind == 'value'] if isinstance(bound, list) else []
            opened = values[0] if len(values) == 1 else opened
        if type(opened) is ast.Constant or type(opened) is ast.JoinedStr:
            return True  # a URL: a GET unless given data
        if type(opened) is not ast.Call or last_name(opened.func) != 'Request':
            return False  # not known: what it sends is not known either
        method = argument(opened, 5, 'method')
        if isinstance(method, ast.Constant) and isinstance(method.value, str):
            return method.value.upper() in ('GET', 'HEAD')
        return method is None and argument(opened, 1, 'data') is None

    def _raw_http(self, value: Value, node: ast.Call, scope: Scope) -> Provider | None:
        """LLM020 when an HTTP call's URL starts with a literal known LLM API host."""
        base = None
        if isinstance(value, Imported):
            index = catalogue.HTTP_FUNCTIONS.get(value.name)
        elif isinstance(value, (Instance, Opaque)) and len(value.path) >= 1:
            index = catalogue.HTTP_METHODS.get(value.path[-1])
            if isinstance(value, Instance):
                if value.constructor not in catalogue.HTTP_CLIENTS or len(value.path) != 1:
                    return None
                base = value.origin
        else:
            return None
        url = None if index is None else argument(node, index, 'url')
        if url is not None and not isinstance(value, Imported) and value.path[-1] == 'fetch':
            url, scope = self._fetched(url, node, scope) or (None, scope)
        if url is None:
            return None
        method = argument(node, 0 if index else -1, 'method')
        if isinstance(method, ast.Constant) and str(method.value).upper() == 'GET':
            return None  # ``request("GET", ...)`` reads, like ``get``
        if isinstance(value, Imported) and value.name == 'urllib.request.urlopen' and self._reads(node, scope):
            return None
        prefix = self.resolver.literal(url, scope, self.resolver.reads_urls)[0]
        base_url = None if base is None else argument(base[0], -1, 'base_url')
        if not URL_START.match(prefix) and base_url is not None:  # relative to ``base_url=``
            # where the client is made: no constant imported there is read
            prefix = self.resolver.literal(base_url, base[1], imports=False)[0]  # type: ignore[index]
        tail = self.resolver.url_tail(url, scope)
        ending = tail.rstrip('/')
        if ending.endswith(catalogue.UNBILLED_PATHS):
            return None
        if _is_llm_host(prefix):
            return catalogue.RAW_HTTP
        if ending.endswith(catalogue.OLLAMA_API_PATHS) and (
            _on_ollama_port(prefix) or self._names_ollama(url, scope)
            or base_url is not None and self._names_ollama(base_url, base[1])  # type: ignore[index]
        ):
            return catalogue.RAW_HTTP
        # the chat API's, an Azure deployment's or watsonx.ai's path, whatever the host; on
        # something unknown, not a route's decorator
        path = tail.rpartition('/' + catalogue.LLM_API_PATH)
        posts = (
            not path[0] and path[2] == catalogue.LLM_API_PATH or path[1] and not path[2].strip('/')
            or catalogue.AZURE_DEPLOYMENTS_PATH in tail
            or catalogue.WATSONX_API_PATH in tail and ending.endswith(catalogue.WATSONX_TEXT_PATHS)
        )
        return catalogue.RAW_HTTP if posts and not (isinstance(value, Opaque) and self._decorates(node)) else None

    def _fetched(self, request: ast.expr, node: ast.Call, scope: Scope) -> tuple[ast.expr, Scope] | None:
        """The URL Tornado's ``fetch(request, method="POST")`` posts to, with the scope it is
        read in: ``request``, or the URL of the ``HTTPRequest(url, method="POST")`` it is (made
        in the call or assigned once); None for a GET, its default."""
        made = self.resolver.assigned_once(request, scope) if type(request) is ast.Name else None
        if made is not None:
            request, scope = made.target, made.scope  # type: ignore[assignment]
        if type(request) is ast.Call and last_name(request.func) == 'HTTPRequest':
            method = argument(request, 1, 'method')
            request = argument(request, 0, 'url')  # type: ignore[assignment]
        else:
            method = argument(node, -1, 'method')
        posts = isinstance(method, ast.Constant) and str(method.value).upper() == 'POST'
        return (request, scope) if posts and request is not None else None

    def _names_ollama(self, url: ast.expr, scope: Scope) -> bool:
        """Whether a URL expression is built from a name spelling Ollama (``OLLAMA_BASE_URL``,
        ``settings.ollama_host``), or is a name assigned once such an expression (``url =
        f"{OLLAMA_HOST}/api/generate"``), or is posted to in a function or class so named
        (``async def ollama_chat_raw(http, host, ...)``): Ollama's server wherever it runs, its
        host a setting."""
        if self._spells_ollama(url) or any('ollama' in name for name in _enclosing_names(scope)):
            return True
        once = self.resolver.assigned_once(url, scope)  # as the URL's end is read
        return once is not None and self._spells_ollama(once.target)  # type: ignore[arg-type]

    def _spells_ollama(self, expr: ast.expr) -> bool:
        """Whether a name or attribute in ``expr`` spells Ollama; each expression read once (a
        client's ``base_url=``, a URL's name, serve many calls)."""
        if id(expr) not in self._ollama:
            self._ollama[id(expr)] = any(
                'ollama' in (n.id if isinstance(n, ast.Name) else n.attr).lower()
                for n in ast.walk(expr) if isinstance(n, (ast.Name, ast.Attribute))
            )
        return self._ollama[id(expr)]

    def _decorates(self, node: ast.Call) -> bool:
        """True if ``node`` is a decorator (``@router.post("/v1/chat/completions")``)."""
        if self._decorators is None:
            self._decorators = {
                id(d) for n in ast.walk(self.module.root.node)  # type: ignore[arg-type]
                if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for d in n.decorator_list
            }
        return id(node) in self._decorators


def _provider_of(value: Value) -> Provider | None:
    if isinstance(value, Imported):
        if value.name in FUNCTIONS:
            return FUNCTIONS[value.name]
        parts = tuple(value.name.split('.'))
        module_client = catalogue.MODULE_CLIENTS.get(parts[0])
        if module_client is not None:
            path = tuple(p for p in parts[1:] if p not in catalogue.TRANSPARENT_ATTRIBUTES)
            provider = CONSTRUCTORS[module_client]
            if '.'.join(path) in ENDPOINTS[provider.key]:
                return provider
        return _provider_by_tail(parts)
    if isinstance(value, Instance):
        provider = CONSTRUCTORS.get(value.constructor)
        if provider is not None:  # a known client: another provider's tail does not name it
            # an empty path: the object itself is called (``dspy.LM(...)("prompt")``)
            return provider if ('.'.join(value.path) or '__call__') in ENDPOINTS[provider.key] else None
        return _provider_by_tail(value.path)
    if isinstance(value, (Opaque, Foreign)):
        return _provider_by_tail(value.path)
    if isinstance(value, Unbound) and value.name in catalogue.UNBOUND_LITELLM_NAMES:
        return catalogue.BY_CODE['LLM001']
    return None


def _names_terminal(value: object) -> bool:
    """Whether ``value`` (a binding's expression) is spelt as a rule's callable, maybe in a ``partial``."""
    if isinstance(value, ast.Call) and value.args and last_name(value.func) == 'partial':
        value = value.args[0]
    return isinstance(value, (ast.Attribute, ast.Name)) and last_name(value) in TERMINALS


def _provider_by_tail(path: tuple[str, ...]) -> Provider | None:
    if not path:
        return None
    for tail, provider in TAILS.get(path[-1], ()):
        if path[-len(tail):] == tail:
            return provider
    return None


def _target(value: Value, expr: ast.expr) -> str:
    """The called name as the message shows it."""
    if isinstance(value, (Imported, Unbound)):
        return value.name
    return shown(expr)


def shown(expr: ast.expr) -> str:
    """``expr`` as one line of source; the attribute tail of one too deep for ``ast.unparse``."""
    try:
        return ' '.join(ast.unparse(expr).split())
    except RecursionError:  # ast.unparse recurses: show the attribute tail of a deep target
        names: list[str] = []
        while isinstance(expr, ast.Attribute) and len(names) < _SHOWN_ATTRIBUTES:
            names.append(expr.attr)
            expr = expr.value
        return '.'.join(['(...)', *reversed(names)])



def _enclosing_names(scope: Scope) -> list[str]:
    """The names of the functions and classes ``scope`` is in, lower-cased."""
    names = []
    while scope.parent is not None:
        name = getattr(scope.node, 'name', None)
        if name:
            names.append(name.lower())
        scope = scope.parent
    return names


def _on_ollama_port(url: str) -> bool:
    """True if ``url`` starts with a literal host on Ollama's default port."""
    match = URL_START.match(url)
    rest = url[match.end():] if match else ''
    return rest.startswith(catalogue.OLLAMA_PORT) and not rest[len(catalogue.OLLAMA_PORT):][:1].isdigit()


def _is_llm_host(url: str) -> bool:
    match = URL_START.match(url)
    if match is None or not match.group(1):
        return False
    import fnmatch  # here: it imports re, which a file with no URL never needs

    # case-sensitive, as the pre-filter's byte search for the host text is
    return any(fnmatch.fnmatchcase(match.group(1), pattern) for pattern in catalogue.RAW_HTTP.hosts)



def find_direct_calls(
    tree: ast.Module, trackers: tuple[str, ...], codes: frozenset[str] | None = None,
) -> list[DirectCall]:
    """Every call in ``tree`` that reaches an LLM provider outside a tracker block.

    ``codes``: the rule codes to report; the catalogue's enabled ones by default.
    """
    enabled = catalogue.default_codes() if codes is None else codes
    module = ModuleScopes(tree)
    resolver = Resolver(module)
    matcher = Matcher(module, resolver)
    found = []
    for call in module.calls:
        direct = matcher.direct(call, enabled)
        if direct and not resolver.in_tracker_block(call.guards, trackers):
            found.extend(direct)
    return found


def _compared_texts(test: ast.expr) -> list[str]:
    """The strings an ``if`` test compares a name to: ``provider == "cohere"``,
    ``self.provider in ("openai", "together")``."""
    if type(test) is not ast.Compare or len(test.ops) != 1 or type(test.ops[0]) not in (ast.Eq, ast.In):
        return []
    sides = [test.left, *test.comparators]
    given = [e for side in sides for e in (side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side])]
    return [e.value for e in given if type(e) is ast.Constant and type(e.value) is str]
