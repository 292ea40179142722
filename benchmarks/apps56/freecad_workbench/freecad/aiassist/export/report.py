"""Export a review report / prompt bundle (also registered as an export type)."""
import datetime
import json

import FreeCAD

from freecad.aiassist.core import model_summary
from freecad.aiassist.llm import registry
from freecad.aiassist.llm.tokens import count_tokens, estimate_cost


class ReportBuilder:
    def __init__(self, title):
        self.title = title
        self.sections = []

    def add(self, heading, body):
        self.sections.append((heading, body))
        return self

    def generate(self):
        out = ["# %s" % self.title, "_generated %s_" % datetime.date.today().isoformat(), ""]
        for heading, body in self.sections:
            out += ["## %s" % heading, body, ""]
        return "\n".join(out)

    @classmethod
    def create(cls, doc):
        builder = cls("Design report: %s" % doc.Label)
        builder.add("Model summary", model_summary.summarize_document(doc))
        return builder


def write_report(doc, path, with_ai_summary=True):
    builder = ReportBuilder.create(doc)
    if with_ai_summary:
        backend = registry.get()
        summary_text = builder.sections[0][1]
        if backend.name in ("openai", "deepseek", "groq"):
            raw = backend.client.with_raw_response.chat.completions.create(
                model=backend.model,
                messages=[{"role": "user", "content": "Executive summary in 5 bullets:\n" + summary_text}],
            )
            FreeCAD.Console.PrintLog("AIAssist: request id %s\n" % raw.headers.get("x-request-id"))
            text = raw.parse().choices[0].message.content
        else:
            text = backend.complete("Executive summary in 5 bullets.", summary_text)
        builder.add("Executive summary", text)
    text = builder.generate()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def export(objects, filename):
    """FreeCAD export hook (see Init.py)."""
    doc = objects[0].Document if objects else FreeCAD.ActiveDocument
    summary = model_summary.summarize_document(doc)
    tokens = count_tokens(summary)
    bundle = {
        "document": doc.Label,
        "summary": summary,
        "tokens": tokens,
        "estimated_cost_usd": estimate_cost("gpt-4o-mini", tokens, 800),
    }
    with open(filename, "w", encoding="utf-8") as fh:
        json.dump(bundle, fh, indent=2)
