import pytest
from lsprotocol import types

from ai_lsp.backends import BackendRegistry
from ai_lsp.server import CompletionCache
from ai_lsp.settings import Settings
from fakes import FakeAsyncOpenAI, FakeBackend, FakeMistral, FakeWorkspace


class StubServer:
    """Enough of AiLanguageServer for handler tests without a transport."""

    def __init__(self, workspace: FakeWorkspace) -> None:
        self.workspace = workspace
        self.settings = Settings()
        self.backends = BackendRegistry()
        self.cache = CompletionCache()
        self.messages: list[tuple[str, types.MessageType]] = []
        self.pending_explanations = {}

    def show_message(self, msg, msg_type=types.MessageType.Info):
        self.messages.append((msg, msg_type))

    show_message_log = show_message

    def notify_error(self, message):
        self.show_message(message, types.MessageType.Error)

    @property
    def completion_backend(self):
        return self.backends.get(self.settings.completion_backend)


@pytest.fixture
def fake_openai():
    return FakeAsyncOpenAI(reply="    return a + b")


@pytest.fixture
def fake_mistral():
    return FakeMistral(reply="return a + b")


@pytest.fixture
def make_server(fake_openai, fake_mistral):
    def _make(docs):
        ls = StubServer(FakeWorkspace(docs))
        ls.backends.register("openai", lambda: FakeBackend("openai", fake_openai))
        ls.backends.register("codestral", lambda: FakeBackend("codestral", fake_mistral))
        ls.backends.register("fireworks", lambda: FakeBackend("fireworks", fake_openai))
        return ls

    return _make
