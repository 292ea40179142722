"""Which LLM call sites are tracked, and whether tracker blocks record their tokens.

A call is tracked when it is lexically inside a ``with``/``async with`` that calls a tracker
context manager, when its function is decorated with a tracker decorator, or when its client
(or the call itself) points at an allowed base URL such as a usage-tracking LiteLLM proxy.
A ``def`` or ``lambda`` nested in a tracked body is not covered: it runs later.
"""
from __future__ import annotations

import ast

from check_llm_usage import catalogue
from check_llm_usage.catalogue import Provider
from check_llm_usage.matching import Matcher
from check_llm_usage.project import Project
from check_llm_usage.records import NamedTuple
from check_llm_usage.scopes import Call
from check_llm_usage.scopes import ModuleScopes
from check_llm_usage.scopes import Scope
from check_llm_usage.values import Instance
from check_llm_usage.values import Resolver

# keywords (and the first positional argument) that carry a client's or a request's URL
_URL_KEYWORDS = frozenset(('base_url', 'api_base', 'url', 'host', 'endpoint', 'azure_endpoint'))


class Policy(NamedTuple):
    """What counts as tracking, from the configuration."""

    trackers: tuple[str, ...]
    decorators: tuple[str, ...]
    allowed_base_urls: tuple[str, ...]
    token_attributes: tuple[str, ...]
    # the rule codes to report; None: the catalogue's enabled ones
    codes: frozenset[str] | None = None
    # dotted names of objects whose method calls are LLM calls (llm-objects)
    llm_objects: tuple[str, ...] = ()


class Site(NamedTuple):
    """An LLM call site; ``tracked_by`` is '' for an untracked call."""

    node: ast.expr
    provider: Provider
    target: str
    tracked_by: str  # '' | 'context-manager' | 'decorator' | 'base-url'
    function: str
    origin: tuple[str, str, int] | None = None  # a client made in another file (DirectCall)


class TokenGap(NamedTuple):
    """A tracker block bound to ``variable`` that never assigns the ``missing`` attributes."""

    node: ast.Call
    variable: str
    missing: tuple[str, ...]
    function: str


def call_sites(
    module: ModuleScopes, policy: Policy, project: Project | None = None, source: bytes = b'',
) -> tuple[list[Site], list[TokenGap]]:
    """Every LLM call site of a file's scope model (whose bytes are ``source``) with how it is
    tracked, and the token-recording gaps; names imported from the ``project``'s modules are
    followed."""
    resolver = Resolver(module, project, policy.llm_objects, source)
    matcher = Matcher(module, resolver)
    sites = []
    codes = catalogue.default_codes() if policy.codes is None else policy.codes
    try:
        for call in module.calls:
            for direct in matcher.direct(call, codes):
                sites.append(Site(
                    direct.node, direct.provider, direct.target,
                    _tracked_by(resolver, call, direct.node, policy), qualified_name(call.scope), direct.origin,
                ))
        return sites, _token_gaps(module, resolver, policy)
    finally:  # also when the file is too complex: the modules it read can go
        resolver.close()


def qualified_name(scope: Scope) -> str:
    """``Class.method`` for the functions and classes around a scope; '' at module level."""
    names = []
    current: Scope | None = scope
    while current is not None and current.node is not None:
        node = current.node
        if isinstance(node, ast.Lambda):
            names.append('<lambda>')
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        current = current.parent
    return '.'.join(reversed(names))


def _tracked_by(resolver: Resolver, call: Call, node: ast.expr, policy: Policy) -> str:
    if resolver.in_tracker_block(call.guards, policy.trackers):
        return 'context-manager'
    if policy.decorators and _decorated(resolver, call.scope, policy.decorators):
        return 'decorator'
    if policy.allowed_base_urls and _allowed_url(resolver, call, node, policy.allowed_base_urls):
        return 'base-url'
    return ''


def _decorated(resolver: Resolver, scope: Scope, decorators: tuple[str, ...]) -> bool:
    """True when the function the call runs in (comprehensions and awaited lambdas run in
    place) is decorated."""
    while (scope.kind == 'comprehension' or id(scope.node) in scope.module.in_place) and scope.parent is not None:
        scope = scope.parent
    node = scope.node
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or scope.parent is None:
        return False
    # ``@track`` and ``@track(...)`` both name the decorator
    return any(
        resolver.is_tracker(d if isinstance(d, ast.Call) else ast.Call(func=d, args=[], keywords=[]), scope.parent, decorators)
        for d in node.decorator_list
    )


def _allowed_url(resolver: Resolver, call: Call, node: ast.expr, allowed: tuple[str, ...]) -> bool:
    """True when the call, or the SDK client it is made on, is given an allowed URL."""
    bases = tuple(a.lower().rstrip('/') for a in allowed)
    sources = [(call.node, call.scope)]
    value = resolver.resolve(node.func if isinstance(node, ast.Call) else node, call.scope)
    if isinstance(value, Instance) and value.origin is not None:
        sources.append(value.origin)
    for source, scope in sources:
        for url in [k.value for k in source.keywords if k.arg in _URL_KEYWORDS] + source.args[:1]:
            text, whole = resolver.literal(url, scope)
            text = text.lower()
            if any((whole and text.rstrip('/') == base) or text.startswith(base + '/') for base in bases):
                return True
    return False


def _token_gaps(module: ModuleScopes, resolver: Resolver, policy: Policy) -> list[TokenGap]:
    names = {t.rpartition('.')[2] for t in policy.trackers}
    trackers = {
        id(call.node): call.scope for call in module.calls
        if _callee(call.node) in names and resolver.is_tracker(call.node, call.scope, policy.trackers)
    }
    if not trackers:  # most files: no second walk of the tree
        return []
    gaps = []
    for node in ast.walk(module.root.node):  # type: ignore[arg-type]
        if not isinstance(node, (ast.With, ast.AsyncWith)):
            continue
        for item in node.items:
            expr, variable = item.context_expr, item.optional_vars
            scope = trackers.get(id(expr))
            if scope is not None and isinstance(variable, ast.Name):
                assigned = _assigned_attributes(node.body, variable.id)
                missing = () if assigned is None else tuple(a for a in policy.token_attributes if a not in assigned)
                # an embedding or a reranking produces no output tokens: the input count is all
                # (the block read again only when more than the input count is missing)
                if set(missing) - set(policy.token_attributes[:1]) and (_names_no_output(expr) or _only_embeds(node.body)):  # type: ignore[arg-type]
                    missing = tuple(a for a in missing if a in policy.token_attributes[:1])
                if missing:
                    gaps.append(TokenGap(expr, variable.id, missing, qualified_name(scope)))  # type: ignore[arg-type]
    return gaps


def _only_embeds(body: list[ast.stmt]) -> bool:
    """Whether the calls of a tracker block's ``body`` on attributes embed or rerank
    (``client.embeddings.create``, ``co.rerank``) and none asks for text (``chat``,
    ``messages``, ``completions``, ``responses``, ``generate``)."""
    names = set()
    for node in (n for statement in body for n in ast.walk(statement)):
        func = node.func if isinstance(node, ast.Call) else None
        while isinstance(func, ast.Attribute):
            names.add(func.attr.lower())
            func = func.value
    return any('embed' in n or 'rerank' in n for n in names) and not any(
        word in n for n in names for word in ('chat', 'messages', 'complet', 'responses', 'generate')
    )


def _names_no_output(call: ast.Call) -> bool:
    """Whether an argument of the tracker call names an embedding or a reranking: a string
    (``model="text-embedding-3-small"``, ``operation="rerank"``) or a name (``EMBED_MODEL``)."""
    for arg in (*call.args, *[k.value for k in call.keywords]):
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            text = arg.value
        elif isinstance(arg, (ast.Name, ast.Attribute)):
            text = arg.id if isinstance(arg, ast.Name) else arg.attr
        else:
            continue
        text = text.lower()
        if 'embed' in text or 'rerank' in text:
            return True
    return False


def _callee(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ''


def _assigned_attributes(body: list[ast.stmt], variable: str) -> set[str] | None:
    """Attributes of ``variable`` assigned in ``body``, outside nested functions and classes.

    None when the body hands ``variable`` itself on (``record(usage_log, response)``,
    ``return usage_log``): whoever receives it may record the tokens.
    """
    assigned: set[str] = set()
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == variable:
            if isinstance(node.ctx, ast.Store):
                assigned.add(node.attr)
            continue
        if isinstance(node, ast.Call) and _is_setattr_of(node, variable):
            assigned.add(node.args[1].value)  # type: ignore[attr-defined]
            continue
        if isinstance(node, ast.Name) and node.id == variable and isinstance(node.ctx, ast.Load):
            return None
        stack.extend(ast.iter_child_nodes(node))
    return assigned


def _is_setattr_of(call: ast.Call, variable: str) -> bool:
    """``setattr(variable, "name", value)``."""
    args = call.args
    return (
        isinstance(call.func, ast.Name) and call.func.id == 'setattr' and len(args) == 3
        and isinstance(args[0], ast.Name) and args[0].id == variable
        and isinstance(args[1], ast.Constant) and isinstance(args[1].value, str)
    )
