from unittest import mock

from ai_ext_common import palette


def test_parse_palette_strips_fences():
    raw = '```json\n{"name": "Forest", "colors": [{"hex": "#2E4A1F", "role": "bg"}, {"hex": "nope"}]}\n```'
    name, colors = palette.parse_palette(raw)
    assert name == "Forest"
    assert colors == [("#2e4a1f", "bg")]


def test_suggest_uses_registry(monkeypatch):
    fake = mock.Mock(return_value='{"name": "x", "colors": [{"hex": "#ffffff"}]}')
    monkeypatch.setitem(palette.PALETTE_PROVIDERS, "google", fake)
    name, colors = palette.suggest("snow", 1, provider="google")
    assert colors == [("#ffffff", "")]
    fake.assert_called_once()


def test_openrouter_palette_with_mock_client(monkeypatch):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"colors": []}'))]
    monkeypatch.setattr(palette, "get_openrouter_client", lambda: client)
    assert palette._openrouter_palette("u", "m") == '{"colors": []}'
    client.chat.completions.create.assert_called_once()
