"""Convert model Markdown to Slack mrkdwn and build Block Kit payloads."""
import re
from typing import Dict, List

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)]+)\)")
_HEADING = re.compile(r"^#{1,6}\s+(.*)$", re.MULTILINE)


def to_mrkdwn(text: str) -> str:
    text = _BOLD.sub(r"*\1*", text)
    text = _LINK.sub(r"<\2|\1>", text)
    text = _HEADING.sub(r"*\1*", text)
    return text


def answer_blocks(answer: str, show_escalate: bool = True) -> List[Dict]:
    blocks: List[Dict] = [{"type": "section", "text": {"type": "mrkdwn", "text": to_mrkdwn(answer)[:2900]}}]
    if show_escalate:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "Talk to a human"},
                        "action_id": "escalate_to_human",
                        "style": "primary",
                    }
                ],
            }
        )
    blocks.append(
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "React :+1: / :-1: to rate this answer."}]}
    )
    return blocks


def discord_chunks(text: str, limit: int = 1900) -> List[str]:
    """Discord caps messages at 2000 chars; split on paragraph boundaries."""
    parts, current = [], ""
    for para in text.split("\n\n"):
        if len(current) + len(para) + 2 > limit and current:
            parts.append(current)
            current = para
        else:
            current = f"{current}\n\n{para}" if current else para
    if current:
        parts.append(current)
    return [p[:limit] for p in parts]
