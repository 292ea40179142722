from unittest import mock

from tutor.services.offline import OfflineSession, OfflineTutor


class FakeOllama:
    def __init__(self):
        self.calls = []

    def chat(self, model, messages, stream=False):
        self.calls.append((model, messages))
        if stream:
            return iter([{"message": {"content": "Hola"}}, {"message": {"content": "!"}}])
        return {"message": {"content": "Hola!"}}

    def generate(self, model, prompt, options=None):
        return {"response": " Yo soy estudiante. "}

    def list(self):
        return mock.Mock(models=[mock.Mock(model="llama3.2:3b")])


def test_offline_reply(config):
    tutor = OfflineTutor(config, client=FakeOllama())
    assert tutor.reply([], "hola") == "Hola!"


def test_offline_correct(config):
    tutor = OfflineTutor(config, client=FakeOllama())
    assert tutor.correct("Yo es estudiante") == "Yo soy estudiante."


def test_session_streams(config):
    session = OfflineSession(OfflineTutor(config, client=FakeOllama()))
    seen = []
    assert session.stream("hola", seen.append) == "Hola!"
    assert session.history[-1]["role"] == "assistant"


@mock.patch("tutor.services.offline.ollama")
def test_quick_translate_uses_module(mock_ollama):
    from tutor.services.offline import quick_translate

    mock_ollama.chat.return_value = {"message": {"content": " cat "}}
    assert quick_translate("gato") == "cat"
    mock_ollama.chat.assert_called_once()
