from pathlib import Path
from unittest import mock

from pelican.plugins.ai_alt_text import vision
from pelican.plugins.ai_alt_text.vision import GeminiVision, OpenAIVision

from llm_common.settings import LLMSettings

from fakes import FakeGenai, FakeOpenAI


def _png(tmp_path: Path) -> Path:
    p = tmp_path / "pic.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    return p


def test_gemini_backend_inlines_small_images(tmp_path):
    fake = FakeGenai("A red bicycle against a wall")
    with mock.patch.object(vision, "get_genai", return_value=fake):
        backend = GeminiVision({}, LLMSettings())
        alt = backend.describe(_png(tmp_path), "Cycling")
    assert alt == "A red bicycle against a wall"
    assert fake.calls[0]["model"] == "gemini-2.0-flash"


def test_openai_backend_sends_data_url(tmp_path):
    fake = FakeOpenAI("A cat")
    with mock.patch.object(vision, "get_openai", return_value=fake):
        backend = OpenAIVision({}, LLMSettings())
        assert backend.describe(_png(tmp_path), "Cats") == "A cat"
    content = fake.chat.completions.calls[0]["messages"][0]["content"]
    assert content[1]["image_url"]["url"].startswith("data:image/png;base64,")


def test_magicmock_client(tmp_path):
    client = mock.MagicMock()
    client.models.generate_content.return_value.text = " x "
    with mock.patch.object(vision, "get_genai", return_value=client):
        assert GeminiVision({}, LLMSettings()).describe(_png(tmp_path), "t") == "x"
    client.models.generate_content.assert_called_once()
