import pytest

from app.core.clients import claude
from app.services.summary import summarize_ticket


@pytest.mark.live
async def test_live_summary_is_short():
    text = "Customer cannot log in after password reset. Tried twice."
    summary = await summarize_ticket(text)
    check = await claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=5,
        messages=[{"role": "user", "content": f"Is this a summary of a login issue? {summary}"}],
    )
    assert "yes" in check.content[0].text.lower()
