"""The scope model of one module: what each name is bound to in each scope.

One iterative pass over the syntax tree records, pyflakes-style, the bindings of every
scope (imports, assignments, defs, classes, parameters), what ``self.x`` is assigned in a
class, what each function returns (a context manager made of a generator: what it yields),
and every call with the ``with`` items around it.  It knows nothing of values or of the
catalogue: ``values`` reads it.
"""
from __future__ import annotations

import ast
import bisect

from check_llm_usage.records import NamedTuple

# typing.TYPE_CHECKING without importing typing (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator


class Binding(NamedTuple):
    """What a name was bound to: an import, an expression, a def/class, a parameter."""

    kind: str  # 'import' | 'value' | 'annotation' | 'function' | 'class' | 'self' | 'parameter' | 'opaque'
    target: object  # qualified name, expression, or Scope
    scope: Scope | None  # where ``target`` (an expression) is evaluated


OPAQUE_BINDING = Binding('opaque', None, None)


class Scope:
    """A module, class, function, lambda or comprehension scope."""

    __slots__ = (
        'kind', 'parent', 'bindings', 'star_imports', 'returns', 'attrs', 'node', 'global_names',
        'module',
    )

    def __init__(self, kind: str, parent: Scope | None, node: ast.AST | None = None, module: ModuleScopes | None = None) -> None:
        self.kind = kind
        self.parent = parent
        self.node = node
        # the module the scope is in (its file, its imports)
        self.module: ModuleScopes = parent.module if parent is not None else module  # type: ignore[assignment]
        self.bindings: dict[str, list[Binding]] = {}
        self.star_imports: list[str] = []
        self.returns: list[ast.expr] = []
        # class scopes: ``self.<attr> = value`` in any method, value evaluated in the method
        self.attrs: dict[str, list[Binding]] = {}
        self.global_names: set[str] = set()
        self.module.scopes.append(self)

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


# fields that hold strings, numbers or operator and context leaves, never a node to walk
# (not ``name``: a string mostly, but a node in 3.12's ``type X = ...``)
_LEAF_FIELDS = frozenset((
    'ctx', 'op', 'ops', 'attr', 'id', 'arg', 'names', 'module', 'level', 'kind', 'type_comment',
    'conversion', 'is_async', 'kwd_attrs', 'rest',
))
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}
# the nodes that bind names, open a scope or guard their body: each has its branch in _build
_BINDING_NODES = frozenset((
    ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
    ast.With, ast.AsyncWith, ast.Assign, ast.For, ast.AsyncFor, ast.AnnAssign, ast.NamedExpr,
    ast.Return, ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp, ast.Global, ast.ExceptHandler,
    ast.Yield, ast.Await,
))
# an application's state: Starlette's ``app.state``, Sanic's ``app.ctx``
_STATE_ATTRIBUTES = frozenset(('state', 'ctx'))
# an application's state reached through an attribute of an object (``state_name``): by the
# attribute, the last names of what may hold it (any if none), the packages one of which the
# module imports (any module if none), and the name the state's entry is kept under after
_HELD_STATE = {
    'd': (('bot', 'app'), ('hikari', 'lightbulb'), 'lightbulb.d.'),  # a hikari-lightbulb bot's datastore: ``ctx.bot.d.client``
    '_cmd': (('self',), ('cmd2',), 'app.'),  # a cmd2 command set's ``self._cmd.client``, set so in its ``Cmd`` subclass
    'application': ((), (), 'app.'),  # Tornado's ``self.application.client`` (a subclass need not import tornado)
    'extensionapp': (('self',), (), 'app.'),  # a Jupyter Server extension's handler: ``self.extensionapp.client``
    # a Textual widget's or screen's ``self.app.client``, a Cement controller's, a Toga window's, a cliff command's
    'app': (('self',), ('textual', 'cement', 'toga', 'cliff'), 'app.'),
    'client': (('event',), ('telethon',), 'telethon.client.'),  # a Telethon handler's ``event.client.llm``
}
# the application classes whose methods' ``self.<name> = ...`` set an application's state
# (``state_name``), by their last name, with the frameworks one of which the module imports:
# Tornado's and GTK's ``Application`` (``Adw.Application``), the ``App`` of Textual (``App[None]``),
# Kivy, wxPython, Toga and cliff, Jupyter Server's ``ExtensionApp``, cmd2's ``Cmd``, Panda3D's
# ``ShowBase`` (the builtin ``base``)
_APPLICATION_CLASSES = {
    'Application': ('tornado', 'gi'), 'App': ('textual', 'kivy', 'wx', 'toga', 'cliff'), 'ExtensionApp': ('jupyter_server',),
    'Cmd': ('cmd2',), 'ShowBase': ('direct', 'panda3d'),
}
# dict methods that fill a validator's ``values`` as ``values[key] = value`` does
_FILLING = frozenset(('update', 'setdefault'))
# Pyramid's registrations (``state_stores``): a request method, a registry utility, a
# pyramid_services service (or its factory), by what ``state_name`` and ``registered`` call them
_REGISTERING = frozenset(('add_request_method', 'registerUtility', 'register_service', 'register_service_factory', 'bind', 'extend', 'user_data_set'))
# what a function registered in spaCy's registry returns is kept under this prefix and its name
REGISTRY = 'registry.'
# what paho-mqtt gives a client's callbacks as ``userdata`` is kept under this name in ``state_stores``
PAHO_USERDATA = 'paho.userdata'
# Tornado's route specifications made by a call (a tuple is one too)
_ROUTES = frozenset(('url', 'URLSpec'))
# a generator function so decorated makes a context manager: ``with f() as x`` binds what it yields
# decorators making what a generator yields what its function gives: a context manager's
# ``with`` target, a pytest fixture's value
_CONTEXT_MANAGER_DECORATORS = frozenset(('contextmanager', 'asynccontextmanager', 'fixture'))


class ModuleScopes:
    """The scopes of one parsed file: its bindings, calls and imports.

    ``path`` names the file (relative imports are resolved from it); '' when unknown.
    """

    def __init__(self, tree: ast.Module, path: str = '') -> None:
        self.path = path
        self.scopes: list[Scope] = []
        self.root = Scope('module', None, tree, self)
        self.calls: list[Call] = []
        self.imported_modules: set[str] = set()
        self.lambdas: dict[int, Scope] = {}
        # every ``x.<attr> = ...`` (and validator ``values["<attr>"] = ...``) target's name
        self.assigned_attributes: set[str] = set()
        # ``REGISTRY[key] = value`` of a dict no function binds itself (a registry filled at
        # import, or by a function or decorator), by the dict's name: (key, value, scope)
        self.item_stores: dict[str, list[tuple[ast.expr, ast.expr, Scope]]] = {}
        # ``self.<attr>[key] = value`` in a method: a dict an instance fills by key (a cache of
        # clients by name), by the id of the class and the attribute's name
        self.attr_stores: dict[tuple[int, str], list[tuple[ast.expr, ast.expr, Scope]]] = {}
        # ``ctx[key] = value`` into a function's parameter (a dict a framework hands on: arq's
        # ``startup(ctx)``), by the parameter's name
        self.parameter_stores: dict[str, list[tuple[ast.expr, ast.expr, Scope]]] = {}
        # ``name[key] = value`` into a dict a function binds itself: by the function's id, by the name
        self.local_stores: dict[int, dict[str, list[tuple[ast.expr, ast.expr, Scope]]]] = {}
        # ``st.session_state[key] = value``, ``cl.user_session.set(key, value)``: a framework's
        # session store, by its spelling (``st.session_state``), then by the key (the first store)
        self.session_stores: dict[str, dict[str, tuple[ast.expr, Scope]]] = {}
        # and those at a key a name holds (``app.extensions[EXTENSION_KEY] = clients``), in order
        self.named_session_stores: dict[str, list[tuple[ast.Name, ast.expr, Scope]]] = {}
        # ``app.state.<name> = value`` (Starlette's and FastAPI's application state, set in a
        # lifespan or a startup hook): by the name
        self.state_stores: dict[str, list[Binding]] = {}
        # ``STATE.client = value`` of a name no ``self`` or ``cls`` (an object the module keeps,
        # filled by a function of it): by the attribute, with the name
        self.name_attr_stores: dict[str, list[tuple[str, Binding]]] = {}
        # the lambdas an awaited call is given (``await asyncio.to_thread(lambda: ...)``): by
        # their ids; each runs before the ``await`` ends, where it is written
        self.in_place: set[int] = set()
        self._called: dict[str, list[Call]] | None = None  # called(), indexed on first use
        self._calls_in: dict[int, list[Call]] | None = None  # calls_in(), by a scope's id
        self._nested: dict[int, list[Scope]] | None = None  # nested(), by a scope's id
        self._subclasses: dict[int, list[Scope]] | None = None  # subclasses(), by a class's id
        self._roots: set[str] = set()  # the first names of imported_modules, as they are read
        self._build(tree)

    def imports_root(self, *roots: str) -> bool:
        """Whether an import statement of the module (read so far) names a module of one of the
        packages ``roots``."""
        return not self._roots.isdisjoint(roots)

    def subclasses(self, cls: Scope) -> Iterator[Scope]:
        """The classes of this file deriving from ``cls`` through bases named in it (``class
        OpenAIBackend(Backend)``, also through a class between), nearest first, as they are
        read (the classes' bases are indexed once)."""
        if self._subclasses is None:
            self._subclasses = {}
            for scope in self.scopes:
                if scope.kind != 'class' or scope.parent is None:
                    continue
                for base in scope.node.bases:  # type: ignore[union-attr]
                    bound = scope.parent.bindings.get(base.id) if isinstance(base, ast.Name) else None
                    if bound and bound[-1].kind == 'class':
                        self._subclasses.setdefault(id(bound[-1].target), []).append(scope)
        seen = {id(cls)}
        order = [cls]
        for scope in order:  # breadth first, each class once
            for sub in self._subclasses.get(id(scope), []):
                if id(sub) not in seen:
                    seen.add(id(sub))
                    order.append(sub)
                    yield sub

    def calls_in(self, scope: Scope) -> list[Call]:
        """The calls written in ``scope``, its comprehensions included (not in a function
        nested in it)."""
        if self._calls_in is None:
            self._calls_in = {}
            for call in self.calls:
                written = call.scope
                while written.kind == 'comprehension' and written.parent is not None:
                    written = written.parent
                self._calls_in.setdefault(id(written), []).append(call)
        return self._calls_in.get(id(scope), [])

    def nested(self, scope: Scope) -> list[Scope]:
        """The functions and lambdas written in ``scope``, its comprehensions included (not in
        a function nested in it)."""
        if self._nested is None:
            self._nested = {}
            for inner in self.scopes:
                outer = inner.parent
                while outer is not None and outer.kind == 'comprehension':
                    outer = outer.parent
                if inner.kind == 'function' and outer is not None:
                    self._nested.setdefault(id(outer), []).append(inner)
        return self._nested.get(id(scope), [])

    def called(self, name: str) -> list[Call]:
        """The calls whose callee's last name is ``name``, in the file's order."""
        if self._called is None:
            self._called = {}
            for call in self.calls:
                self._called.setdefault(last_name(call.node.func), []).append(call)
        return self._called.get(name, [])

    def close(self) -> None:
        """Drop what links the scopes to each other: they are freed at once, not by a
        garbage collection that walks every live object."""
        for scope in self.scopes:
            scope.bindings = scope.attrs = {}
            scope.module = scope.parent = None  # type: ignore[assignment]
        self.scopes = []
        self.calls = []
        self.lambdas = {}
        self.item_stores = {}
        self.attr_stores = {}
        self.parameter_stores = {}
        self.local_stores = {}
        self.session_stores = {}
        self.named_session_stores = {}
        self.name_attr_stores = {}
        self._called = None
        self._calls_in = None
        self._nested = None
        self._subclasses = None

    def _build(self, tree: ast.Module) -> None:
        Guards = tuple[tuple[ast.expr, Scope], ...]
        stack: list[tuple[ast.AST, Scope, Guards]] = [(tree, self.root, ())]
        children: list[tuple[ast.AST, Scope, Guards]] = []

        def visit(child: ast.AST | None, in_scope: Scope | None = None, g: Guards | None = None) -> None:
            # the current node's scope and guards by default (read when called)
            if child is not None:
                children.append((child, scope if in_scope is None else in_scope, guards if g is None else g))

        Attribute, Name, Call_, Constant, Load = ast.Attribute, ast.Name, ast.Call, ast.Constant, ast.Load
        pop, push, calls = stack.pop, stack.append, self.calls.append
        while stack:
            node, scope, guards = pop()
            kind = type(node)
            # the commonest nodes first: everything that only holds calls, and names
            if kind not in _BINDING_NODES:
                if kind is Attribute:  # of ``a.b.c`` only what ``a`` is can call or bind
                    node = node.value
                    while type(node) is Attribute:
                        node = node.value
                    if type(node) is not Name and type(node) is not Constant:  # a name read
                        push((node, scope, guards))
                elif kind is Name:
                    if type(node.ctx) is not Load:
                        scope.bind(node.id, OPAQUE_BINDING)
                elif kind is Call_:  # its children as _child_nodes gives them, a keyword's value for it
                    calls(Call(node, scope, guards))
                    func = node.func
                    if type(func) is Attribute and func.attr in _FILLING and type(func.value) is Name:
                        self._fill_fields(node, func.value.id, func.attr, scope)
                    elif type(func) is Attribute and func.attr == 'set' and len(node.args) == 2 and type(node.args[0]) is Constant:
                        self._session_store(func.value, node.args[0], node.args[1], scope)
                    elif type(func) is Attribute and func.attr in _REGISTERING and node.args:
                        self._register(node, func.attr, scope)
                    elif len(node.args) > 2 and last_name(func) in _ROUTES:  # ``url(r"/ask", AskHandler, dict(...))``
                        self._route(node.args[1], node.args[2], scope)
                    for keyword in reversed(node.keywords):
                        child = keyword.value
                        if keyword.arg == 'context_getter':  # Strawberry's ``GraphQLRouter(schema, context_getter=...)``
                            made = ast.copy_location(ast.Call(func=child, args=[], keywords=[]), child)
                            self.state_stores.setdefault('context', []).append(Binding('value', made, scope))
                        elif keyword.arg == 'userdata' and last_name(func) == 'Client' and self.imports_root('paho'):
                            self.state_stores.setdefault(PAHO_USERDATA, []).append(Binding('value', child, scope))
                        if type(child) is not Name and type(child) is not Constant:  # names read
                            push((child, scope, guards))
                    for child in reversed(node.args):
                        if type(child) is not Name and type(child) is not Constant:
                            push((child, scope, guards))
                    if type(func) is not Name:
                        push((func, scope, guards))
                elif kind is not Constant:
                    if kind is ast.Tuple and len(node.elts) > 2:  # ``(r"/ask", AskHandler, dict(...))``
                        self._route(node.elts[1], node.elts[2], scope)
                    for child in _child_nodes(node):
                        push((child, scope, guards))
                continue
            children.clear()
            if kind is ast.Assign:
                for target in node.targets:
                    self._bind_target(target, node.value, scope, visit)
                visit(node.value)
            elif kind is ast.Return:
                if node.value is not None:
                    scope.returns.append(node.value)
                    visit(node.value)
            elif kind is ast.Await:
                if isinstance(node.value, ast.Call):
                    given = (*node.value.args, *[k.value for k in node.value.keywords])
                    self.in_place.update(id(a) for a in given if isinstance(a, ast.Lambda))
                visit(node.value)
            elif kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda):
                inner = Scope('function', scope, node)
                if kind is ast.Lambda:
                    self.lambdas[id(node)] = inner
                    inner.returns.append(node.body)
                    visit(node.body, inner, guards if id(node) in self.in_place else ())
                else:
                    scope.bind(node.name, Binding('function', inner, scope))
                    for decorator in node.decorator_list:
                        self._registered_function(decorator, node.name, scope)
                        visit(decorator)
                    visit(node.returns)
                    for statement in node.body:
                        visit(statement, inner, ())
                self._bind_parameters(node, scope, inner)
                for default in (*node.args.defaults, *node.args.kw_defaults):
                    visit(default)
            elif kind is ast.ExceptHandler:
                if node.name:
                    scope.bind(node.name, OPAQUE_BINDING)
                for child in reversed(_child_nodes(node)):
                    visit(child)
            elif kind in (ast.With, ast.AsyncWith):
                inner_guards = guards + tuple((item.context_expr, scope) for item in node.items)
                for item in node.items:
                    visit(item.context_expr)
                    self._bind_target(item.optional_vars, item.context_expr, scope, visit)
                for statement in node.body:
                    visit(statement, scope, inner_guards)
            elif kind in (ast.For, ast.AsyncFor):
                # ``for client in clients``: an element of the iterable, as ``clients[i]`` is
                self._bind_target(node.target, node.iter, scope, visit, iterated=True)
                for child in (node.iter, *node.body, *node.orelse):
                    visit(child)
            elif kind is ast.AnnAssign:
                self._bind_annotated(node, scope, visit)
                visit(node.value)
            elif kind in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
                inner = Scope('comprehension', scope, node)
                for child in reversed(_child_nodes(node)):
                    visit(child, inner)
            elif kind is ast.ImportFrom:
                module = '.' * node.level + (node.module or '')
                self.imported_modules.add(module)
                self._roots.add(module.partition('.')[0])
                self.imported_modules.update(f'{module}.{alias.name}' for alias in node.names)
                for alias in node.names:
                    if alias.name == '*':
                        scope.star_imports.append(module)
                    else:
                        qualified = f'{module}.{alias.name}' if module.strip('.') else module + alias.name
                        scope.bind(alias.asname or alias.name, Binding('import', qualified, scope))
            elif kind is ast.Import:
                self.imported_modules.update(alias.name for alias in node.names)
                self._roots.update(alias.name.partition('.')[0] for alias in node.names)
                for alias in node.names:
                    if alias.asname:
                        scope.bind(alias.asname, Binding('import', alias.name, scope))
                    else:
                        root = alias.name.partition('.')[0]
                        scope.bind(root, Binding('import', root, scope))
            elif kind is ast.ClassDef:
                inner = Scope('class', scope, node)
                scope.bind(node.name, Binding('class', inner, scope))
                for expr in (*node.decorator_list, *node.bases, *node.keywords):
                    visit(expr)
                for statement in node.body:
                    visit(statement, inner)
            elif kind is ast.NamedExpr:
                scope.bind(node.target.id, Binding('value', node.value, scope))
                visit(node.value)
            elif kind is ast.Yield:
                if node.value is not None:
                    decorators = getattr(scope.node, 'decorator_list', ())
                    if any(last_name(d) in _CONTEXT_MANAGER_DECORATORS for d in decorators):
                        scope.returns.append(node.value)  # what calling it gives ``with``
                    visit(node.value)
            elif kind is ast.Global:
                scope.global_names.update(node.names)
            stack.extend(reversed(children))

    def _bind_parameters(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, outer: Scope, inner: Scope) -> None:
        args = node.args
        positional = [*args.posonlyargs, *args.args]
        every = [*positional, *args.kwonlyargs]
        every += [a for a in (args.vararg, args.kwarg) if a is not None]
        is_method = outer.kind == 'class' and not isinstance(node, ast.Lambda) and not any(
            last_name(d) == 'staticmethod' for d in node.decorator_list
        )
        defaults = dict(zip(positional[len(positional) - len(args.defaults):], args.defaults))
        defaults.update(zip(args.kwonlyargs, args.kw_defaults))
        task = None if isinstance(node, ast.Lambda) else _bound_task_class(node.decorator_list)
        for arg in every:
            injected = dependency(defaults.get(arg))
            if is_method and positional and arg is positional[0]:
                inner.bind(arg.arg, Binding('self', outer, None))
            elif task is not None and arg is positional[0]:  # the task itself, an instance of ``base=``
                inner.bind(arg.arg, Binding('annotation', task, outer))
            elif injected is not None:  # FastAPI: ``client=Depends(get_client)`` is its result
                inner.bind(arg.arg, Binding('value', ast.Call(func=injected, args=[], keywords=[]), outer))
            elif arg in (args.vararg, args.kwarg):
                inner.bind(arg.arg, OPAQUE_BINDING)
            else:  # the declared type, and what a call site passes when the call is resolved
                if arg.annotation is not None:
                    inner.bind(arg.arg, Binding('annotation', arg.annotation, outer))
                inner.bind(arg.arg, Binding('parameter', arg, inner))

    def _bind_target(self, target: ast.expr | None, value: ast.expr | None, scope: Scope, visit, iterated: bool = False) -> None:
        """Bind ``target`` to ``value`` (``iterated``: to an element of it, which the name's
        binding to ``value`` itself stands for: a ``for`` target)."""
        if target is None:
            return
        if isinstance(target, ast.Name) and value is not None:
            scope.bind(target.id, Binding('value', value, scope))
            return
        if isinstance(target, (ast.Tuple, ast.List)) and value is not None:
            parts = _parts(target, value, iterated)
            if parts is not None:  # ``self.client, model = OpenAI(), "m"``; ``for name, client in CLIENTS.items()``
                for part, given in zip(target.elts, parts):
                    if given is None:
                        visit(part)
                    else:
                        self._bind_target(part, given, scope, visit, iterated)
                return
        if isinstance(target, ast.Attribute) and value is not None:
            self.assigned_attributes.add(target.attr)
            stored = state_name(target, scope, setting=True)
            if stored is not None:
                self.state_stores.setdefault(stored, []).append(Binding('value', value, scope))
            owner = self._self_class(target.value, scope)
            if owner is not None:
                owner.attrs.setdefault(target.attr, []).append(Binding('value', value, scope))
            elif type(target.value) is ast.Name and target.value.id not in ('self', 'cls'):
                self.name_attr_stores.setdefault(target.attr, []).append((target.value.id, Binding('value', value, scope)))
        elif isinstance(target, ast.Subscript) and value is not None and isinstance(target.value, ast.Name):
            # a validator filling a model's fields: ``values["client"] = OpenAI().chat.completions``
            key = target.slice
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                self._fill_field(target.value.id, key.value, value, scope)
            if isinstance(key, (ast.Constant, ast.Name, ast.Attribute)):  # ``app[appkeys.GEMINI]``: an enum member's, a key constant's
                self._store(target.value.id, [(key, value)], scope)
            bound = scope.bindings.get(target.value.id, ())
            if isinstance(key, ast.Constant) and len(bound) == 1 and type(bound[0].target) is ast.Attribute:
                self._session_store(bound[0].target, key, value, scope)  # ``cfg = app.config``, then ``cfg["CLIENT"] = ...``
        elif isinstance(target, ast.Subscript) and value is not None and isinstance(target.value, ast.Attribute):
            owner = self._self_class(target.value.value, scope)
            if owner is not None and isinstance(target.slice, (ast.Constant, ast.Name)):
                self.attr_stores.setdefault((id(owner), target.value.attr), []).append((target.slice, value, scope))
            elif owner is None and isinstance(target.slice, (ast.Constant, ast.Name)):
                self._session_store(target.value, target.slice, value, scope)
        visit(target)

    def _session_store(self, store: ast.expr, key: ast.Constant | ast.Name, value: ast.expr, scope: Scope) -> None:
        """``value`` kept at ``key`` in a store spelt as an attribute of a name
        (``st.session_state``, ``cl.user_session``): ``session_stores``, or
        ``named_session_stores`` for a key a name holds."""
        spelling = app_store(store_spelling(store), self)
        if spelling is not None and type(key) is ast.Name:
            self.named_session_stores.setdefault(spelling, []).append((key, value, scope))
        elif spelling is not None and isinstance(key.value, str):  # type: ignore[union-attr]
            self.session_stores.setdefault(spelling, {}).setdefault(key.value, (value, scope))  # type: ignore[union-attr]

    def _register(self, call: ast.Call, method: str, scope: Scope) -> None:
        """Pyramid's ``config.add_request_method(get_openai, "openai", reify=True)`` (what
        ``request.openai`` is: what ``get_openai`` returns), ``registry.registerUtility(client,
        IOpenAI, name="chat")``, pyramid_services' ``config.register_service(client, IOpenAI)``
        or ``register_service_factory(make_client, IOpenAI)``, and what Masonite's container is
        given by key (``application.bind("ai.openai", client)``, in a module importing
        masonite), and what Cement's application is extended with (``app.extend("llm", bundle)``:
        a hook's module need not import cement), and paho-mqtt's ``client.user_data_set(userdata)``
        (what its callbacks are given as ``userdata``): ``state_stores``."""
        given = call.args[0]
        if method == 'user_data_set':
            stored = PAHO_USERDATA if len(call.args) == 1 and self.imports_root('paho') else None
        elif method == 'extend':  # Cement's ``app.extend("llm", bundle)``: the application's ``app.llm``
            named = len(call.args) == 2 and type(given) is ast.Constant and isinstance(given.value, str) and last_name(call.func.value) == 'app'  # type: ignore[attr-defined]
            stored = 'app.' + given.value if named else None  # type: ignore[attr-defined]
            given = call.args[-1]
        elif method == 'bind':  # Masonite's container: ``self.application.bind("ai.openai", client)``
            stored = registered(method, call) if self.imports_root('masonite') else None
            given = call.args[-1]
        elif method == 'add_request_method':
            named = call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == 'name'), None)
            name = named.value if type(named) is ast.Constant else None if named is not None else last_name(given)
            stored = None if not isinstance(name, str) or not name else 'request.' + name
        else:
            stored = registered(method, call)
        if stored is not None:
            if method in ('add_request_method', 'register_service_factory'):  # what calling it gives
                given = ast.copy_location(ast.Call(func=given, args=[], keywords=[]), given)
            self.state_stores.setdefault(stored, []).append(Binding('value', given, scope))

    def _registered_function(self, decorator: ast.expr, name: str, scope: Scope) -> None:
        """A function registered in spaCy's (or thinc's) registry (``@spacy.registry.misc(
        "llm.openai_client.v1")``): a config's ``{"@misc": "llm.openai_client.v1"}`` is what
        calling it returns, kept as ``registry.llm.openai_client.v1`` in ``state_stores``."""
        if type(decorator) is not ast.Call or type(decorator.func) is not ast.Attribute or last_name(decorator.func.value) != 'registry':
            return
        registered = decorator.args[0] if len(decorator.args) == 1 else None
        if type(registered) is ast.Constant and isinstance(registered.value, str) and self.imports_root('spacy', 'thinc', 'confection'):
            called = ast.copy_location(ast.Name(id=name, ctx=ast.Load()), decorator)
            made = ast.copy_location(ast.Call(func=called, args=[], keywords=[]), decorator)
            self.state_stores.setdefault(REGISTRY + registered.value, []).append(Binding('value', made, scope))

    def _route(self, handler: ast.expr, given: ast.expr, scope: Scope) -> None:
        """Tornado's route ``(pattern, handler, kwargs)``: the handler's ``initialize`` is given
        ``kwargs`` (a dict display or ``dict(...)``), kept as ``initialize.<handler's name>`` in
        ``state_stores``."""
        name = last_name(handler)
        if name and (type(given) is ast.Dict or type(given) is ast.Call and last_name(given.func) == 'dict'):
            self.state_stores.setdefault('initialize.' + name, []).append(Binding('value', given, scope))

    def _fill_field(self, fields: str, key: str, value: ast.expr, scope: Scope) -> None:
        """A method's parameter ``fields`` (a validator's ``values``) given ``value`` at ``key``:
        the field ``key`` of the method's class."""
        owner = scope.parent
        if owner is not None and owner.kind == 'class':
            if any(b.kind in ('parameter', 'annotation') for b in scope.bindings.get(fields, ())):
                self.assigned_attributes.add(key)
                owner.attrs.setdefault(key, []).append(Binding('value', value, scope))

    def _fill_fields(self, call: ast.Call, fields: str, method: str, scope: Scope) -> None:
        """``values.update({"client": ...})``, ``values.update(client=...)`` and
        ``values.setdefault("client", ...)`` (``fields.method(...)``): what
        ``values["client"] = ...`` gives; and for a dict no function binds itself, its
        ``item_stores`` (a key not told, ``update(other)``, as an unknown one)."""
        pairs: list[tuple[ast.expr | None, ast.expr]] = []
        if method == 'setdefault' and len(call.args) == 2:
            pairs.append((call.args[0], call.args[1]))
        elif method == 'update':
            pairs += [(ast.Constant(k.arg), k.value) for k in call.keywords if k.arg is not None]
            if len(call.args) == 1 and isinstance(call.args[0], ast.Dict):
                pairs += zip(call.args[0].keys, call.args[0].values)
            elif call.args or any(k.arg is None for k in call.keywords):
                pairs.append((None, call))  # ``update(other)``, ``update(**other)``
        for key, value in pairs:
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                self._fill_field(fields, key.value, value, scope)
        self._store(fields, [(k if isinstance(k, (ast.Constant, ast.Name)) else ast.Constant(None), v) for k, v in pairs], scope)

    def _store(self, name: str, pairs: list[tuple[ast.expr, ast.expr]], scope: Scope) -> None:
        """``name[key] = value`` for each pair, kept (``item_stores``) when ``name`` is a dict
        ``scope`` does not bind itself: the module's, or one a function fills; or
        (``parameter_stores``) when it is the function's parameter; or (``local_stores``)
        when the function binds it (``clients = {}``, then ``clients["openai"] = ...``)."""
        if scope.kind == 'module' or name not in scope.bindings:
            self.item_stores.setdefault(name, []).extend((key, value, scope) for key, value in pairs)
        elif any(b.kind == 'parameter' for b in scope.bindings[name]):
            self.parameter_stores.setdefault(name, []).extend((key, value, scope) for key, value in pairs)
        elif scope.kind == 'function':
            self.local_stores.setdefault(id(scope), {}).setdefault(name, []).extend((key, value, scope) for key, value in pairs)

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
            self.assigned_attributes.add(target.attr)
            owner = self._self_class(target.value, scope)
            if owner is not None:
                owner.attrs.setdefault(target.attr, []).append(annotation)

    @staticmethod
    def _self_class(expr: ast.expr, scope: Scope) -> Scope | None:
        """The class scope when ``expr`` is the ``self``/``cls`` parameter of a method, what
        ``__new__`` made in it, an instance of a class of this file made in the same scope
        (``clients = ProviderClients()``, then ``clients.bedrock = ...``), or the name of a
        class the method is in (``Lazy._module = ...``)."""
        if isinstance(expr, ast.Name):
            for binding in scope.bindings.get(expr.id, ()):
                if binding.kind == 'self':
                    return binding.target  # type: ignore[return-value]
                made = binding.target if binding.kind == 'value' else None
                if not isinstance(made, ast.Call):
                    continue
                if scope.parent is not None and scope.parent.kind == 'class' and (
                    last_name(made) == '__new__' or _constructs_own_class(made, scope)
                ):
                    return scope.parent  # ``inst = super().__new__(cls)``: the instance being made
                made_class = _class_named(made.func, scope)
                if made_class is not None:
                    return made_class
            current = scope.parent
            while current is not None:
                if current.kind == 'class' and current.node.name == expr.id:  # type: ignore[union-attr]
                    return current
                current = current.parent
        return None


def _class_named(func: ast.expr, scope: Scope) -> Scope | None:
    """The class of this file a name called in ``scope`` is bound to, when that is its only
    binding so far."""
    current: Scope | None = scope
    while isinstance(func, ast.Name) and current is not None:
        bound = current.bindings.get(func.id) if current is scope or current.kind != 'class' else None
        if bound:
            return bound[0].target if len(bound) == 1 and bound[0].kind == 'class' else None  # type: ignore[return-value]
        current = current.parent
    return None


def _constructs_own_class(call: ast.Call, method: Scope) -> bool:
    """Whether ``call`` in ``method`` makes an instance of the method's class: ``cls(...)`` or
    ``super().<the method>(...)`` in a classmethod, an alternative constructor (Scrapy's
    ``spider = super().from_crawler(crawler)``, then ``spider.llm = get_client()``)."""
    node = method.node
    if not any(last_name(d) == 'classmethod' for d in getattr(node, 'decorator_list', ())):
        return False
    func = call.func
    if isinstance(func, ast.Name):
        return any(b.kind == 'self' for b in method.bindings.get(func.id, ()))
    return (
        isinstance(func, ast.Attribute) and func.attr == node.name  # type: ignore[union-attr]
        and isinstance(func.value, ast.Call) and last_name(func.value) == 'super'
    )


def _display_of(expr: ast.expr, count: int) -> bool:
    """Whether ``expr`` is a tuple or list display of ``count`` elements, none starred."""
    return (
        isinstance(expr, (ast.Tuple, ast.List)) and len(expr.elts) == count
        and not any(isinstance(e, ast.Starred) for e in expr.elts)
    )


def _bound_task_class(decorators: list[ast.expr]) -> ast.expr | None:
    """The class of a Celery task bound to its first parameter (``@app.task(bind=True,
    base=DocTask)``, ``@shared_task``): Celery makes the task an instance of ``base=``, whose
    properties and attributes then hold what the task uses (its clients)."""
    for decorator in decorators:
        if isinstance(decorator, ast.Call) and last_name(decorator.func) in ('task', 'shared_task'):
            given = {k.arg: k.value for k in decorator.keywords}
            bind = given.get('bind')
            if isinstance(bind, ast.Constant) and bind.value is True and 'base' in given:
                return given['base']
    return None


def _parts(target: ast.Tuple | ast.List, value: ast.expr, iterated: bool) -> list[ast.expr | None] | None:
    """What each part of ``target`` is bound to (None: unknown; None for all: nothing known).
    Assigned a display of as many elements, each its element in the same place.  Iterated
    (``iterated``), each an iterable of what that part takes from the elements: ``zip(a, b)``
    gives ``a`` and ``b``, ``enumerate(a)`` and ``d.items()`` give ``a`` and ``d`` (a dict
    stands for its values) in second place, and a display of displays (``[("co", co), ("vo",
    vo)]``) the elements in each place (``co or vo``: one of them)."""
    count = len(target.elts)
    if any(isinstance(t, ast.Starred) for t in target.elts):
        return None
    if not iterated:
        return list(value.elts) if _display_of(value, count) else None  # type: ignore[attr-defined]
    if isinstance(value, ast.Call) and not value.keywords and not any(isinstance(a, ast.Starred) for a in value.args):
        func, args = value.func, value.args
        if isinstance(func, ast.Name) and func.id == 'zip' and len(args) == count:
            return list(args)
        if isinstance(func, ast.Name) and func.id == 'enumerate' and len(args) == 1 and count == 2:
            return [None, args[0]]
        if isinstance(func, ast.Attribute) and func.attr == 'items' and not args and count == 2:
            return [None, func.value]
        return None
    if isinstance(value, (ast.Tuple, ast.List, ast.Set)) and value.elts and all(_display_of(e, count) for e in value.elts):
        return [
            ast.copy_location(ast.BoolOp(op=ast.Or(), values=[e.elts[i] for e in value.elts]), value)  # type: ignore[attr-defined]
            for i in range(count)
        ]
    return None


def store_spelling(expr: ast.expr) -> str | None:
    """A keyed store spelt as an attribute chain of a name (``st.session_state``), as written;
    a Flask (or Quart) application's extensions and config as ``app.extensions`` and
    ``app.config`` whichever way the application is reached (``current_app``, ``self.app``,
    Dash's ``app.server``);
    None for anything else."""
    names: list[str] = []
    while isinstance(expr, ast.Attribute):
        names.append(expr.attr)
        expr = expr.value
    if not names or not isinstance(expr, ast.Name):
        return None
    names.append(expr.id)
    if names[0] in ('extensions', 'config') and names[1] in ('app', 'current_app', 'server'):
        return 'app.' + names[0]  # Dash's ``app.server`` is its Flask application
    return '.'.join(reversed(names))


def app_store(spelling: str | None, module: ModuleScopes) -> str | None:
    """``spelling`` (``store_spelling``), with a Bottle application's config spelt
    ``app.config`` whatever its name (``root.config``) in a module importing bottle, and a
    Nornir host's data ``nornir.host.data`` (``host.data``, ``task.host.data``)."""
    if spelling is not None and spelling.endswith('.config') and module.imports_root('bottle'):
        return 'app.config'
    if spelling is not None and (spelling == 'host.data' or spelling.endswith('.host.data')) and module.imports_root('nornir'):
        return 'nornir.host.data'  # a Nornir host's data, filled at start-up, each task's ``task.host.data``
    return spelling


def state_name(expr: ast.Attribute, scope: Scope, setting: bool = False) -> str | None:
    """The name what ``expr`` (in ``scope``) reads, or sets with ``setting``, is kept under in
    an application's state; None for any other expression:

    - ``client`` for Starlette's ``app.state.client``, Sanic's ``app.ctx.client``, taskiq's
      ``context.state.client`` (set as ``state.client = ...``, where taskiq is imported);
    - ``.runtime_data`` for Home Assistant's ``entry.runtime_data`` (what an integration's
      set-up keeps for its platforms);
    - ``memo.client`` for a kopf operator's ``memo.client`` where kopf is imported (elsewhere
      ``memo`` is mostly ``copy.deepcopy``'s dict);
    - ``behave.context.client`` for behave's ``context.client`` where behave is imported (set
      by ``environment.py``'s hooks or a fixture, read by the steps);
    - ``app.client`` for Flask's and Quart's ``current_app.client`` (set as ``app.client =
      ...``), Tornado's ``self.application.client`` (set as ``self.client = ...`` in an
      ``Application`` subclass where tornado is imported, and read as a function's
      ``app.client`` there), a Sphinx extension's ``app.client`` (set as ``app.client = ...``
      by an event handler, read by the others), Kivy's ``App.get_running_app().client`` (set so
      in an ``App`` subclass), wxPython's ``wx.GetApp().client`` (set so in a ``wx.App``
      subclass), a GTK window's ``self.get_application().client`` (set so in its
      ``Adw.Application`` subclass), Panda3D's builtin ``base.client`` where Panda3D is
      imported (set so in its ``ShowBase`` subclass), a Jupyter Server extension handler's
      ``self.extensionapp.client`` (set so in its ``ExtensionApp`` subclass), a Textual
      widget's ``self.app.client`` (set so in an ``App``
      subclass), Dash's ``app.server.client`` (set as ``server.client = ...`` where flask is
      imported), a Toga window's or widget's ``self.app.client`` (set so in its ``toga.App``
      subclass), a cliff command's ``self.app.client`` (set so in its ``cliff.app.App``
      subclass), a Cement controller's ``self.app.client`` (or a hook's ``app.client``), what
      the application is extended with (``app.extend("client", ...)``, ``_register``);
    - ``request.client`` for Pyramid's ``request.client``, a request method (``_register``),
      and Django's, set by a middleware (``request.client = ...`` in a module importing django
      or a ``__call__`` or ``process_request`` method), also read as a Graphene-Django
      resolver's ``info.context.client``;
    - ``context`` for a Strawberry resolver's ``info.context``, what a ``context_getter=``
      returns;
    - ``req.context.client`` for Falcon's, set by a middleware;
    - ``g.client`` for Flask's (and Quart's) ``g.client``;
    - ``click.obj`` for a Click (or Typer) context's ``ctx.obj``;
    - ``cherrypy.engine.client`` for what a CherryPy application keeps on its engine
      (``cherrypy.engine.llm``, set as ``engine.llm = LLMPlugin(engine)``);
    - ``app.client`` for a cmd2 command set's ``self._cmd.client`` (set so in its ``Cmd``
      subclass);
    - ``lightbulb.d.client`` for a hikari-lightbulb bot's datastore (``bot.d.client``, set in a
      start-up listener; ``ctx.bot.d.client``, ``plugin.bot.d.client``), where hikari or
      lightbulb is imported;
    - ``nornir.data.client`` for Nornir's ``nr.data.client`` and a task's
      ``task.nornir.data.client``, where nornir is imported;
    - ``telethon.client.client`` for a Telethon handler's ``event.client.client``, set on the
      ``TelegramClient`` at start-up.
    """
    if expr.attr == 'runtime_data':
        return '.runtime_data'
    owner = expr.value  # ``app.state`` or ``<x>.app.state`` (``request.app.state``)
    bound = scope.bindings.get(owner.id, ()) if type(owner) is ast.Name else ()
    if len(bound) == 1 and bound[0].kind == 'value' and type(bound[0].target) is ast.Attribute:
        # a name the scope binds once to an attribute chain: ``app = self._cmd``, then ``app.client``
        return state_name(ast.Attribute(value=bound[0].target, attr=expr.attr, ctx=ast.Load()), scope, setting)
    if last_name(owner) == 'engine' and scope.module.imports_root('cherrypy'):
        # CherryPy's ``cherrypy.engine.llm``, set as ``engine.llm = ...`` (``engine = cherrypy.engine``)
        if type(owner) is ast.Name or type(owner) is ast.Attribute and last_name(owner.value) == 'cherrypy':
            return 'cherrypy.engine.' + expr.attr
    if last_name(owner) == 'request' and not setting and scope.module.imports_root('pyramid', 'django'):
        return 'request.' + expr.attr  # Pyramid's ``request.openai``, a request method; Django's, set by a middleware
    if type(owner) is ast.Attribute and owner.attr == 'context' and last_name(owner.value) == 'info' and scope.module.imports_root('graphene', 'graphene_django'):
        return 'request.' + expr.attr  # a Graphene-Django resolver's ``info.context``: the request
    if expr.attr == 'context' and last_name(owner) == 'info' and not setting and scope.module.imports_root('strawberry'):
        return 'context'  # what Strawberry's context getter returns, a resolver's ``info.context``
    if type(owner) is ast.Attribute and owner.attr == 'context' and last_name(owner.value) in ('req', 'request'):
        # Falcon's ``req.context.<name>``, set by a middleware for the resources, where falcon is imported
        return 'req.context.' + expr.attr if scope.module.imports_root('falcon') else None
    if type(owner) is ast.Name:
        if owner.id == 'memo' and 'kopf' in scope.module.imported_modules:  # given to every handler
            return 'memo.' + expr.attr
        if owner.id == 'context' and scope.module.imports_root('behave'):
            return 'behave.context.' + expr.attr  # set by environment.py's hooks, read by the steps
        if owner.id == 'request' and setting and (scope.module.imports_root('django') or _in_method(scope, ('__call__', 'process_request'))):
            return 'request.' + expr.attr  # a Django middleware's ``request.llm = ...``
        if owner.id == 'base' and 'base' not in scope.bindings and 'base' not in scope.module.root.bindings and scope.module.imports_root('direct', 'panda3d'):
            return 'app.' + expr.attr  # Panda3D's builtin ``base``: the running ``ShowBase`` subclass
        if setting and len(bound) == 1 and bound[0].kind == 'value' and last_name(bound[0].target) == 'TelegramClient' and scope.module.imports_root('telethon'):
            return 'telethon.client.' + expr.attr  # ``client = TelegramClient(...)``, then ``client.llm = ...``
        if owner.id == 'g' and scope.module.imports_root('flask', 'quart'):
            return 'g.' + expr.attr  # Flask's request globals, set by a ``before_request`` hook or a getter
        if owner.id == 'state' and scope.module.imports_root('taskiq'):
            return expr.attr  # taskiq's ``state``, given to a start-up handler, as ``context.state``
        if expr.attr == 'obj' and scope.module.imports_root('click', 'typer'):
            return 'click.obj'  # a Click context's object, set by the group's callback for its commands
        if setting and owner.id == 'self' and _in_application(scope):
            return 'app.' + expr.attr
        if owner.id == 'app' and not setting and scope.module.imports_root('tornado', 'sphinx', 'kivy', 'cement'):
            # ``def nightly_digest(app)``, a Sphinx extension's event handlers, Kivy's ``app =
            # App.get_running_app()``
            return 'app.' + expr.attr
        if setting and owner.id == 'server' and scope.module.imports_root('flask'):  # Dash's Flask server
            return 'app.' + expr.attr
        return 'app.' + expr.attr if owner.id == 'current_app' or setting and owner.id == 'app' else None
    held = _HELD_STATE.get(owner.attr) if type(owner) is ast.Attribute else None
    if held is not None and (not held[0] or last_name(owner.value) in held[0]) and (not held[1] or scope.module.imports_root(*held[1])):
        return held[2] + expr.attr
    if type(owner) is ast.Attribute and owner.attr == 'data' and scope.module.imports_root('nornir'):
        holder = owner.value  # Nornir's ``nr.data.client``, every task's ``task.nornir.data.client``
        if type(holder) is ast.Name and holder.id != 'self' or type(holder) is ast.Attribute and holder.attr == 'nornir':
            return 'nornir.data.' + expr.attr
    if type(owner) is ast.Call and last_name(owner.func) == 'get_running_app' and scope.module.imports_root('kivy'):
        return 'app.' + expr.attr  # Kivy's ``App.get_running_app().client``
    if type(owner) is ast.Call and last_name(owner.func) == 'GetApp' and scope.module.imports_root('wx'):
        return 'app.' + expr.attr  # wxPython's ``wx.GetApp().client``
    if type(owner) is ast.Call and gtk_application(owner) and scope.module.imports_root('gi'):
        return 'app.' + expr.attr  # GTK's ``self.get_application().client``
    if type(owner) is ast.Attribute and owner.attr == 'server' and not setting and scope.module.imports_root('dash'):
        return 'app.' + expr.attr  # Dash's ``app.server.client``, set on its Flask server
    if type(owner) is ast.Attribute and owner.attr == 'state' and scope.module.imports_root('taskiq'):
        return expr.attr  # a task's ``context.state``, a middleware's ``self.broker.state``
    if type(owner) is ast.Attribute and owner.attr in _STATE_ATTRIBUTES:
        owner = owner.value
        return expr.attr if type(owner) is ast.Name and owner.id == 'app' or type(owner) is ast.Attribute and owner.attr == 'app' else None
    return None


def gtk_application(call: ast.Call) -> bool:
    """Whether ``call`` gives a GTK (PyGObject) program's application: a window's
    ``self.get_application()``, ``Gtk.Application.get_default()``."""
    func = call.func
    return not call.args and type(func) is ast.Attribute and (
        func.attr == 'get_application' or func.attr == 'get_default' and last_name(func.value) == 'Application'
    )


def registered(method: str, call: ast.Call) -> str | None:
    """The name what a Pyramid registry call registers (``registerUtility``,
    ``register_service``, ``register_service_factory``) or looks up (``getUtility``,
    ``queryUtility``, ``find_service``) is kept under in ``state_stores``: ``utility.IOpenAI:chat``
    for ``getUtility(IOpenAI, name="chat")``, ``service.:together`` for
    ``find_service(name="together")``; and what Masonite's container binds or makes by a key
    (``bind("ai.openai", client)``, ``make("ai.openai")``): ``container.ai.openai``.  None
    when the interface, name or key is not spelt out."""
    if method in ('bind', 'make'):
        key = call.args[0] if len(call.args) == (2 if method == 'bind' else 1) else None
        return 'container.' + key.value if type(key) is ast.Constant and isinstance(key.value, str) else None
    utility = method in ('registerUtility', 'getUtility', 'queryUtility')
    registering = method in ('registerUtility', 'register_service', 'register_service_factory')
    at = 1 if registering else 0  # the interface after the object registered
    interface = call.args[at] if len(call.args) > at else next(
        (k.value for k in call.keywords if k.arg in ('provided', 'iface')), None,
    )
    named = call.args[at + 1] if utility and len(call.args) > at + 1 else next((k.value for k in call.keywords if k.arg == 'name'), None)
    if interface is not None and type(interface) not in (ast.Name, ast.Attribute) or named is not None and type(named) is not ast.Constant:
        return None
    name = '' if named is None else named.value
    spelt = '' if interface is None or last_name(interface) == 'Interface' else last_name(interface)
    return f'{"utility" if utility else "service"}.{spelt}:{name}' if isinstance(name, str) else None


def method_bases(scope: Scope) -> set[str]:
    """The last names of the bases of the class ``scope`` is a method of (``App`` of
    ``App[None]``); none if it is no method."""
    cls = scope.parent
    if scope.kind != 'function' or cls is None or cls.kind != 'class':
        return set()
    return {last_name(base.value if type(base) is ast.Subscript else base) for base in cls.node.bases}  # type: ignore[union-attr]


def _in_method(scope: Scope, names: tuple[str, ...]) -> bool:
    """Whether ``scope`` is a method (of a class) named one of ``names``."""
    return scope.kind == 'function' and scope.parent is not None and scope.parent.kind == 'class' and getattr(scope.node, 'name', '') in names


def _in_application(scope: Scope) -> bool:
    """Whether ``scope`` is a method of a class deriving from a framework's application class
    (``_APPLICATION_CLASSES``) in a module importing that framework."""
    return any(scope.module.imports_root(*_APPLICATION_CLASSES[base]) for base in method_bases(scope) if base in _APPLICATION_CLASSES)


def dependency(default: ast.expr | None) -> ast.expr | None:
    """What a framework calls to give a parameter whose default is a dependency marker: FastAPI's
    ``Depends(get_client)`` (or ``Security``) the dependency, dependency-injector's
    ``Provide[Container.client]`` (also inside ``Depends``) the provider, whose call makes its
    product."""
    if isinstance(default, ast.Call) and last_name(default.func) in ('Depends', 'Security') and default.args:
        default = default.args[0]
        if not _provided(default):
            return default
    return default.slice if _provided(default) else None  # type: ignore[union-attr]


def _provided(default: ast.expr | None) -> bool:
    return isinstance(default, ast.Subscript) and last_name(default.value) == 'Provide'


def _child_nodes(node: ast.AST) -> list[ast.AST]:
    """The child nodes that can bind or call, last first (the order a stack takes them):
    ``ast.iter_child_nodes`` without its generator's cost, and without the leaves that do
    neither (constants, names read, the ``Load()``/``Add()`` of context and operator fields)."""
    found = []
    fields = _CHILD_FIELDS.get(type(node))
    if fields is None:  # each node type's once, last first
        fields = _CHILD_FIELDS[type(node)] = tuple(reversed([f for f in node._fields if f not in _LEAF_FIELDS]))
    for field in fields:
        value = getattr(node, field, None)
        for child in reversed(value) if type(value) is list else (value,):
            if type(child) is not ast.Constant and (type(child) is not ast.Name or type(child.ctx) is not ast.Load) and isinstance(child, ast.AST):
                found.append(child)
    return found


def block_span(node: ast.AST | None, line: int, starts: dict[int, list[int]]) -> tuple[int, int]:
    """The first and last lines of the innermost block of statements, in the body of a scope's
    ``node``, that holds ``line`` (an ``if``'s branch, a loop's body): the scope's body if none.
    ``starts`` keeps each block's first lines, so that asking for every line of a function is
    linear in its statements, not quadratic."""
    span = (0, 1 << 30)
    for _, block in _blocks(node, line, starts):
        span = (block[0].lineno, block[-1].end_lineno or block[-1].lineno)
    return span


def branch_tests(node: ast.AST | None, line: int, starts: dict[int, list[int]]) -> list[ast.expr]:
    """The tests of the ``if`` statements, in the body of a scope's ``node``, in whose body
    (not ``else``) ``line`` is, outermost first (``starts`` as for ``block_span``)."""
    return [holding.test for holding, block in _blocks(node, line, starts) if type(holding) is ast.If and block is holding.body]


def _blocks(node: ast.AST | None, line: int, starts: dict[int, list[int]]) -> Iterator[tuple[ast.stmt | None, list[ast.stmt]]]:
    """The blocks of statements holding ``line``, from the body of ``node`` inwards, each with
    the statement it is a block of (None for the body): one bisection of each block's first
    lines (``starts``: kept per block) per level."""
    statements = getattr(node, 'body', None)
    holding = None
    while isinstance(statements, list) and statements:
        yield holding, statements
        lines = starts.get(id(statements))
        if lines is None:
            lines = starts[id(statements)] = [s.lineno for s in statements]
        at = bisect.bisect_right(lines, line) - 1
        holding = statements[at] if at >= 0 and line <= (statements[at].end_lineno or statements[at].lineno) else None
        blocks = [
            b for b in (getattr(holding, 'body', None), getattr(holding, 'orelse', None), getattr(holding, 'finalbody', None),
                        *(h.body for h in getattr(holding, 'handlers', ())), *(c.body for c in getattr(holding, 'cases', ())))
            if isinstance(b, list) and b and b[0].lineno <= line <= (b[-1].end_lineno or b[-1].lineno)
        ]
        if holding is None or not blocks or isinstance(holding, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return
        statements = blocks[0]


def last_name(expr: ast.expr) -> str:
    """The last name of a (called) name or attribute chain: ``b`` of ``a.b(...)``."""
    kind = type(expr)
    if kind is ast.Call:
        expr = expr.func  # type: ignore[attr-defined]
        kind = type(expr)
    if kind is ast.Attribute:
        return expr.attr  # type: ignore[attr-defined]
    if kind is ast.Name:
        return expr.id  # type: ignore[attr-defined]
    return ''


