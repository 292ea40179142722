import pytest
from pydantic import ValidationError

from inference.schemas import ChatRequest, EmbedRequest


def test_chat_request_defaults():
    req = ChatRequest(messages=[{"role": "user", "content": "hi"}])
    assert req.provider == "together"
    assert req.as_dicts() == [{"role": "user", "content": "hi"}]


def test_embed_request_rejects_empty():
    with pytest.raises(ValidationError):
        EmbedRequest(texts=[])
