"""Find direct LLM calls in one module's AST.

One iterative pass builds a pyflakes-style scope model (what each name is bound to in each
scope, what ``self.x`` is assigned in a class, what each function returns) and collects
every call with the ``with`` items around it.  Afterwards each call's target is resolved to
a symbolic value and looked up in the catalogue.  Nothing is imported or executed.
"""
from __future__ import annotations

import ast
import fnmatch
import functools
import re
from collections.abc import Collection
from collections.abc import Iterator
from typing import NamedTuple
from typing import Union

from check_llm_usage import catalogue
from check_llm_usage.catalogue import Provider


class Imported(NamedTuple):
    """A dotted name reached through an import: ``litellm.completion``."""

    name: str


class Instance(NamedTuple):
    """An attribute path on an SDK client: ``OpenAI()`` + ``chat.completions``."""

    constructor: str
    path: tuple[str, ...]
    # the constructor call and its scope, when the file shows it (``base_url=`` etc.)
    origin: tuple[ast.Call, Scope] | None = None


class Opaque(NamedTuple):
    """An attribute path on a receiver of unknown origin."""

    path: tuple[str, ...]


class Function(NamedTuple):
    """A ``def`` or ``lambda`` of this file; calling it yields what it returns."""

    scope: Scope


class SelfOf(NamedTuple):
    """``self`` / ``cls`` of a class of this file, or an instance of that class."""

    scope: Scope


class Unbound(NamedTuple):
    """A name bound nowhere in the file (a builtin or a global injected at run time)."""

    name: str


class Foreign(NamedTuple):
    """An attribute path on an instance of a class imported from outside the catalogue.

    A wrapper, Twilio's Client, an S3 client: only distinctive tails can match on it.
    """

    name: str
    path: tuple[str, ...] = ()


Value = Union[Imported, Instance, Opaque, Function, SelfOf, Unbound, Foreign]
UNKNOWN = Opaque(())


class Binding(NamedTuple):
    """What a name was bound to: an import, an expression, a def/class, a parameter."""

    kind: str  # 'import' | 'value' | 'annotation' | 'function' | 'class' | 'self' | 'opaque'
    target: object  # qualified name, expression, or Scope
    scope: Scope | None  # where ``target`` (an expression) is evaluated


OPAQUE_BINDING = Binding('opaque', None, None)


class Scope:
    """A module, class, function, lambda or comprehension scope."""

    __slots__ = (
        'kind', 'parent', 'bindings', 'star_imports', 'returns', 'attrs', 'node', 'global_names',
    )

    def __init__(self, kind: str, parent: Scope | None, node: ast.AST | None = None) -> None:
        self.kind = kind
        self.parent = parent
        self.node = node
        self.bindings: dict[str, list[Binding]] = {}
        self.star_imports: list[str] = []
        self.returns: list[ast.expr] = []
        # class scopes: ``self.<attr> = value`` in any method, value evaluated in the method
        self.attrs: dict[str, list[Binding]] = {}
        self.global_names: set[str] = set()

    def bind(self, name: str, binding: Binding) -> None:
        scope = self
        if name in self.global_names:  # ``global client`` then ``client = OpenAI()``
            while scope.parent is not None:
                scope = scope.parent
        scope.bindings.setdefault(name, []).append(binding)


class Call(NamedTuple):
    """A call site with its scope and the ``with`` items lexically around it."""

    node: ast.Call
    scope: Scope
    guards: tuple[tuple[ast.expr, Scope], ...]


class DirectCall(NamedTuple):
    """A call (or a callable handed to a caller) that reaches an LLM provider's API directly."""

    node: ast.expr
    provider: Provider
    target: str


def _index_providers() -> tuple[dict[str, Provider], dict[str, Provider], dict[str, list[tuple[tuple[str, ...], Provider]]]]:
    constructors: dict[str, Provider] = {}
    functions: dict[str, Provider] = {}
    tails: dict[str, list[tuple[tuple[str, ...], Provider]]] = {}
    for provider in catalogue.PROVIDERS:
        for name in provider.constructors:
            constructors[name] = provider
        for name in provider.functions:
            functions[name] = provider
        for tail in provider.distinctive_tails:
            parts = tuple(tail.split('.'))
            tails.setdefault(parts[-1], []).append((parts, provider))
    return constructors, functions, tails


CONSTRUCTORS, FUNCTIONS, TAILS = _index_providers()
ENDPOINTS = {p.key: frozenset(p.endpoints) for p in catalogue.PROVIDERS}
# endpoint paths as tuples, for receivers known only by the file's imports; CHAIN: 2+ links
_ALL_ENDPOINTS = {p.key: tuple(tuple(e.split('.')) for e in p.endpoints) for p in catalogue.PROVIDERS}
_CHAIN_ENDPOINTS = {p.key: tuple(e for e in _ALL_ENDPOINTS[p.key] if len(e) > 1) for p in catalogue.PROVIDERS}
_TYPING_MODULES = frozenset(('typing', 'typing_extensions', 'collections', 'types', 'builtins'))
_BUILTIN_GENERICS = frozenset(('list', 'dict', 'tuple', 'set', 'frozenset', 'type'))
_SDK_MODULES = frozenset(m for p in catalogue.PROVIDERS for m in p.modules)
# an SDK client's raw request method, honoured only on a receiver traced to the SDK
_TRANSPORT_METHODS = frozenset(('post',))
_MODEL_KEYWORDS = frozenset(('model', 'model_id', 'model_name', 'modelId'))
# scheme, optional user info, then the host
_URL_START = re.compile(r'^(?:https?|wss?)://(?:[^/@?#]*@)?([^/:?#]*)')
SDK_ROOTS = frozenset(m.partition('.')[0] for p in catalogue.PROVIDERS for m in p.modules)
_PROPERTY_DECORATORS = frozenset(('property', 'cached_property'))
_MAX_DEPTH = 40
# a string annotation longer than this is no type name; before 3.11 parsing a long operator
# chain could crash the interpreter
_MAX_ANNOTATION = 1000
_LEAVES = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)
# the nodes that bind names, open a scope or guard their body: each has its branch in _build
_BINDING_NODES = frozenset((
    ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
    ast.With, ast.AsyncWith, ast.Assign, ast.For, ast.AsyncFor, ast.AnnAssign, ast.NamedExpr,
    ast.Return, ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp, ast.Global, ast.ExceptHandler,
))
_SHOWN_ATTRIBUTES = 5  # of a call target too deep for ast.unparse


class Module:
    """The scope model of one parsed file, and the resolver over it."""

    def __init__(self, tree: ast.Module) -> None:
        self.root = Scope('module', None, tree)
        self.calls: list[Call] = []
        self.imported_modules: set[str] = set()
        self._imported_providers: list[Provider] | None = None  # providers whose SDK is imported
        self._lambdas: dict[int, Scope] = {}
        self._resolved: dict[tuple[int, int], Value] = {}
        self._annotations: dict[tuple[str, int], ast.expr] = {}  # memo keys are node ids
        self._literals: dict[int, tuple[str, bool]] = {}
        self._mros: dict[int, list[Scope]] = {}
        self._dispatch: Scope | None = None  # the class whose ``self`` is being resolved
        self._build(tree)

    # -- the single pass ------------------------------------------------------------------

    def _build(self, tree: ast.Module) -> None:
        Guards = tuple[tuple[ast.expr, Scope], ...]
        stack: list[tuple[ast.AST, Scope, Guards]] = [(tree, self.root, ())]
        children: list[tuple[ast.AST, Scope, Guards]] = []

        def visit(child: ast.AST | None, in_scope: Scope | None = None, g: Guards | None = None) -> None:
            # the current node's scope and guards by default (read when called)
            if child is not None:
                children.append((child, scope if in_scope is None else in_scope, guards if g is None else g))

        while stack:
            node, scope, guards = stack.pop()
            children.clear()
            # the commonest nodes first: names, then everything that only holds calls
            if isinstance(node, ast.Name):
                if not isinstance(node.ctx, ast.Load):
                    scope.bind(node.id, OPAQUE_BINDING)
            elif type(node) not in _BINDING_NODES:
                if isinstance(node, ast.Call):
                    self.calls.append(Call(node, scope, guards))
                children.extend([(child, scope, guards) for child in _child_nodes(node)])
            elif isinstance(node, ast.Import):
                self.imported_modules.update(alias.name for alias in node.names)
                for alias in node.names:
                    if alias.asname:
                        scope.bind(alias.asname, Binding('import', alias.name, None))
                    else:
                        root = alias.name.partition('.')[0]
                        scope.bind(root, Binding('import', root, None))
            elif isinstance(node, ast.ImportFrom):
                module = '.' * node.level + (node.module or '')
                self.imported_modules.add(module)
                self.imported_modules.update(f'{module}.{alias.name}' for alias in node.names)
                for alias in node.names:
                    if alias.name == '*':
                        scope.star_imports.append(module)
                    else:
                        qualified = f'{module}.{alias.name}' if module.strip('.') else module + alias.name
                        scope.bind(alias.asname or alias.name, Binding('import', qualified, None))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                inner = Scope('function', scope, node)
                if isinstance(node, ast.Lambda):
                    self._lambdas[id(node)] = inner
                    inner.returns.append(node.body)
                    visit(node.body, inner, ())
                else:
                    scope.bind(node.name, Binding('function', inner, scope))
                    for decorator in node.decorator_list:
                        visit(decorator)
                    visit(node.returns)
                    for statement in node.body:
                        visit(statement, inner, ())
                self._bind_parameters(node, scope, inner)
                for default in (*node.args.defaults, *node.args.kw_defaults):
                    visit(default)
            elif isinstance(node, ast.ClassDef):
                inner = Scope('class', scope, node)
                scope.bind(node.name, Binding('class', inner, scope))
                for expr in (*node.decorator_list, *node.bases, *node.keywords):
                    visit(expr)
                for statement in node.body:
                    visit(statement, inner)
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                inner_guards = guards + tuple((item.context_expr, scope) for item in node.items)
                for item in node.items:
                    visit(item.context_expr)
                    self._bind_target(item.optional_vars, item.context_expr, scope, visit)
                for statement in node.body:
                    visit(statement, scope, inner_guards)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    self._bind_target(target, node.value, scope, visit)
                visit(node.value)
            elif isinstance(node, (ast.For, ast.AsyncFor)):
                # ``for client in clients``: an element of the iterable, as ``clients[i]`` is
                self._bind_target(node.target, node.iter, scope, visit)
                for child in (node.iter, *node.body, *node.orelse):
                    visit(child)
            elif isinstance(node, ast.AnnAssign):
                self._bind_annotated(node, scope, visit)
                visit(node.value)
            elif isinstance(node, ast.NamedExpr):
                scope.bind(node.target.id, Binding('value', node.value, scope))
                visit(node.value)
            elif isinstance(node, ast.Return):
                if node.value is not None:
                    scope.returns.append(node.value)
                    visit(node.value)
            elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                inner = Scope('comprehension', scope, node)
                for child in _child_nodes(node):
                    visit(child, inner)
            elif isinstance(node, ast.Global):
                scope.global_names.update(node.names)
            elif isinstance(node, ast.ExceptHandler):
                if node.name:
                    scope.bind(node.name, OPAQUE_BINDING)
                for child in _child_nodes(node):
                    visit(child)
            stack.extend(reversed(children))

    def _bind_parameters(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, outer: Scope, inner: Scope) -> None:
        args = node.args
        positional = [*args.posonlyargs, *args.args]
        every = [*positional, *args.kwonlyargs]
        every += [a for a in (args.vararg, args.kwarg) if a is not None]
        is_method = outer.kind == 'class' and not isinstance(node, ast.Lambda) and not any(
            _last_name(d) == 'staticmethod' for d in node.decorator_list
        )
        for arg in every:
            if is_method and positional and arg is positional[0]:
                inner.bind(arg.arg, Binding('self', outer, None))
            elif arg.annotation is not None and arg not in (args.vararg, args.kwarg):
                inner.bind(arg.arg, Binding('annotation', arg.annotation, outer))
            else:
                inner.bind(arg.arg, OPAQUE_BINDING)

    def _bind_target(self, target: ast.expr | None, value: ast.expr | None, scope: Scope, visit) -> None:
        if target is None:
            return
        if isinstance(target, ast.Name) and value is not None:
            scope.bind(target.id, Binding('value', value, scope))
            return
        if isinstance(target, ast.Attribute) and value is not None:
            owner = self._self_class(target.value, scope)
            if owner is not None:
                owner.attrs.setdefault(target.attr, []).append(Binding('value', value, scope))
        visit(target)

    def _bind_annotated(self, node: ast.AnnAssign, scope: Scope, visit) -> None:
        target = node.target
        if node.value is not None:
            self._bind_target(target, node.value, scope, visit)
        else:
            visit(target)
        annotation = Binding('annotation', node.annotation, scope)
        if isinstance(target, ast.Name):
            scope.bind(target.id, annotation)
        elif isinstance(target, ast.Attribute):
            owner = self._self_class(target.value, scope)
            if owner is not None:
                owner.attrs.setdefault(target.attr, []).append(annotation)

    def _self_class(self, expr: ast.expr, scope: Scope) -> Scope | None:
        """The class scope when ``expr`` is the ``self``/``cls`` parameter of a method."""
        if isinstance(expr, ast.Name):
            for binding in scope.bindings.get(expr.id, ()):
                if binding.kind == 'self':
                    return binding.target  # type: ignore[return-value]
        return None

    # -- resolution -----------------------------------------------------------------------

    def lookup(self, name: str, scope: Scope) -> list[Binding] | Value:
        """The bindings a name refers to from ``scope`` (class scopes are not enclosing)."""
        current: Scope | None = scope
        while current is not None:
            if current is scope or current.kind != 'class':
                if name in current.bindings:
                    return current.bindings[name]
            current = current.parent
        for module in reversed(self.root.star_imports):
            candidate = f'{module}.{name}'
            if candidate in FUNCTIONS or candidate in CONSTRUCTORS:
                return Imported(candidate)
        if self.root.star_imports:
            return UNKNOWN
        # ``litellm.completion(...)`` in a file that never imports litellm still means litellm
        return Imported(name) if name in SDK_ROOTS else Unbound(name)

    def resolve(self, expr: ast.expr, scope: Scope, depth: int = 0) -> Value:
        """What ``expr`` evaluates to, as far as the file tells.

        Memoised per node (and ``self`` class), so resolving is linear in the file; a node met
        again while it is being resolved (``x = x | y``) counts as unknown.
        """
        key = (id(expr), id(self._dispatch))
        value = self._resolved.get(key)
        if value is None:
            if depth > _MAX_DEPTH:
                return UNKNOWN
            self._resolved[key] = UNKNOWN
            value = self._resolved[key] = self._resolve(expr, scope, depth + 1)
        return value

    def _resolve(self, expr: ast.expr, scope: Scope, depth: int) -> Value:
        if isinstance(expr, ast.Name):
            found = self.lookup(expr.id, scope)
            if isinstance(found, list):
                return self._pick([self._binding_value(b, depth) for b in found])
            return found
        if isinstance(expr, ast.Attribute):
            return self._attribute(self.resolve(expr.value, scope, depth), expr.attr, depth)
        if isinstance(expr, ast.Call):
            return self._call_result(expr, scope, depth)
        if isinstance(expr, ast.Await):
            return self.resolve(expr.value, scope, depth)
        if isinstance(expr, ast.Lambda) and id(expr) in self._lambdas:
            return Function(self._lambdas[id(expr)])
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):
            return self._pick([self.resolve(expr.left, scope, depth), self.resolve(expr.right, scope, depth)])
        if isinstance(expr, ast.Subscript):
            container = self.resolve(expr.value, scope, depth)
            if not _is_generic(container):  # CLIENTS["openai"]: an element of the literal
                return container
            # Optional[OpenAI], Annotated[OpenAI, ...]
            inner = expr.slice.elts[0] if isinstance(expr.slice, ast.Tuple) and expr.slice.elts else expr.slice
            return self._annotation(inner, scope, depth)
        if isinstance(expr, ast.Dict):
            return self._pick([self.resolve(v, scope, depth) for v in expr.values if v is not None])
        if isinstance(expr, (ast.List, ast.Tuple, ast.Set)):
            return self._pick([self.resolve(e, scope, depth) for e in expr.elts])
        if isinstance(expr, (ast.BoolOp, ast.IfExp)):
            options = expr.values if isinstance(expr, ast.BoolOp) else [expr.body, expr.orelse]
            return self._pick([self.resolve(o, scope, depth) for o in options])
        return UNKNOWN

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

    @staticmethod
    def _pick(values: list[Value]) -> Value:
        """Of a name's bindings (``try``/``except`` or ``if``/``else`` branches), an SDK one first."""
        sdk = [v for v in values if _is_sdk(v)]
        if not sdk:
            return Module._first_known(iter(values))
        first = sdk[0]
        if isinstance(first, Instance) and first.origin is None:  # a declared type: prefer
            constructed = (v for v in sdk if isinstance(v, Instance) and v.origin and v[:2] == first[:2])
            return next(constructed, first)  # the constructed client, its ``base_url=`` known
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
            return Imported(binding.target)  # type: ignore[arg-type]
        if kind == 'value':
            return self.resolve(binding.target, binding.scope, depth)  # type: ignore[arg-type]
        if kind == 'annotation':
            value = self._annotation(binding.target, binding.scope, depth)  # type: ignore[arg-type]
            if isinstance(value, Imported):
                return self._instantiate(value.name) or _foreign(value.name)
            return value
        if kind == 'function':
            return Function(binding.target)  # type: ignore[arg-type]
        if kind in ('self', 'class'):
            return SelfOf(binding.target)  # type: ignore[arg-type]
        return UNKNOWN

    def _attribute(self, base: Value, name: str, depth: int) -> Value:
        if isinstance(base, Imported):
            return Imported(f'{base.name}.{name}')
        if isinstance(base, Instance):
            if name in catalogue.TRANSPARENT_ATTRIBUTES:
                return base
            return base._replace(path=base.path + (name,))
        if isinstance(base, (Opaque, Foreign)):
            if name in catalogue.TRANSPARENT_ATTRIBUTES:
                return base
            return base._replace(path=base.path + (name,))
        if isinstance(base, SelfOf):
            return self._class_attribute(base.scope, name, depth)
        return Opaque((name,))

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
        finally:
            self._dispatch = outer
        return Opaque((name,))

    def _own_attribute(self, cls: Scope, name: str, depth: int) -> Value:
        values = []
        for binding in [*cls.bindings.get(name, ()), *cls.attrs.get(name, ())]:
            if binding.kind == 'function':
                function: Scope = binding.target  # type: ignore[assignment]
                decorators = function.node.decorator_list  # type: ignore[union-attr]
                if any(_last_name(d) in _PROPERTY_DECORATORS for d in decorators):
                    values.append(self._returns(function, depth))
                else:
                    values.append(Function(function))
            else:
                values.append(self._binding_value(binding, depth))
        value = self._pick(values)
        if value != UNKNOWN:
            return value
        # an SDK client subclassed in this file: ``class Client(OpenAI)``
        for base in cls.node.bases:  # type: ignore[union-attr]
            resolved = self.resolve(base, cls.parent, depth)  # type: ignore[arg-type]
            if isinstance(resolved, Imported) and (instance := self._instantiate(resolved.name)):
                return self._attribute(instance, name, depth)
        return UNKNOWN

    def _mro(self, cls: Scope, depth: int) -> list[Scope]:
        """``cls`` and its base classes defined in this file, depth first."""
        order = self._mros.get(id(cls))
        if order is None:
            self._mros[id(cls)] = [cls]  # a cyclic hierarchy stops here
            order = [cls]
            for base in cls.node.bases:  # type: ignore[union-attr]
                resolved = self.resolve(base, cls.parent, depth)  # type: ignore[arg-type]
                if isinstance(resolved, SelfOf) and resolved.scope.kind == 'class':
                    order += [k for k in self._mro(resolved.scope, depth + 1) if k not in order]
            self._mros[id(cls)] = order
        return order

    def _returns(self, function: Scope, depth: int) -> Value:
        value = self._first_known(self.resolve(r, function, depth) for r in function.returns)
        annotation = getattr(function.node, 'returns', None)
        if value == UNKNOWN and annotation is not None:  # ``def client(self) -> OpenAI: ...``
            declared = self._annotation(annotation, function.parent, depth)  # type: ignore[arg-type]
            if isinstance(declared, Imported):
                return self._instantiate(declared.name) or UNKNOWN
        return value

    @staticmethod
    def _instantiate(name: str, origin: tuple[ast.Call, Scope] | None = None) -> Instance | None:
        if name in CONSTRUCTORS or name in catalogue.SESSION_CONSTRUCTORS or name in catalogue.HTTP_CLIENTS:
            return Instance(name, (), origin)
        return None

    def _call_result(self, call: ast.Call, scope: Scope, depth: int) -> Value:
        func = self.resolve(call.func, scope, depth)
        if isinstance(func, Imported):
            if func.name in catalogue.SERVICE_FACTORIES:
                return self._service_client(call)
            if func.name in catalogue.RESULT_TYPES:
                return Instance(catalogue.RESULT_TYPES[func.name], (), (call, scope))
            if call.args and func.name == 'importlib.import_module':
                module = call.args[0]
                if isinstance(module, ast.Constant) and isinstance(module.value, str):
                    return Imported(module.value)
            if call.args and func.name == 'functools.partial':  # a stored, pre-bound function
                return self.resolve(call.args[0], scope, depth)
            if len(call.args) == 2 and func.name in ('typing.cast', 'typing_extensions.cast'):
                declared = self._annotation(call.args[0], scope, depth)
                if isinstance(declared, Imported) and (instance := self._instantiate(declared.name)):
                    return instance
                return self.resolve(call.args[1], scope, depth)
            return self._instantiate(func.name, (call, scope)) or _foreign(func.name)
        if isinstance(func, Instance) and func.path:
            if func.path[-1] in catalogue.TRANSPARENT_CALLS:
                return func._replace(path=func.path[:-1])
            if func.constructor in catalogue.SESSION_CONSTRUCTORS and func.path == ('client',):
                return self._service_client(call)
            result = catalogue.RESULT_TYPES.get('.'.join((func.constructor, *func.path)))
            if result is not None:
                return Instance(result, (), (call, scope))
        if isinstance(func, (Opaque, Foreign)) and func.path and func.path[-1] in catalogue.TRANSPARENT_CALLS:
            return func._replace(path=func.path[:-1])
        if isinstance(func, Opaque) and func.path[-1:] == ('client',):
            # ``session.client("bedrock-runtime")``: the service name is evidence enough
            service = self._service_client(call)
            if isinstance(service, Instance):
                return service
        if isinstance(func, Function):
            return self._returns(func.scope, depth)
        if isinstance(func, SelfOf) and func.scope.kind == 'class':
            return func
        if func == Unbound('super'):  # the parent class's own implementation, not a client
            return Foreign('super')
        return UNKNOWN

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

    # -- rules ----------------------------------------------------------------------------

    def match(self, call: Call, codes: frozenset[str]) -> DirectCall | None:
        """The provider (among ``codes``) a call reaches directly, or None."""
        node, scope = call.node, call.scope
        func = node.func
        value = self.resolve(func, scope)
        provider = _provider_of(value)
        if provider is None:
            provider = self._by_imports(value, node, codes)
        if provider is None and catalogue.RAW_HTTP.code in codes:
            provider = self._raw_http(value, node, scope)
        if provider is None or provider.code not in codes:
            return None
        return DirectCall(node, provider, _target(value, func))

    def direct(self, call: Call, codes: frozenset[str]) -> list[DirectCall]:
        """What a call site reaches directly: the call itself, and SDK callables handed to it."""
        return [*filter(None, (self.match(call, codes),)), *self.references(call, codes)]

    def references(self, call: Call, codes: frozenset[str]) -> Iterator[DirectCall]:
        """SDK callables passed to another callable, which calls them for the caller.

        ``retryer(self.client.chat.completions.create, **kwargs)``,
        ``asyncio.to_thread(client.models.generate_content, ...)``; reported at the reference.
        """
        if _last_name(call.node.func) in catalogue.NOT_CALLING:
            return
        for arg in (*call.node.args, *(k.value for k in call.node.keywords)):
            if isinstance(arg, ast.Starred):
                arg = arg.value
            if not isinstance(arg, (ast.Attribute, ast.Name)):
                continue
            value = self.resolve(arg, call.scope)
            provider = None if isinstance(value, Unbound) else _provider_of(value)
            if provider is not None and provider.code in codes:
                yield DirectCall(arg, provider, _target(value, arg))

    def _by_imports(self, value: Value, node: ast.Call, codes: frozenset[str]) -> Provider | None:
        """An endpoint on a receiver of unknown origin, in a file that imports its SDK.

        Weaker evidence than a traced receiver, so the call must also name a model
        (Twilio's ``client.messages.create(to=..., body=...)`` names none).
        """
        if isinstance(value, Imported):
            path = tuple(value.name.split('.'))
            if path[0] in catalogue.MODULE_CLIENTS or value.name in CONSTRUCTORS:
                return None
            endpoints = _CHAIN_ENDPOINTS  # a module function named like a client method is not one
        elif isinstance(value, Opaque) and isinstance(node.func, ast.Attribute):
            path = value.path
            endpoints = _ALL_ENDPOINTS
        else:
            return None
        if not path or path[-1] in _TRANSPORT_METHODS:
            return None
        # ``**kwargs`` may carry the model, but ``model.generate(**inputs)`` (transformers) shows
        # that only a multi-link path, or a receiver named as a client, is specific enough for it
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else node.func
        specific = len(path) > 1 or 'client' in _last_name(receiver).lower()
        if not any(k.arg in _MODEL_KEYWORDS or (k.arg is None and specific) for k in node.keywords):
            return None
        if self._imported_providers is None:
            self._imported_providers = [
                p for p in catalogue.PROVIDERS if any(_in_modules(m, p.modules) for m in self.imported_modules)
            ]
        for provider in self._imported_providers:
            if provider.code not in codes:
                continue
            for endpoint in endpoints[provider.key]:
                if path[-len(endpoint):] == endpoint:
                    return provider
        return None

    # -- raw HTTP -------------------------------------------------------------------------

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
        url = None if index is None else _argument(node, index, 'url')
        if url is None:
            return None
        method = _argument(node, 0 if index else -1, 'method')
        if isinstance(method, ast.Constant) and str(method.value).upper() == 'GET':
            return None  # ``request("GET", ...)`` reads, like ``get``
        prefix = self._literal(url, scope, 0)[0]
        if not _URL_START.match(prefix) and base is not None:  # relative to ``base_url=``
            base_url = _argument(base[0], -1, 'base_url')
            if base_url is not None:
                prefix = self._literal(base_url, base[1], 0)[0]
        return catalogue.RAW_HTTP if _is_llm_host(prefix) else None

    def literal(self, expr: ast.expr, scope: Scope) -> tuple[str, bool]:
        """(leading literal text of a str expression, whether that text is all of it)."""
        return self._literal(expr, scope, 0)

    def _literal(self, expr: ast.expr, scope: Scope, depth: int) -> tuple[str, bool]:
        """(leading literal text of a str expression, whether that text is all of it)."""
        key = id(expr)
        if key not in self._literals:
            if depth > _MAX_DEPTH:
                return '', False
            self._literals[key] = ('', False)  # a cycle (``url = url + '/x'``) adds nothing
            self._literals[key] = self._literal_of(expr, scope, depth + 1)
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
            return next((lit for lit in literals if _URL_START.match(lit[0])), ('', False))
        for binding in self._bindings_of(expr, scope):
            if binding.kind == 'value':
                text, whole = self._literal(binding.target, binding.scope, depth)  # type: ignore[arg-type]
                if text:
                    return text, whole
        return '', False

    def _call_literal(self, call: ast.Call, scope: Scope, depth: int) -> tuple[str, bool]:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == 'format':  # '{base}/v1'.format(...)
            return self._literal(func.value, scope, depth)[0].partition('{')[0], False
        name = self.resolve(func, scope)
        if isinstance(name, Imported) and name.name in ('urllib.parse.urljoin', 'urllib.request.Request'):
            url = _argument(call, 0, 'url')
            if url is not None:
                return self._literal(url, scope, depth)[0], False
        return '', False

    def _bindings_of(self, expr: ast.expr, scope: Scope) -> list[Binding]:
        """What a name or a ``self.<attr>`` / ``cls.<attr>`` / ``Class.<attr>`` was assigned."""
        if isinstance(expr, ast.Name):
            found = self.lookup(expr.id, scope)
            return found if isinstance(found, list) else []
        if isinstance(expr, ast.Attribute):
            owner = self.resolve(expr.value, scope)
            if isinstance(owner, SelfOf):
                return [*owner.scope.bindings.get(expr.attr, ()), *owner.scope.attrs.get(expr.attr, ())]
        return []

    def is_tracker(self, expr: ast.expr, scope: Scope, trackers: tuple[str, ...]) -> bool:
        """True when ``expr`` calls one of ``trackers`` (dotted names, matched through imports)."""
        name = self.dotted_name(expr.func, scope) if isinstance(expr, ast.Call) else None
        return name is not None and any(name == t or name.endswith(f'.{t}') for t in trackers)

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
        if provider is not None and '.'.join(value.path) in ENDPOINTS[provider.key]:
            return provider
        return _provider_by_tail(value.path)
    if isinstance(value, (Opaque, Foreign)):
        return _provider_by_tail(value.path)
    if isinstance(value, Unbound) and value.name in catalogue.UNBOUND_LITELLM_NAMES:
        return catalogue.BY_CODE['LLM001']
    return None


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
    try:
        return ' '.join(ast.unparse(expr).split())
    except RecursionError:  # ast.unparse recurses: show the attribute tail of a deep target
        names: list[str] = []
        while isinstance(expr, ast.Attribute) and len(names) < _SHOWN_ATTRIBUTES:
            names.append(expr.attr)
            expr = expr.value
        return '.'.join(['(...)', *reversed(names)])


def _is_generic(value: Value) -> bool:
    """A generic type (``Optional``, ``list``, ...) whose subscript is an annotation."""
    if isinstance(value, Unbound):
        return value.name in _BUILTIN_GENERICS
    return isinstance(value, Imported) and value.name.partition('.')[0] in _TYPING_MODULES


def _is_sdk(value: Value) -> bool:
    if isinstance(value, Instance):
        return True
    if isinstance(value, Imported):
        return _in_sdk(value.name)
    return False


@functools.lru_cache(maxsize=4096)
def _in_sdk(name: str) -> bool:
    """Whether a qualified name lies in a module of the catalogue."""
    return _in_modules(name, _SDK_MODULES)


def _in_modules(name: str, modules: Collection[str]) -> bool:
    """Whether a qualified name is one of ``modules`` or lies inside one."""
    parts = name.split('.')
    return any('.'.join(parts[:i]) in modules for i in range(1, len(parts) + 1))


def _foreign(name: str) -> Value:
    """A call of / annotation with an imported non-SDK name: a class (CapWords) is foreign."""
    last = name.rpartition('.')[2]
    if last[:1].isupper() and not _in_sdk(name) and name.partition('.')[0] not in _TYPING_MODULES:
        return Foreign(name)
    return UNKNOWN


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    """The argument at ``index`` (-1: keyword only) or passed as ``keyword=``."""
    for k in call.keywords:
        if k.arg == keyword:
            return k.value
    if 0 <= index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[:index + 1]):
        return call.args[index]
    return None


def _is_llm_host(url: str) -> bool:
    match = _URL_START.match(url)
    if match is None or not match.group(1):
        return False
    # case-sensitive, as the pre-filter's byte search for the host text is
    return any(fnmatch.fnmatchcase(match.group(1), pattern) for pattern in catalogue.RAW_HTTP.hosts)


def _child_nodes(node: ast.AST) -> list[ast.AST]:
    """The child nodes that can bind or call: ``ast.iter_child_nodes`` without the operator
    and context leaves (``Load()``, ``Add()``), and without its generator's cost."""
    found = []
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, list):
            found += [v for v in value if isinstance(v, ast.AST) and not isinstance(v, _LEAVES)]
        elif isinstance(value, ast.AST) and not isinstance(value, _LEAVES):
            found.append(value)
    return found


def _last_name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Call):
        expr = expr.func
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Name):
        return expr.id
    return ''


def find_direct_calls(
    tree: ast.Module, trackers: tuple[str, ...], codes: frozenset[str] | None = None,
) -> list[DirectCall]:
    """Every call in ``tree`` that reaches an LLM provider outside a tracker block.

    ``codes``: the rule codes to report; the catalogue's enabled ones by default.
    """
    enabled = catalogue.default_codes() if codes is None else codes
    module = Module(tree)
    found = []
    for call in module.calls:
        direct = module.direct(call, enabled)
        if direct and not any(module.is_tracker(e, s, trackers) for e, s in call.guards):
            found.extend(direct)
    return found
