import io
import urllib.request

import pytest

from art_muse import settings
from art_muse.backends import stability_backend
from art_muse.backends.base import BackendError


class FakeResponse(io.BytesIO):
    def __init__(self, body, headers=None):
        super().__init__(body)
        self.headers = headers or {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def test_generate_posts_multipart(monkeypatch):
    settings.current().stability_api_key = "sk-test"
    seen = {}

    def fake_urlopen(req, timeout=None):
        seen["url"] = req.full_url
        seen["method"] = req.get_method()
        seen["auth"] = req.headers["Authorization"]
        return FakeResponse(b"\x89PNG...", {"seed": "42"})

    monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
    result = stability_backend.StabilityImageBackend().generate("a cat", 1024, 1024)
    assert seen["method"] == "POST"
    assert seen["url"].endswith("/generate/core")
    assert seen["auth"] == "Bearer sk-test"
    assert result.seed == 42


def test_missing_key():
    settings.current().stability_api_key = ""
    with pytest.raises(BackendError):
        stability_backend.StabilityImageBackend().generate("a cat", 1024, 1024)


def test_multipart_encoding():
    body, ctype = stability_backend._multipart({"prompt": "x"}, {"image": ("a.png", b"DATA", "image/png")})
    assert ctype.startswith("multipart/form-data; boundary=")
    assert b'name="prompt"' in body and b"DATA" in body
