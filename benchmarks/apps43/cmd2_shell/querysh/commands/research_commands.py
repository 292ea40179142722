"""Web-grounded lookups (Perplexity) and cited answers (Cohere)."""
from __future__ import annotations

import argparse

import cmd2
from cmd2 import CommandSet, with_argparser, with_default_category
from google.genai import types

from querysh.formatting import wrap

GROUNDED = types.GenerateContentConfig(
    tools=[types.Tool(google_search=types.GoogleSearch())],
    temperature=0.0,
)


@with_default_category("Research")
class ResearchCommands(CommandSet):
    """Context for a dataset from the web: units, definitions, known caveats."""

    lookup_parser = cmd2.Cmd2ArgumentParser(description="Search the web about a column or metric")
    lookup_parser.add_argument("--stream", action="store_true")
    lookup_parser.add_argument("topic", nargs="+")

    @with_argparser(lookup_parser)
    def do_lookup(self, args: argparse.Namespace) -> None:
        app = self._cmd
        pplx = app.clients["perplexity"]
        topic = " ".join(args.topic)
        messages = [
            {"role": "system", "content": "Answer briefly for a data analyst. Cite sources."},
            {"role": "user", "content": topic},
        ]
        if args.stream:
            stream = pplx.chat.completions.create(
                model=app.settings.perplexity_model, messages=messages, stream=True
            )
            for chunk in stream:
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    app.poutput(delta, end="")
            app.poutput("")
            return
        resp = app.clients["perplexity"].chat.completions.create(
            model=app.settings.perplexity_model,
            messages=messages,
            max_tokens=600,
        )
        app.poutput(wrap(resp.choices[0].message.content or ""))
        for i, url in enumerate(getattr(resp, "citations", None) or [], 1):
            app.poutput(f"  [{i}] {url}")

    cite_parser = cmd2.Cmd2ArgumentParser(description="Answer from the session notes, with citations")
    cite_parser.add_argument("question", nargs="+")

    @with_argparser(cite_parser)
    def do_cite(self, args: argparse.Namespace) -> None:
        app = self._cmd
        co = app.clients["cohere"]
        docs = [
            {"id": f"note-{i}", "data": {"text": e.text}}
            for i, e in enumerate(app.session.entries)
            if e.kind in ("note", "llm")
        ]
        if not docs:
            app.perror("no notes in this session yet")
            return
        res = co.chat(
            model=app.settings.cohere_model,
            messages=[{"role": "user", "content": " ".join(args.question)}],
            documents=docs,
        )
        app.poutput(wrap(res.message.content[0].text))
        for cite in res.message.citations or []:
            app.poutput(f"  - {cite.text!r} <- {', '.join(s.id for s in cite.sources)}")

    define_parser = cmd2.Cmd2ArgumentParser(description="Define a metric or domain term (Gemini + Google Search)")
    define_parser.add_argument("term", nargs="+")
    define_parser.add_argument("--context", help="dataset or domain, e.g. 'retail KPIs'")

    @with_argparser(define_parser)
    def do_define(self, args: argparse.Namespace) -> None:
        app = self._cmd
        gemini = app.clients["gemini"]
        if gemini is None:
            app.perror("gemini backend not configured")
            return
        term = " ".join(args.term)
        context = f" in the context of {args.context}" if args.context else ""
        response = gemini.models.generate_content(
            model=app.settings.gemini_model,
            contents=f"Define '{term}'{context}. Include the usual formula if it is a metric.",
            config=GROUNDED,
        )
        app.poutput(wrap(response.text or ""))
        meta = response.candidates[0].grounding_metadata if response.candidates else None
        for chunk in (meta.grounding_chunks or []) if meta else []:
            if chunk.web:
                app.poutput(f"  - {chunk.web.title}: {chunk.web.uri}")

    def do_note(self, statement: cmd2.Statement) -> None:
        """Add a free-text note to the session (used by `cite`)."""
        self._cmd.session.add("note", statement.args)
