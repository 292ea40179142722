import types
from unittest import mock

from ai import vision


def test_describe_with_openai_sends_data_url(tmp_path, fake_openai):
    img = tmp_path / "snap.jpg"
    img.write_bytes(b"\xff\xd8\xff fake jpeg")
    with mock.patch.object(vision, "get_openai", return_value=fake_openai):
        assert vision.describe_with_openai(str(img)) == "ok"
    sent = fake_openai.chat.completions.calls[0]["messages"][0]["content"][1]
    assert sent["image_url"]["url"].startswith("data:image/jpeg;base64,")


def test_describe_image_dispatches(tmp_path):
    fake_gemini = mock.MagicMock()
    fake_gemini.models.generate_content.return_value = types.SimpleNamespace(text="A red car")
    img = tmp_path / "drive.jpg"
    img.write_bytes(b"\xff\xd8")
    with mock.patch.object(vision, "get_genai", return_value=fake_gemini):
        assert vision.describe_image(str(img), provider="google") == "A red car"
