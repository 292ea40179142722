from doctools.cache import DiskCache, content_key


def test_roundtrip(tmp_path):
    cache = DiskCache(tmp_path, "ns")
    key = content_key("a", "b")
    assert cache.get(key) is None
    cache.set(key, {"x": 1})
    assert cache.get(key) == {"x": 1}
    assert "1/2" in cache.stats()


def test_get_or_create_calls_factory_once(tmp_path):
    cache = DiskCache(tmp_path, "ns")
    calls = []

    def factory():
        calls.append(1)
        return "v"

    assert cache.get_or_create("k" * 32, factory) == "v"
    assert cache.get_or_create("k" * 32, factory) == "v"
    assert len(calls) == 1
