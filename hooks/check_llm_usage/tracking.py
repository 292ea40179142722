"""Which LLM call sites are tracked, and whether tracker blocks record their tokens.

A call is tracked when it is lexically inside a ``with``/``async with`` that calls a tracker
context manager, when its function is decorated with a tracker decorator, or when its client
(or the call itself) points at an allowed base URL such as a usage-tracking LiteLLM proxy.
A ``def`` or ``lambda`` nested in a tracked body is not covered: it runs later.
"""
from __future__ import annotations

import ast
from typing import NamedTuple

from check_llm_usage.analysis import Call
from check_llm_usage.analysis import Module
from check_llm_usage.analysis import Scope
from check_llm_usage.catalogue import Provider

# keywords (and the first positional argument) that carry a client's or a request's URL
_URL_KEYWORDS = frozenset(('base_url', 'api_base', 'url', 'host', 'endpoint', 'azure_endpoint'))
_MAX_DEPTH = 20


class Policy(NamedTuple):
    """What counts as tracking, from the configuration."""

    trackers: tuple[str, ...]
    decorators: tuple[str, ...]
    allowed_base_urls: tuple[str, ...]
    token_attributes: tuple[str, ...]


class Site(NamedTuple):
    """An LLM call site; ``tracked_by`` is '' for an untracked call."""

    node: ast.Call
    provider: Provider
    target: str
    tracked_by: str  # '' | 'context-manager' | 'decorator' | 'base-url'
    function: str


class TokenGap(NamedTuple):
    """A tracker block bound to ``variable`` that never assigns the ``missing`` attributes."""

    node: ast.Call
    variable: str
    missing: tuple[str, ...]
    function: str


def call_sites(tree: ast.Module, policy: Policy) -> tuple[list[Site], list[TokenGap]]:
    """Every LLM call site of ``tree`` with how it is tracked, and the token-recording gaps."""
    module = Module(tree)
    sites = []
    for call in module.calls:
        direct = module.match(call)
        if direct is not None:
            sites.append(Site(
                direct.node, direct.provider, direct.target,
                _tracked_by(module, call, policy), qualified_name(call.scope),
            ))
    return sites, _token_gaps(tree, module, policy)


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


def _tracked_by(module: Module, call: Call, policy: Policy) -> str:
    if any(module.is_tracker(expr, scope, policy.trackers) for expr, scope in call.guards):
        return 'context-manager'
    if policy.decorators and _decorated(module, call.scope, policy.decorators):
        return 'decorator'
    if policy.allowed_base_urls and _allowed_url(module, call, policy.allowed_base_urls):
        return 'base-url'
    return ''


def _decorated(module: Module, scope: Scope, decorators: tuple[str, ...]) -> bool:
    """True when the function the call runs in (comprehensions run in place) is decorated."""
    while scope.kind == 'comprehension' and scope.parent is not None:
        scope = scope.parent
    node = scope.node
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or scope.parent is None:
        return False
    # ``@track`` and ``@track(...)`` both name the decorator
    return any(
        module.is_tracker(d if isinstance(d, ast.Call) else ast.Call(func=d, args=[], keywords=[]), scope.parent, decorators)
        for d in node.decorator_list
    )


def _allowed_url(module: Module, call: Call, allowed: tuple[str, ...]) -> bool:
    """True when the call or the client it is made on is given an allowed URL."""
    bases = tuple(a.lower().rstrip('/') for a in allowed)
    if _has_allowed_url(module, call.node, call.scope, bases, 0):
        return True
    # every prefix of the receiver chain: client, self.client, get_client(), ...
    expr: ast.expr = call.node.func
    while isinstance(expr, ast.Attribute):
        expr = expr.value
        if _client_allowed(module, expr, call.scope, bases, 0):
            return True
    return False


def _client_allowed(module: Module, expr: ast.expr, scope: Scope, bases: tuple[str, ...], depth: int) -> bool:
    if depth > _MAX_DEPTH:
        return False
    if isinstance(expr, ast.Call):
        if _has_allowed_url(module, expr, scope, bases, depth):
            return True
        func = expr.func  # OpenAI(base_url=...).with_options(...)
        return isinstance(func, ast.Attribute) and _client_allowed(module, func.value, scope, bases, depth + 1)
    if isinstance(expr, ast.Await):
        return _client_allowed(module, expr.value, scope, bases, depth + 1)
    return any(
        _client_allowed(module, value, value_scope, bases, depth + 1)
        for value, value_scope in _assigned(module, expr, scope)
    )


def _assigned(module: Module, expr: ast.expr, scope: Scope) -> list[tuple[ast.expr, Scope]]:
    """The expressions a name or ``self.attr`` is assigned, with the scope they run in."""
    if isinstance(expr, ast.Name):
        found = module.lookup(expr.id, scope)
        if isinstance(found, list):
            return [(b.target, b.scope) for b in found if b.kind == 'value' and b.scope is not None]
    elif isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        found = module.lookup(expr.value.id, scope)
        classes = [b.target for b in found if b.kind == 'self'] if isinstance(found, list) else []
        return [
            (b.target, b.scope) for cls in classes for b in cls.attrs.get(expr.attr, ())
            if b.kind == 'value' and b.scope is not None
        ]
    return []


def _has_allowed_url(module: Module, call: ast.Call, scope: Scope, bases: tuple[str, ...], depth: int) -> bool:
    candidates = [k.value for k in call.keywords if k.arg in _URL_KEYWORDS]
    candidates += call.args[:1]
    for candidate in candidates:
        url = _literal_prefix(module, candidate, scope, depth)
        if url is not None and _matches(url, bases):
            return True
    return False


def _literal_prefix(module: Module, expr: ast.expr, scope: Scope, depth: int) -> tuple[str, bool] | None:
    """(text, complete): a string's literal start, and whether that is the whole string."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr.value, True
    if isinstance(expr, ast.JoinedStr):
        text = ''
        for part in expr.values:
            if not (isinstance(part, ast.Constant) and isinstance(part.value, str)):
                return text, False
            text += part.value
        return text, True
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Add):
        left = _literal_prefix(module, expr.left, scope, depth + 1)
        if left is None or not left[1]:
            return left
        right = _literal_prefix(module, expr.right, scope, depth + 1)
        return (left[0], False) if right is None else (left[0] + right[0], right[1])
    if isinstance(expr, ast.Name):
        for value, value_scope in _assigned(module, expr, scope):
            found = _literal_prefix(module, value, value_scope, depth + 1)
            if found is not None:
                return found
    return None


def _matches(url: tuple[str, bool], bases: tuple[str, ...]) -> bool:
    text, complete = url
    text = text.lower()
    return any(
        (complete and text.rstrip('/') == base) or text.startswith(base + '/') for base in bases
    )


def _token_gaps(tree: ast.Module, module: Module, policy: Policy) -> list[TokenGap]:
    names = {t.rpartition('.')[2] for t in policy.trackers}
    trackers = {
        id(call.node): call.scope for call in module.calls
        if _callee(call.node) in names and module.is_tracker(call.node, call.scope, policy.trackers)
    }
    if not trackers:  # most files: no second walk of the tree
        return []
    gaps = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.With, ast.AsyncWith)):
            continue
        for item in node.items:
            expr, variable = item.context_expr, item.optional_vars
            scope = trackers.get(id(expr))
            if scope is not None and isinstance(variable, ast.Name):
                assigned = _assigned_attributes(node.body, variable.id)
                missing = () if assigned is None else tuple(a for a in policy.token_attributes if a not in assigned)
                if missing:
                    gaps.append(TokenGap(expr, variable.id, missing, qualified_name(scope)))  # type: ignore[arg-type]
    return gaps


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
