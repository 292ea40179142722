import os
import time

from llm_common.cache import DiskCache, cache_for


def test_roundtrip(tmp_path):
    c = DiskCache.create(str(tmp_path), "ns")
    k = c.key("a", 1)
    assert c.get(k) is None
    c.set(k, {"x": 1})
    assert c.get(k) == {"x": 1}
    assert c.hits == 1 and c.misses == 1


def test_ttl_expiry(tmp_path):
    c = DiskCache.create(str(tmp_path), "ns", ttl_days=1)
    k = c.key("old")
    c.set(k, "v")
    path = c._path(k)
    old = time.time() - 3 * 86400
    os.utime(path, (old, old))
    assert c.get(k) is None


def test_cache_for_is_shared(tmp_path):
    s = {"LLM_CACHE_DIR": str(tmp_path)}
    assert cache_for(s, "a") is cache_for(s, "a")


def test_memoize(tmp_path):
    c = DiskCache.create(str(tmp_path), "memo")
    calls = []

    @c.memoize
    def slow(x):
        calls.append(x)
        return x * 2

    assert slow(2) == 4 and slow(2) == 4
    assert calls == [2]
