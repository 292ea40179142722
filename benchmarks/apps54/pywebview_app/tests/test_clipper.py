from unittest import mock

from backend.services.clipper import Clipper


def test_clip_saves_summary(store, fake_anthropic):
    with mock.patch("backend.services.clipper.fetch_page", return_value=("Title", "long text")):
        note = Clipper(store, client=fake_anthropic).clip("https://example.com/a")
    assert note.title == "Title"
    assert note.body.startswith("summary")
    assert fake_anthropic.calls[0]["max_tokens"] == 700


def test_summarise_text_with_mocked_messages(store):
    client = mock.Mock()
    client.messages.create.return_value = mock.Mock(content=[mock.Mock(type="text", text="S")])
    assert Clipper(store, client=client).summarise_text("t", "x") == "S"
