"""Compare the catalogue with what the pinned LLM SDK wheels offer, without importing them.

Usage (from the repository root; needs network for wheels not yet cached):
    python tools/catalogue_diff.py [--pins FILE] [PACKAGE ...]

``tools/sdk_pins.toml`` lists each SDK package, the versions to read, the catalogue provider it
belongs to and where its surface starts (client classes, boto3 service names, modules of
functions).  Each wheel is fetched with ``pip download --no-deps`` into ``benchmarks/.cache/``
(git-ignored), unpacked and read as source: client classes are walked through their
sub-resources (``@cached_property``/``@property`` return types, ``self.x = X(...)`` and class
annotations, Speakeasy ``_sub_sdk_map``), each public method classified by the request it
makes (``self._post(...)``, ``method="POST"``, Fern ``raw_client.py``, a gRPC ``_stub``);
botocore ``service-2.json`` operations are named as boto3 names them.  Methods that only
read or delete (GET, DELETE, ...) are left out; every other one must be a catalogue endpoint
or match a reviewed not-billable pattern (``catalogue.NOT_BILLABLE``).  Printed: per version,
what is unreviewed, then what the catalogue lists that no pinned version offers.  Exit code 1
when anything is unreviewed.
"""
from __future__ import annotations

import argparse
import ast
import fnmatch
import gzip
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from typing import NamedTuple

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'hooks'))

from check_llm_usage import catalogue  # noqa: E402

PINS = os.path.join(ROOT, 'tools', 'sdk_pins.toml')
CACHE = os.path.join(ROOT, 'benchmarks', '.cache', 'catalogue-diff')
# base classes that belong to the generator's runtime, not to the API surface
_RUNTIME_BASES = re.compile(r'^(?:Sync|Async)?API(?:Client|Resource)$|^BaseSDK$|^BaseModel$')
_VERB_CALLS = {'_post': 'POST', '_get': 'GET', '_get_api_list': 'GET', '_delete': 'DELETE',
               '_patch': 'PATCH', '_put': 'PUT'}
_READ_ONLY = frozenset(('GET', 'DELETE', 'HEAD', 'PATCH', 'PUT'))
_HTTP_VERBS = _READ_ONLY | {'POST', 'OPTIONS'}
_MAX_DEPTH = 7


class Pin(NamedTuple):
    """One SDK package as the pins file lists it."""

    package: str
    versions: tuple[str, ...]
    provider: str
    clients: tuple[str, ...]
    services: tuple[str, ...]
    modules: tuple[str, ...]
    statics: tuple[str, ...]


class Endpoint(NamedTuple):
    """A public callable of an SDK: its path from the client (or qualified name) and its request."""

    path: str
    verb: str  # POST, GET, ..., RPC (gRPC), OPERATION (botocore) or helper (no request seen)


def load_pins(path: str) -> list[Pin]:
    """The pinned SDKs of a pins file."""
    with open(path, 'rb') as f:
        data = tomllib.load(f)
    return [
        Pin(s['package'], tuple(s['versions']), s['provider'], tuple(s.get('clients', ())),
            tuple(s.get('services', ())), tuple(s.get('modules', ())), tuple(s.get('statics', ())))
        for s in data['sdk']
    ]


# -- reading a source tree ----------------------------------------------------------------

class Tree:
    """The Python modules of an unpacked wheel, parsed on demand."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.files: dict[str, str] = {}
        for folder, _dirs, names in os.walk(root):
            for name in names:
                if name.endswith('.py'):
                    rel = os.path.relpath(os.path.join(folder, name), root)[:-3].split(os.sep)
                    if rel[-1] == '__init__':
                        rel.pop()
                    self.files['.'.join(rel)] = os.path.join(folder, name)
        self._parsed: dict[str, ast.Module] = {}

    def module(self, name: str) -> ast.Module | None:
        """The parsed module ``name``, or None if the tree has no such module."""
        if name not in self.files:
            return None
        if name not in self._parsed:
            with open(self.files[name], 'rb') as f:
                try:
                    self._parsed[name] = ast.parse(f.read())
                except SyntaxError:
                    self._parsed[name] = ast.Module(body=[], type_ignores=[])
        return self._parsed[name]

    def find(self, qualified: str, depth: int = 0) -> tuple[str, ast.ClassDef] | None:
        """The class a qualified name denotes, following re-exports and aliases."""
        if depth > _MAX_DEPTH:
            return None
        parts = qualified.split('.')
        for cut in range(len(parts) - 1, 0, -1):
            module = '.'.join(parts[:cut])
            if module in self.files:
                rest = parts[cut:]
                found = self.name_in(module, rest[0], (), depth + 1)
                if found is None or len(rest) == 1:
                    return found if found is None or isinstance(found, tuple) else None
                return None
        return None

    def name_in(self, module: str, name: str, local: tuple[ast.stmt, ...], depth: int) -> tuple[str, ast.ClassDef] | None:
        """The class ``name`` denotes in ``module`` (``local``: imports inside a function first)."""
        tree = self.module(module)
        if tree is None or depth > _MAX_DEPTH:
            return None
        for stmt in (*local, *_top_statements(tree)):
            if isinstance(stmt, ast.ClassDef) and stmt.name == name:
                return module, stmt
            if isinstance(stmt, ast.ImportFrom):
                for alias in stmt.names:
                    base = _absolute(module, stmt, self.files)
                    if alias.name == '*':  # ``from .sdk import *``
                        found = self.name_in(base, name, (), depth + 1)
                        if found is not None:
                            return found
                    elif (alias.asname or alias.name) == name:
                        target = f'{base}.{alias.name}'
                        return self.find(target, depth + 1) if target not in self.files else None
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Name):
                if any(isinstance(t, ast.Name) and t.id == name for t in stmt.targets):
                    return self.name_in(module, stmt.value.id, (), depth + 1)
        return None

    def resolve(self, module: str, expr: ast.expr | None, local: tuple[ast.stmt, ...]) -> tuple[str, ast.ClassDef] | None:
        """The class an annotation or constructor expression names, if the tree defines it."""
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            try:
                expr = ast.parse(expr.value, mode='eval').body
            except SyntaxError:
                return None
        if isinstance(expr, ast.Subscript):  # Optional[X], BaseClient["Chat"]
            expr = expr.value
        if isinstance(expr, ast.Name):
            return self.name_in(module, expr.id, local, 0)
        if isinstance(expr, ast.Attribute):
            dotted = _dotted(expr)
            if dotted is None:
                return None
            head, _, rest = dotted.partition('.')
            target = self._module_of(module, head, local)
            return self.find(f'{target}.{rest}') if target else None
        return None

    def _module_of(self, module: str, name: str, local: tuple[ast.stmt, ...]) -> str | None:
        tree = self.module(module)
        for stmt in (*local, *(_top_statements(tree) if tree else ())):
            if isinstance(stmt, ast.ImportFrom):
                for alias in stmt.names:
                    if (alias.asname or alias.name) == name:
                        target = f'{_absolute(module, stmt, self.files)}.{alias.name}'
                        return target if target in self.files else None
            if isinstance(stmt, ast.Import):
                for alias in stmt.names:
                    if (alias.asname or alias.name.partition('.')[0]) == name:
                        return alias.name if alias.asname else name
        return None


def _top_statements(tree: ast.Module) -> Iterator[ast.stmt]:
    """Module-level statements, including those under ``if``/``try`` (TYPE_CHECKING, fallbacks)."""
    stack = list(reversed(tree.body))
    while stack:
        stmt = stack.pop()
        yield stmt
        if isinstance(stmt, (ast.If, ast.Try)):
            nested = [*stmt.body, *stmt.orelse, *getattr(stmt, 'finalbody', ())]
            for handler in getattr(stmt, 'handlers', ()):
                nested.extend(handler.body)
            stack.extend(reversed(nested))


def _absolute(module: str, stmt: ast.ImportFrom, files: dict[str, str]) -> str:
    """The module an ``from ... import`` reads, made absolute."""
    if not stmt.level:
        return stmt.module or ''
    package = module if module in files and files[module].endswith('__init__.py') else module.rpartition('.')[0]
    for _ in range(stmt.level - 1):
        package = package.rpartition('.')[0]
    return f'{package}.{stmt.module}' if stmt.module else package


def _dotted(expr: ast.expr) -> str | None:
    parts = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name):
        return None
    return '.'.join([expr.id, *reversed(parts)])


# -- walking a client -----------------------------------------------------------------------

def walk(tree: Tree, start: str) -> dict[str, str]:
    """Path -> verb of every public method reachable from the class ``start``."""
    found = tree.find(start)
    if found is None:
        raise LookupError(f'{start}: no such class in the wheel')
    endpoints: dict[str, str] = {}
    _walk_class(tree, found, '', endpoints, set(), 0)
    return endpoints


def _walk_class(tree: Tree, found: tuple[str, ast.ClassDef], prefix: str, out: dict[str, str],
                active: set[int], depth: int) -> None:
    module, cls = found
    if depth > _MAX_DEPTH or id(cls) in active:
        return
    active.add(id(cls))
    for owner_module, owner in _class_and_bases(tree, found):
        for stmt in owner.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                _child(tree, owner_module, stmt.target.id, stmt.annotation, (), prefix, out, active, depth)
            elif isinstance(stmt, ast.Assign) and _is_sub_sdk_map(stmt):
                for key, value in zip(stmt.value.keys, stmt.value.values):  # type: ignore[attr-defined]
                    if isinstance(key, ast.Constant) and isinstance(value, ast.Tuple):
                        names = [e.value for e in value.elts if isinstance(e, ast.Constant)]
                        sub = tree.find('.'.join(names)) if len(names) == 2 else None
                        if sub is not None:
                            _walk_class(tree, sub, f'{prefix}{key.value}.', out, active, depth + 1)
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                _method(tree, owner_module, stmt, prefix, out, active, depth)
    active.discard(id(cls))


def _class_and_bases(tree: Tree, found: tuple[str, ast.ClassDef]) -> list[tuple[str, ast.ClassDef]]:
    """The class and its bases defined in the tree, runtime bases (``SyncAPIClient``) left out."""
    chain, todo, seen = [], [found], set()
    while todo:
        module, cls = todo.pop(0)
        if id(cls) in seen or _RUNTIME_BASES.search(cls.name):
            continue
        seen.add(id(cls))
        chain.append((module, cls))
        for base in cls.bases:
            sub = tree.resolve(module, base, ())
            if sub is not None:
                todo.append(sub)
    return chain


def _is_sub_sdk_map(stmt: ast.Assign) -> bool:
    return (any(isinstance(t, ast.Name) and t.id == '_sub_sdk_map' for t in stmt.targets)
            and isinstance(stmt.value, ast.Dict))


def _child(tree: Tree, module: str, name: str, annotation: ast.expr | None, local: tuple[ast.stmt, ...],
           prefix: str, out: dict[str, str], active: set[int], depth: int) -> None:
    if name.startswith('_') or name.startswith('with_'):
        return
    sub = tree.resolve(module, annotation, local)
    if sub is not None:
        _walk_class(tree, sub, f'{prefix}{name}.', out, active, depth + 1)


def _method(tree: Tree, module: str, func: ast.FunctionDef | ast.AsyncFunctionDef, prefix: str,
            out: dict[str, str], active: set[int], depth: int) -> None:
    local = tuple(n for n in ast.walk(func) if isinstance(n, (ast.Import, ast.ImportFrom)))
    decorators = {_dotted(d) for d in func.decorator_list}
    if decorators & {'property', 'cached_property', 'functools.cached_property'}:
        returned = func.returns
        if returned is None:  # ``return Chat(self)``
            calls = [n.value.func for n in ast.walk(func) if isinstance(n, ast.Return) and isinstance(n.value, ast.Call)]
            returned = calls[0] if calls else None
        _child(tree, module, func.name, returned, local, prefix, out, active, depth)
        return
    if func.name == '__init__':  # ``self.chat = chat.Client(channel)``
        for node in ast.walk(func):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            if (len(targets) == 1 and isinstance(node.value, ast.Call)  # type: ignore[attr-defined]
                    and isinstance(targets[0], ast.Attribute)
                    and isinstance(targets[0].value, ast.Name) and targets[0].value.id == 'self'):
                _child(tree, module, targets[0].attr, node.value.func, local, prefix, out, active, depth)  # type: ignore[attr-defined]
        return
    if func.name.startswith('_'):
        return
    path = f'{prefix}{func.name}'
    out[path] = _verb(tree, module, func) or out.get(path, 'helper')  # an @overload stub shows no verb


def _verb(tree: Tree, module: str, func: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The request a method makes: a Stainless ``_post``, a ``method=`` literal, a gRPC stub call."""
    for node in ast.walk(func):
        if not isinstance(node, ast.Call):
            continue
        callee = node.func
        if isinstance(callee, ast.Attribute):
            if callee.attr in _VERB_CALLS:
                return _VERB_CALLS[callee.attr]
            if isinstance(callee.value, ast.Attribute) and callee.value.attr == '_stub':
                return 'RPC'
            if callee.attr in ('request', '_request') and node.args and isinstance(node.args[0], ast.Constant) \
                    and str(node.args[0].value).upper() in _HTTP_VERBS:  # request("POST", path)
                return str(node.args[0].value).upper()
        for keyword in node.keywords:
            if keyword.arg == 'method' and isinstance(keyword.value, ast.Constant) \
                    and isinstance(keyword.value.value, str):
                return keyword.value.value.upper()
    return _raw_client_verb(tree, module, func.name)


def _raw_client_verb(tree: Tree, module: str, name: str) -> str | None:
    """Fern: the verb of the same-named method in the sibling ``raw_client.py``."""
    raw = tree.module(f'{module.rpartition(".")[0]}.raw_client')
    if raw is None:
        return None
    for cls in raw.body:
        if isinstance(cls, ast.ClassDef) and not cls.name.startswith('AsyncRaw'):
            for func in cls.body:
                if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)) and func.name == name:
                    for node in ast.walk(func):
                        if isinstance(node, ast.keyword) and node.arg == 'method' \
                                and isinstance(node.value, ast.Constant):
                            return str(node.value.value).upper()
    return None


def module_functions(tree: Tree, module: str) -> dict[str, str]:
    """Qualified name -> 'helper' for a module's public functions and ``name = client.method`` shortcuts."""
    parsed = tree.module(module)
    if parsed is None:
        raise LookupError(f'{module}: no such module in the wheel')
    found = {}
    for stmt in parsed.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and not stmt.name.startswith('_'):
            found[f'{module}.{stmt.name}'] = 'helper'
        elif isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Attribute):
            for target in stmt.targets:
                if isinstance(target, ast.Name) and not target.id.startswith('_'):
                    found[f'{module}.{target.id}'] = 'helper'
    return found


def service_operations(root: str, service: str) -> dict[str, str]:
    """boto3 method name -> 'OPERATION' for every operation of a botocore service model."""
    folder = os.path.join(root, 'botocore', 'data', service)
    if not os.path.isdir(folder):
        raise LookupError(f'{service}: no such botocore service in the wheel')
    newest = sorted(os.listdir(folder))[-1]
    path = os.path.join(folder, newest, 'service-2.json')
    opener = gzip.open if not os.path.exists(path) else open
    with opener(path if os.path.exists(path) else path + '.gz', 'rt', encoding='utf-8') as f:
        operations = json.load(f)['operations']
    return {boto3_name(op): 'OPERATION' for op in operations}


def boto3_name(operation: str) -> str:
    """``InvokeModelWithResponseStream`` -> ``invoke_model_with_response_stream`` (botocore's xform_name)."""
    name = re.sub(r'(.)([A-Z][a-z]+)', r'\1_\2', operation)
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name).lower()


# -- comparing with the catalogue --------------------------------------------------------

def surface(root: str, pin: Pin) -> dict[str, str]:
    """Everything a pinned SDK offers (path or qualified name -> verb), read from ``root``."""
    tree = Tree(root)
    found: dict[str, str] = {}
    for client in pin.clients:
        found.update(walk(tree, client))
        for factory, result in catalogue.RESULT_TYPES.items():  # two-step objects: chat.create() -> Chat
            if factory.startswith(f'{client}.'):
                step = factory[len(client) + 1:]
                made = tree.find(_wheel_name(result, pin, tree))
                if made is not None:
                    inner: dict[str, str] = {}
                    _walk_class(tree, made, '', inner, set(), 0)
                    found.update({f'{step}().{k}': v for k, v in inner.items()})
    for service in pin.services:
        found.update(service_operations(root, service))
    for module in pin.modules:  # ``google.generativeai.embedding as google.generativeai``: re-exported
        defining, _, exported = module.partition(' as ')
        found.update({f'{exported or defining}{k[len(defining):]}': v for k, v in module_functions(tree, defining).items()})
    for static in pin.statics:  # classes whose methods are called on the class: Generation.call
        found.update({f'{static}.{k}': v for k, v in walk(tree, static).items()})
    return found


def _wheel_name(constructor: str, pin: Pin, tree: Tree) -> str:
    """A catalogue constructor as the wheel defines it (the pins may name its defining module)."""
    return next((c for c in pin.clients if c.rpartition('.')[2] == constructor.rpartition('.')[2]
                 and tree.find(c) is not None and c != constructor), constructor)


def _plain(path: str) -> str:
    """A path without the links the analyzer looks through (``client.aio.models`` is ``models``)."""
    return '.'.join(p for p in path.split('.') if p not in catalogue.TRANSPARENT_ATTRIBUTES)


def catalogued(provider: catalogue.Provider) -> set[str]:
    """What the catalogue lists for a provider: endpoint paths and qualified functions."""
    return set(provider.endpoints) | set(provider.functions)


def classify(offered: dict[str, str], provider: catalogue.Provider) -> tuple[list[str], list[str], list[str]]:
    """(catalogued, reviewed not billable, unreviewed) among the endpoints that may bill."""
    listed = catalogued(provider)
    reviewed = catalogue.NOT_BILLABLE.get(provider.key, ()) + catalogue.NOT_BILLABLE['*']
    known, skipped, unreviewed = [], [], []
    for path, verb in sorted(offered.items()):
        if verb in _READ_ONLY:
            continue
        if path in listed or path.rpartition('().')[2] in listed:  # chat.create().sample: a two-step object
            known.append(path)
        elif any(fnmatch.fnmatchcase(path, pattern) for pattern in reviewed):
            skipped.append(path)
        else:
            unreviewed.append(f'{path}  [{verb}]')
    return known, skipped, unreviewed


def unpack(package: str, version: str) -> str:
    """The unpacked wheel of ``package==version`` under the cache, downloaded if missing."""
    target = os.path.join(CACHE, f'{package}-{version}')
    if os.path.isdir(target):
        return target
    wheels = os.path.join(CACHE, 'wheels')
    os.makedirs(wheels, exist_ok=True)
    subprocess.run(
        [sys.executable, '-m', 'pip', 'download', '-q', '--no-deps', '--only-binary=:all:', '-d', wheels,
         f'{package}=={version}'], check=True,
    )
    stem = package.replace('-', '_').lower()
    wheel = next(w for w in os.listdir(wheels) if w.lower().startswith(f'{stem}-{version}-'))
    with zipfile.ZipFile(os.path.join(wheels, wheel)) as z:
        z.extractall(target)
    return target


def report(pins: list[Pin], root_of) -> tuple[str, int]:
    """The diff as text, and the number of unreviewed endpoints; ``root_of(package, version)``."""
    lines, unreviewed_total = [], 0
    offered_by: dict[str, set[str]] = {}
    for pin in pins:
        provider = next(p for p in catalogue.PROVIDERS if p.key == pin.provider)
        missing_clients = [c for c in pin.clients if c not in provider.constructors]
        for version in pin.versions:
            offered = {_plain(k): v for k, v in surface(root_of(pin.package, version), pin).items()}
            offered_by.setdefault(provider.key, set()).update(offered)
            known, skipped, unreviewed = classify(offered, provider)
            unreviewed_total += len(unreviewed)
            lines.append(f'{pin.package} {version} ({provider.code} {provider.key}): {len(known)} catalogued, '
                         f'{len(skipped)} reviewed not billable, {len(unreviewed)} unreviewed')
            lines.extend(f'    unreviewed: {u}' for u in unreviewed)
        if missing_clients:
            unreviewed_total += len(missing_clients)
            lines.append(f'    clients not among the constructors: {", ".join(missing_clients)}')
    lines.append('')
    for key, offered in sorted(offered_by.items()):
        provider = next(p for p in catalogue.PROVIDERS if p.key == key)
        stale = sorted(
            [e for e in provider.endpoints if e not in offered and not any(o.endswith(f'().{e}') for o in offered)]
            + [f for f in provider.functions if not _offered_function(f, offered)]
        )
        if stale:
            lines.append(f'{key}: catalogued, in no pinned version: {", ".join(stale)}')
    lines.append(f'\n{unreviewed_total} unreviewed')
    return '\n'.join(lines) + '\n', unreviewed_total


def _offered_function(name: str, offered: set[str]) -> bool:
    """A module function offered as such, or as the client method it is bound to
    (``replicate.predictions.create`` is ``default_client.predictions.create``)."""
    return name in offered or any(name.endswith(f'.{o}') for o in offered if '.' in o)


def main(argv: list[str] | None = None) -> int:
    """Print the diff for the pinned SDKs (all, or the packages named)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--pins', default=PINS, help='the pins file (default: tools/sdk_pins.toml)')
    parser.add_argument('packages', nargs='*', help='only these packages')
    args = parser.parse_args(argv)
    pins = [p for p in load_pins(args.pins) if not args.packages or p.package in args.packages]
    text, unreviewed = report(pins, unpack)
    sys.stdout.write(text)
    return 1 if unreviewed else 0


if __name__ == '__main__':
    raise SystemExit(main())
