"""Export notes to Markdown / HTML, optionally with an AI front-matter summary
and a generated cover image."""
from __future__ import annotations

import base64
import html
import json
from dataclasses import dataclass, field
from pathlib import Path

import markdown

from app.models import Note


@dataclass
class ExportJob:
    notes: list[Note]
    fmt: str = "md"
    dest: Path = Path(".")
    with_summary: bool = False
    with_cover: bool = False
    written: list[Path] = field(default_factory=list)

    @classmethod
    def create(cls, notes: list[Note], fmt: str, dest: str | Path, **opts) -> "ExportJob":
        return cls(notes=list(notes), fmt=fmt, dest=Path(dest), **opts)


def _slug(title: str) -> str:
    keep = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "-".join(p for p in keep.split("-") if p)[:60] or "untitled"


def front_matter_summary(llm, note: Note) -> str:
    """``llm`` is a google.generativeai GenerativeModel passed in by the controller."""
    response = llm.generate_content(
        f"Write a one-sentence description (max 30 words) for this note:\n\n{note.body[:5000]}"
    )
    return response.text.strip()


def cover_image(client, note: Note, out_dir: Path) -> Path:
    img = client.images.generate(
        model="dall-e-3",
        prompt=f"A minimal flat illustration for a note titled '{note.title}'",
        size="1024x1024",
        response_format="b64_json",
    )
    path = out_dir / f"{_slug(note.title)}.png"
    path.write_bytes(base64.b64decode(img.data[0].b64_json))
    return path


def render_markdown(note: Note, summary: str | None = None, cover: Path | None = None) -> str:
    meta = {"title": note.title, "tags": note.tags, "created": note.created, "updated": note.updated}
    if summary:
        meta["description"] = summary
    head = "---\n" + "\n".join(f"{k}: {json.dumps(v)}" for k, v in meta.items()) + "\n---\n\n"
    img = f"![cover]({cover.name})\n\n" if cover else ""
    return head + img + note.body + "\n"


def render_html(note: Note, summary: str | None = None) -> str:
    body = markdown.Markdown(extensions=["fenced_code", "tables"]).convert(note.body)
    desc = f'<meta name="description" content="{html.escape(summary)}">' if summary else ""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(note.title)}</title>{desc}"
        f"</head><body><h1>{html.escape(note.title)}</h1>{body}</body></html>"
    )


def run_export(job: ExportJob, llm=None, image_client=None, progress=None) -> list[Path]:
    job.dest.mkdir(parents=True, exist_ok=True)
    for i, note in enumerate(job.notes):
        summary = front_matter_summary(llm, note) if (job.with_summary and llm is not None) else None
        cover = cover_image(image_client, note, job.dest) if (job.with_cover and image_client) else None
        if job.fmt == "html":
            text, ext = render_html(note, summary), "html"
        else:
            text, ext = render_markdown(note, summary, cover), "md"
        path = job.dest / f"{_slug(note.title)}.{ext}"
        path.write_text(text, encoding="utf-8")
        job.written.append(path)
        if progress:
            progress(i + 1, len(job.notes))
    return job.written
