import importlib

import pytest


@pytest.fixture()
def cache_mod(tmp_path, monkeypatch):
    monkeypatch.setenv("RESEARCH_CACHE_DIR", str(tmp_path))
    import config

    importlib.reload(config)
    import cache

    return importlib.reload(cache)


def test_disk_cache_hits(cache_mod):
    calls = []

    @cache_mod.disk_cache("unit")
    def double(x):
        calls.append(x)
        return x * 2

    assert double(3) == 6
    assert double(3) == 6
    assert calls == [3]


def test_clear(cache_mod):
    @cache_mod.disk_cache("unit-clear")
    def ident(x):
        return x

    ident(1)
    ident(2)
    assert cache_mod.clear("unit-clear") == 2
