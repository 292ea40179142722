"""Slack-ish formatting helpers."""
import textwrap

SLACK_LIMIT = 3500


def chunk(text, limit=SLACK_LIMIT):
    if len(text) <= limit:
        return [text]
    parts, buf = [], []
    size = 0
    for para in text.split("\n\n"):
        if size + len(para) > limit and buf:
            parts.append("\n\n".join(buf))
            buf, size = [], 0
        buf.append(para)
        size += len(para) + 2
    if buf:
        parts.append("\n\n".join(buf))
    return parts


def quote(text):
    return "\n".join("> " + line for line in text.splitlines())


def shorten(text, width=140):
    return textwrap.shorten(text or "", width=width, placeholder="…")


def severity_emoji(sev):
    return {"critical": ":red_circle:", "warning": ":large_orange_circle:"}.get(sev, ":white_circle:")
