from lsprotocol import types

from ai_lsp.backends import CodestralBackend, CompletionRequest, OpenAIBackend
from ai_lsp.features.completion import completions
from fakes import FakeDocument

SRC = "def add(a, b):\n"


async def test_codestral_backend_uses_fim(fake_mistral):
    backend = CodestralBackend(fake_mistral, model="codestral-latest")
    result = await backend.complete(CompletionRequest(prefix=SRC, suffix=""))
    assert result.text == "return a + b"
    assert fake_mistral.fim.calls[0]["prompt"] == SRC


async def test_openai_backend_chat(fake_openai):
    backend = OpenAIBackend(fake_openai, model="gpt-4o-mini")
    result = await backend.chat("sys", "hi")
    assert result.input_tokens == 11
    assert fake_openai.chat.completions.calls[0]["messages"][0]["role"] == "system"


async def test_completion_handler_returns_items(make_server, fake_openai):
    uri = "file:///tmp/x.py"
    ls = make_server({uri: FakeDocument(SRC + "    ", uri)})
    ls.settings.completion_backend = "openai"
    ls.backends.register("openai", lambda: OpenAIBackend(fake_openai))
    params = types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=1, character=4),
    )
    result = await completions(ls, params)
    assert result is not None
    assert result.items[0].insert_text == "return a + b"


async def test_fake_client_directly(fake_openai):
    resp = await fake_openai.chat.completions.create(model="m", messages=[])
    assert resp.choices[0].message.content
