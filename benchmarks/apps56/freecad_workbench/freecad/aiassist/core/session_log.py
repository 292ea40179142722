"""Persist assistant sessions inside the document.

Every answer/review is stored on a hidden ``App::FeaturePython`` object so
that the history travels with the .FCStd file. Summaries of long sessions are
made by the tracked service or, for local models, inside the usage tracker.
"""
import datetime
import json

import FreeCAD

from freecad.aiassist import preferences
from freecad.aiassist.llm.clients import get_ollama_client
from freecad.aiassist.llm.multi_model_service import TaskComplexity, multi_model_service
from freecad.aiassist.llm.usage_tracker import llm_tracker

LOG_OBJECT = "AIAssistSessionLog"


class SessionLogProxy:
    """Proxy for the FeaturePython object holding the log."""

    def __init__(self, obj):
        obj.addProperty("App::PropertyString", "Entries", "AIAssist", "JSON list of entries")
        obj.addProperty("App::PropertyString", "Summary", "AIAssist", "Short summary of the session")
        obj.Entries = "[]"
        obj.Proxy = self

    def execute(self, obj):
        pass

    def dumps(self):
        return None

    def loads(self, state):
        return None


def get_log_object(doc=None, create=True):
    doc = doc or FreeCAD.ActiveDocument
    obj = doc.getObject(LOG_OBJECT)
    if obj is None and create:
        obj = doc.addObject("App::FeaturePython", LOG_OBJECT)
        SessionLogProxy(obj)
        if FreeCAD.GuiUp:
            obj.ViewObject.Visibility = False
    return obj


def append_entry(kind, question, answer, doc=None):
    obj = get_log_object(doc)
    entries = json.loads(obj.Entries or "[]")
    entries.append({
        "ts": datetime.datetime.now().isoformat(timespec="seconds"),
        "kind": kind,
        "backend": preferences.get_backend(),
        "question": question,
        "answer": answer,
    })
    obj.Entries = json.dumps(entries[-200:])
    return len(entries)


def entries(doc=None):
    obj = get_log_object(doc, create=False)
    return json.loads(obj.Entries) if obj is not None else []


def _as_text(items):
    return "\n".join("[%s] Q: %s\nA: %s" % (e["kind"], e["question"], e["answer"]) for e in items)


async def summarize_session(doc=None):
    items = entries(doc)
    if not items:
        return ""
    text = _as_text(items[-30:])
    if preferences.get_backend() == "ollama":
        model = preferences.model_for("ollama")
        async with llm_tracker.track_llm_call(
            provider="ollama", model=model, feature_context="session_summary"
        ) as usage_log:
            resp = get_ollama_client().chat(
                model=model,
                messages=[{"role": "user", "content": "Summarize this CAD assistant session:\n" + text}],
            )
            usage_log.input_tokens = resp.prompt_eval_count or 0
            usage_log.output_tokens = resp.eval_count or 0
        summary = resp.message.content
    else:
        summary = await multi_model_service.generate_response(
            prompt="Summarize this CAD assistant session in 3 sentences:\n" + text,
            task_type="session_summary",
            complexity=TaskComplexity.SIMPLE,
        )
    obj = get_log_object(doc)
    obj.Summary = summary
    return summary


def export_markdown(path, doc=None):
    items = entries(doc)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# AI Assist session log\n\n")
        for e in items:
            fh.write("### %s - %s (%s)\n\n" % (e["ts"], e["kind"], e["backend"]))
            fh.write("**Q:** %s\n\n%s\n\n" % (e["question"], e["answer"]))
    return len(items)
