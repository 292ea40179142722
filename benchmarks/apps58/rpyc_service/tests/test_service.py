from unittest.mock import MagicMock, patch

import pytest

from gateway.auth import AuthError
from gateway.client import GatewayClient, quick_complete
from gateway.service import LLMService


@pytest.fixture
def service(registry):
    with patch("gateway.service.get_genai_client", return_value=MagicMock()):
        svc = LLMService(registry)
    svc.on_connect(MagicMock())
    return svc


def test_complete_routes_by_model_prefix(service):
    out = service.exposed_complete("hello", model="claude-3-5-haiku-20241022")
    assert out["backend"] == "anthropic"
    assert out["text"] == "claude says hi"


def test_complete_caches_deterministic_calls(service, fake_openai):
    service.exposed_complete("hi", temperature=0)
    service.exposed_complete("hi", temperature=0)
    assert len(fake_openai.chat.completions.calls) == 1
    assert service.cache.stats()["hits"] == 1


def test_quick_answer_uses_openai(service):
    fake = MagicMock()
    fake.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="42"))]
    with patch("gateway.service.get_openai_client", return_value=fake):
        assert service.exposed_quick_answer("meaning of life?") == "42"
    fake.chat.completions.create.assert_called_once()


def test_auth_required_when_tokens_configured(registry):
    tokens = MagicMock()
    tokens.__len__.return_value = 1
    with patch("gateway.service.get_genai_client", return_value=MagicMock()):
        svc = LLMService(registry, tokens=tokens)
    with pytest.raises(AuthError):
        svc.exposed_complete("hi")



def test_client_complete_forwards_arguments():
    conn = MagicMock()
    conn.root.complete.return_value = {"text": "ok", "backend": "openai"}
    with patch("gateway.client.rpyc.connect", return_value=conn):
        with GatewayClient(token="t") as gw:
            out = gw.complete("hi", model="gpt-4o-mini")
    assert out["text"] == "ok"
    conn.root.login.assert_called_once_with("t")
    conn.root.complete.assert_called_once()


def test_quick_complete_closes_connection():
    conn = MagicMock()
    conn.root.complete.return_value = {"text": "ok"}
    with patch("gateway.client.rpyc.connect", return_value=conn):
        assert quick_complete("hi") == "ok"
    conn.close.assert_called_once()
