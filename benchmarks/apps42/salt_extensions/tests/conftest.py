import importlib.util
import os
import sys

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "lib"))
sys.path.insert(0, os.path.join(ROOT, "tests"))


def load_ext(kind, name):
    """Load a custom module from _modules/_states/... without the Salt loader."""
    path = os.path.join(ROOT, "_" + kind, name + ".py")
    spec = importlib.util.spec_from_file_location("ext_{}_{}".format(kind, name), path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def inject():
    """
    Inject loader dunders into a module. Usage::

        mod = inject(load_ext("modules", "llm"), __utils__=..., __salt__=...)
    """
    touched = []

    def _inject(mod, **dunders):
        for key, value in dunders.items():
            touched.append((mod, key, getattr(mod, key, None)))
            setattr(mod, key, value)
        return mod

    yield _inject
    for mod, key, old in reversed(touched):
        if old is None:
            delattr(mod, key)
        else:
            setattr(mod, key, old)


@pytest.fixture
def minion_opts(tmp_path):
    return {"id": "web01", "cachedir": str(tmp_path), "test": False, "llm": {}}
