"""Export proposals to PDF / DOCX. No model calls here."""
from __future__ import annotations

import io
from dataclasses import dataclass

from .writers.sections import split_sections


@dataclass
class Template:
    name: str
    css: str
    header: str = ""


class TemplateLibrary:
    def __init__(self) -> None:
        self._templates: dict[str, Template] = {}

    def create(self, name: str, css: str, header: str = "") -> Template:
        tpl = Template(name=name, css=css, header=header)
        self._templates[name] = tpl
        return tpl

    def get(self, name: str) -> Template:
        return self._templates.get(name) or self._templates["default"]


templates = TemplateLibrary()
templates.create("default", "body{font-family:Inter,sans-serif;font-size:11pt}")
templates.create("bold", "body{font-family:'Space Grotesk';font-size:12pt} h2{color:#e4572e}",
                 header="<img src='/static/logo.svg'>")


class PdfExporter:
    def __init__(self, template: Template) -> None:
        self.template = template

    def to_html(self, proposal) -> str:
        parts = [f"<style>{self.template.css}</style>", self.template.header, f"<h1>{proposal.title}</h1>"]
        for heading, text in split_sections(proposal.body):
            parts.append(f"<h2>{heading}</h2><div>{text}</div>")
        return "\n".join(parts)

    def generate(self, proposal) -> bytes:
        html = self.to_html(proposal)
        try:
            from weasyprint import HTML
        except ImportError:
            return html.encode()
        buf = io.BytesIO()
        HTML(string=html).write_pdf(buf)
        return buf.getvalue()


def export_pdf(proposal, template: str = "default") -> bytes:
    return PdfExporter(templates.get(template)).generate(proposal)
