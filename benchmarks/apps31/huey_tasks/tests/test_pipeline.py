from unittest import mock

from newsletter.tasks import digest


def test_pipeline_has_five_steps():
    pipe = digest.build_pipeline("focus")
    steps = []
    node = pipe
    while node is not None:
        steps.append(node.name)
        node = node.on_complete
    assert steps[0].endswith("select_articles")
    assert len(steps) == 5


def test_editor_note_appends(db, monkeypatch):
    from newsletter.models import Issue

    issue = Issue.create("t", [1])
    fake = mock.MagicMock()
    fake.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content="Pick #1."))
    ]
    monkeypatch.setattr(digest, "get_openai_client", lambda: fake)
    digest.editor_note(issue.id)
    assert Issue.get(issue.id).intro.endswith("Pick #1.")
