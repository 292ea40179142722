"""Stub out the anvil runtime so server modules import under plain pytest."""
import sys
import types

import pytest

from tests.fakes import FakeTable


def _install_fake_anvil():
    anvil = types.ModuleType("anvil")
    server = types.ModuleType("anvil.server")
    server.callable = lambda fn=None, **kw: fn if fn else (lambda f: f)
    server.background_task = lambda fn: fn
    server.http_endpoint = lambda *a, **kw: (lambda f: f)
    server.task_state = {}
    server.PermissionDenied = PermissionError
    server.launch_background_task = lambda *a, **kw: types.SimpleNamespace(get_id=lambda: "task-1")
    secrets = types.ModuleType("anvil.secrets")
    secrets.get_secret = lambda name: "test-" + name
    users = types.ModuleType("anvil.users")
    users.get_user = lambda: {"role": "agent", "name": "Sam"}
    tables = types.ModuleType("anvil.tables")
    tables.app_tables = types.SimpleNamespace(
        tickets=FakeTable(), messages=FakeTable(), articles=FakeTable(),
        macros=FakeTable(), llm_usage=FakeTable(), settings=FakeTable(),
    )
    tables.in_transaction = lambda fn: fn
    tables.order_by = lambda *a, **kw: None
    query = types.ModuleType("anvil.tables.query")
    anvil.server, anvil.secrets, anvil.users, anvil.tables = server, secrets, users, tables
    for name, mod in {
        "anvil": anvil,
        "anvil.server": server,
        "anvil.secrets": secrets,
        "anvil.users": users,
        "anvil.tables": tables,
        "anvil.tables.query": query,
    }.items():
        sys.modules.setdefault(name, mod)
    return tables.app_tables


APP_TABLES = _install_fake_anvil()


@pytest.fixture
def app_tables():
    return APP_TABLES
