"""Turn raw RFC 5322 bytes into something the pipeline can use."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

_QUOTE_RE = re.compile(r"^(>|On .+wrote:$)", re.MULTILINE)
_WS_RE = re.compile(r"\n{3,}")


@dataclass
class Attachment:
    filename: str
    content_type: str
    payload: bytes

    @property
    def is_pdf(self) -> bool:
        return self.content_type == "application/pdf" or self.filename.lower().endswith(".pdf")


@dataclass
class ParsedMessage:
    message_id: str
    sender: str
    sender_name: str
    recipients: list[str]
    subject: str
    date: str
    body: str
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes = b""

    @property
    def sender_domain(self) -> str:
        return self.sender.rsplit("@", 1)[-1].lower()

    @property
    def thread_id(self) -> str:
        root = self.references[0] if self.references else (self.in_reply_to or self.message_id)
        return hashlib.sha1(root.encode()).hexdigest()[:16]

    def short(self, limit: int = 6000) -> str:
        body = self.body if len(self.body) <= limit else self.body[:limit] + "\n[...truncated]"
        return f"From: {self.sender_name} <{self.sender}>\nSubject: {self.subject}\nDate: {self.date}\n\n{body}"


def _body_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = part.get_content()
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    return _WS_RE.sub("\n\n", text).strip()


def strip_quoted(text: str) -> str:
    m = _QUOTE_RE.search(text)
    return text[: m.start()].rstrip() if m else text


def parse_message(raw: bytes) -> ParsedMessage:
    msg: EmailMessage = BytesParser(policy=policy.default).parsebytes(raw)  # type: ignore[assignment]
    name, addr = parseaddr(msg.get("From", ""))
    rcpts = [a for _, a in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))]
    date = msg.get("Date", "")
    try:
        date = parsedate_to_datetime(date).isoformat() if date else ""
    except (TypeError, ValueError):
        pass
    attachments = []
    for part in msg.iter_attachments():
        payload = part.get_payload(decode=True) or b""
        attachments.append(Attachment(part.get_filename() or "attachment", part.get_content_type(), payload))
    mid = (msg.get("Message-ID") or "").strip() or f"<{hashlib.sha1(raw).hexdigest()}@local>"
    return ParsedMessage(
        message_id=mid,
        sender=addr.lower(),
        sender_name=name,
        recipients=rcpts,
        subject=str(msg.get("Subject", "")),
        date=date,
        body=_body_text(msg),
        in_reply_to=msg.get("In-Reply-To"),
        references=(msg.get("References") or "").split(),
        attachments=attachments,
        headers={k: str(v) for k, v in msg.items()},
        raw=raw,
    )


def is_auto_reply(parsed: ParsedMessage) -> bool:
    h = {k.lower(): v.lower() for k, v in parsed.headers.items()}
    if h.get("auto-submitted", "no") != "no":
        return True
    if "x-autoreply" in h or h.get("precedence") in {"bulk", "auto_reply", "list"}:
        return True
    return parsed.subject.lower().startswith(("out of office", "automatic reply"))
