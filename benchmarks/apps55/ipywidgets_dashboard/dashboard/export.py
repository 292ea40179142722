"""Export the current dashboard session (answers, charts, SQL) to HTML and share it."""
from __future__ import annotations

import base64
import datetime as dt
import html
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

import requests

log = logging.getLogger(__name__)

_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: -apple-system, Segoe UI, sans-serif; max-width: 960px; margin: 2rem auto; }}
pre {{ background: #f6f8fa; padding: 1rem; overflow-x: auto; }}
.card {{ border: 1px solid #ddd; border-radius: 8px; padding: 1rem; margin-bottom: 1rem; }}
</style></head>
<body><h1>{title}</h1><p><small>{when}</small></p>{body}</body></html>
"""


@dataclass
class ExportItem:
    kind: str  # "answer" | "chart" | "sql" | "summary"
    title: str
    content: str

    def to_html(self) -> str:
        if self.kind == "chart":
            return f"<div class='card'><h3>{html.escape(self.title)}</h3><img src='data:image/png;base64,{self.content}'/></div>"
        if self.kind == "sql":
            return f"<div class='card'><h3>{html.escape(self.title)}</h3><pre>{html.escape(self.content)}</pre></div>"
        return f"<div class='card'><h3>{html.escape(self.title)}</h3><p>{html.escape(self.content)}</p></div>"


@dataclass
class SessionExport:
    title: str = "Analyst session"
    items: list[ExportItem] = field(default_factory=list)

    def add_answer(self, question: str, answer: str) -> None:
        self.items.append(ExportItem("answer", question, answer))

    def add_sql(self, question: str, sql: str) -> None:
        self.items.append(ExportItem("sql", question, sql))

    def add_figure(self, title: str, fig) -> None:
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
        self.items.append(ExportItem("chart", title, base64.b64encode(buf.getvalue()).decode()))

    def generate(self) -> str:
        """Render to an HTML string (named generate() for parity with the old ReportWriter)."""
        body = "\n".join(item.to_html() for item in self.items)
        return _PAGE.format(title=html.escape(self.title), when=dt.datetime.now().strftime("%Y-%m-%d %H:%M"), body=body)

    def save(self, path: Path) -> Path:
        path = Path(path)
        path.write_text(self.generate(), encoding="utf-8")
        return path


class SlackSharer:
    """Posts a link + short text to the team channel via an incoming webhook."""

    def __init__(self, webhook_url: str, timeout: float = 10.0):
        self.webhook_url = webhook_url
        self.timeout = timeout

    def share(self, export: SessionExport, link: str) -> bool:
        payload = {
            "text": f"*{export.title}* — {len(export.items)} items\n<{link}|open report>",
            "unfurl_links": False,
        }
        r = requests.post(self.webhook_url, json=payload, timeout=self.timeout)
        if r.status_code != 200:
            log.warning("slack webhook returned %s: %s", r.status_code, r.text[:200])
            return False
        return True


def export_widget(export: SessionExport, default_dir: Path = Path("exports")):
    """A small ipywidgets form to save the session."""
    import ipywidgets as widgets

    name = widgets.Text(value=f"session-{dt.date.today().isoformat()}.html", description="File")
    btn = widgets.Button(description="Export", icon="download")
    msg = widgets.HTML()

    def on_export(_):
        default_dir.mkdir(parents=True, exist_ok=True)
        path = export.save(default_dir / name.value)
        msg.value = f"saved to <code>{path}</code>"

    btn.on_click(on_export)
    return widgets.HBox([name, btn, msg])
