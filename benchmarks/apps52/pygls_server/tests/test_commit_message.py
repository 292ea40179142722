from unittest.mock import AsyncMock, MagicMock, patch

from ai_lsp.commands import commit_message
from ai_lsp.commands.commit_message import CommitDraft


def test_commit_draft_create_truncates_subject():
    draft = CommitDraft.create("feat: " + "x" * 100 + "\n\n- body", "m")
    assert len(draft.subject) == 72
    assert draft.body == "- body"


async def test_draft_with_mistral_uses_client(monkeypatch):
    client = MagicMock()
    client.chat.complete_async = AsyncMock(
        return_value=MagicMock(model="mistral-small-latest", choices=[MagicMock(message=MagicMock(content="fix: thing"))])
    )
    monkeypatch.setattr(commit_message, "_mistral", client)
    ls = MagicMock()
    draft = await commit_message._draft_with_mistral(ls, "diff")
    assert draft.subject == "fix: thing"
    client.chat.complete_async.assert_awaited_once()


def test_staged_diff_error_is_reported():
    ls = MagicMock()
    with patch.object(commit_message, "staged_diff", side_effect=commit_message.GitError("not a repo")):
        import asyncio

        result = asyncio.run(commit_message.draft_commit_message(ls, [{"root": "/tmp"}]))
    assert result is None
    ls.show_message.assert_called_once()
