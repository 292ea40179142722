"""The QueryShell cmd2 application."""
from __future__ import annotations

import argparse
import asyncio
import logging
from pathlib import Path

import cmd2
from cmd2 import Settable, with_argparser, with_category

from querysh import backends, prompts
from querysh.backends import BackendError
from querysh.config import Settings
from querysh.db import Database
from querysh.explain import ResultExplainer, quick_stats
from querysh.formatting import MarkdownReport, frame_to_table, render, wrap
from querysh.hooks import install_hooks
from querysh.services.multi_model_service import TaskComplexity, multi_model_service
from querysh.session import Session

log = logging.getLogger(__name__)

CAT_DATA = "Data"
CAT_LLM = "LLM"


class QueryShell(cmd2.Cmd):
    """querysh: SQL over local data, with LLM helpers."""

    intro = "querysh - type `help` for commands, `load csv` for CSV tools."
    prompt = "querysh> "

    def __init__(self, settings: Settings, db_path: str | None = None, **kwargs) -> None:
        super().__init__(
            persistent_history_file=settings.history_file,
            allow_cli_args=True,
            auto_load_commands=False,
            **kwargs,
        )
        self.settings = settings
        self.db = Database(db_path)
        self.session = Session.create()

        # settables
        self.backend = settings.backend
        self.temperature = settings.temperature
        self.autosummary = settings.autosummary
        self.max_rows = settings.max_preview_rows
        self.add_settable(
            Settable("backend", str, "LLM backend for ask/explain", self,
                     choices=list(backends.BACKENDS), onchange_cb=self._on_backend_change)
        )
        self.add_settable(Settable("temperature", float, "sampling temperature", self, onchange_cb=self._on_temp_change))
        self.add_settable(Settable("autosummary", bool, "summarise every query result with the LLM", self))
        self.add_settable(Settable("max_rows", int, "rows shown after a query", self))

        # raw SDK clients, shared with command sets and hooks
        self.clients = backends.build_clients(settings)
        self.openai = self.clients["openai"]
        self.anthropic = self.clients["anthropic"]
        self.llm = backends.get_backend(self.backend, settings)
        self.explainer = ResultExplainer(self.openai, model=settings.openai_model)

        install_hooks(self)
        self._load_default_command_sets()

    # -- settable callbacks -------------------------------------------------
    def _on_backend_change(self, param_name: str, old, new) -> None:
        try:
            self.llm = backends.get_backend(new, self.settings)
        except BackendError as exc:
            self.perror(str(exc))
            self.backend = old
            return
        self.settings.backend = new
        self.poutput(f"backend: {old} -> {new} ({self.llm.model})")

    def _on_temp_change(self, param_name: str, old, new) -> None:
        self.settings.temperature = new

    def _load_default_command_sets(self) -> None:
        from querysh.commands.sql_commands import SqlCommands

        self.register_command_set(SqlCommands())

    # -- data commands ------------------------------------------------------
    query_parser = cmd2.Cmd2ArgumentParser(description="Run SQL against the current database")
    query_parser.add_argument("sql", nargs=argparse.REMAINDER, help="SQL statement")

    @with_category(CAT_DATA)
    @with_argparser(query_parser)
    def do_query(self, args: argparse.Namespace) -> None:
        sql = " ".join(args.sql)
        try:
            result = self.db.run(sql)
        except Exception as exc:  # duckdb.Error
            self.perror(f"error: {exc}")
            self.last_result = exc
            return
        self.session.add("sql", sql, rows=len(result.frame))
        self.poutput(render(frame_to_table(result.frame, max_rows=self.max_rows)))
        self.poutput(f"({len(result.frame)} rows, {result.elapsed_ms:.1f} ms)")
        self.last_result = result

    @with_category(CAT_DATA)
    def do_tables(self, _: cmd2.Statement) -> None:
        for table in self.db.tables():
            self.poutput(table)

    # -- LLM commands -------------------------------------------------------
    ask_parser = cmd2.Cmd2ArgumentParser(description="Ask the current backend a question")
    ask_parser.add_argument("-s", "--stream", action="store_true")
    ask_parser.add_argument("--tracked", action="store_true", help="route through the tracked service")
    ask_parser.add_argument("question", nargs="+")

    @with_category(CAT_LLM)
    @with_argparser(ask_parser)
    def do_ask(self, args: argparse.Namespace) -> None:
        question = " ".join(args.question)
        if args.tracked:
            answer = asyncio.run(
                multi_model_service.generate_response(prompt=question, task_type="chat", complexity=TaskComplexity.SIMPLE)
            )
            self.poutput(wrap(answer))
            self.session.add("llm", answer, prompt=question)
            return
        if args.stream:
            chunks = []
            for piece in self.llm.stream(question):
                chunks.append(piece)
                self.poutput(piece, end="")
            self.poutput("")
            answer = "".join(chunks)
        else:
            answer = self.llm.complete(question).text
            self.poutput(wrap(answer))
        self.session.add("llm", answer, prompt=question)

    explain_parser = cmd2.Cmd2ArgumentParser(description="Explain the last query result")
    explain_parser.add_argument("--long", action="store_true", help="longer narrative (uses Claude)")
    explain_parser.add_argument("--offline", action="store_true", help="basic stats only, no LLM")
    explain_parser.add_argument("question", nargs="*")

    @with_category(CAT_LLM)
    @with_argparser(explain_parser)
    def do_explain(self, args: argparse.Namespace) -> None:
        result = self.db.last_result
        if result is None:
            self.perror("nothing to explain - run a query first")
            return
        if args.offline:
            self.poutput(quick_stats(result))
            return
        question = " ".join(args.question) or None
        if args.long:
            text = self.explainer.explain_with_claude(self.anthropic, result, self.settings.anthropic_model)
        else:
            text = self.explainer.explain(result, question, history=self.session.llm_context())
        self.session.add("llm", text, prompt=f"explain {result.sql}")
        self.poutput(wrap(text))

    title_parser = cmd2.Cmd2ArgumentParser(description="Suggest a short title for the last result (for exports)")

    @with_category(CAT_LLM)
    @with_argparser(title_parser)
    def do_title(self, args: argparse.Namespace) -> None:
        result = self.db.last_result
        if result is None:
            self.perror("run a query first")
            return
        reply = self.anthropic.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=30,
            messages=[{"role": "user", "content": f"Give a 3-6 word chart title for this query:\n{result.sql}"}],
        )
        self.poutput(reply.content[0].text.strip().strip('"'))

    def do_chat(self, statement: cmd2.Statement) -> None:
        """Free-form follow-up that keeps the session context (OpenAI only)."""
        messages = self.session.llm_context()
        messages.append({"role": "user", "content": statement.args})
        completion = self.openai.chat.completions.create(
            model=self.settings.openai_model,
            messages=messages,
            temperature=self.temperature,
        )
        answer = completion.choices[0].message.content or ""
        self.session.add("llm", answer, prompt=statement.args)
        self.poutput(wrap(answer))

    # -- session ------------------------------------------------------------
    @with_category(CAT_DATA)
    def do_save_session(self, _: cmd2.Statement) -> None:
        path = self.session.save()
        self.poutput(f"saved {len(self.session.entries)} entries to {path}")

    history_parser = cmd2.Cmd2ArgumentParser(description="Show this session's SQL and LLM history")
    history_parser.add_argument("-k", "--kind", choices=["sql", "llm", "note"])
    history_parser.add_argument("-n", type=int, default=20)

    @with_category(CAT_DATA)
    @with_argparser(history_parser)
    def do_qhistory(self, args: argparse.Namespace) -> None:
        entries = [e for e in self.session.entries if args.kind is None or e.kind == args.kind]
        for i, entry in enumerate(entries[-args.n:], 1):
            first_line = entry.text.strip().splitlines()[0] if entry.text.strip() else ""
            self.poutput(f"{i:3} [{entry.kind:4}] {first_line[:100]}")

    snippet_parser = cmd2.Cmd2ArgumentParser(description="Save the last SQL as a named snippet, or run one")
    snippet_parser.add_argument("action", choices=["save", "run", "list", "drop"])
    snippet_parser.add_argument("name", nargs="?")

    @with_category(CAT_DATA)
    @with_argparser(snippet_parser)
    def do_snippet(self, args: argparse.Namespace) -> None:
        snippets = self.session.snippets
        if args.action == "list":
            for name, sql in sorted(snippets.items()):
                self.poutput(f"{name:20} {sql[:80]}")
            return
        if not args.name:
            self.perror("snippet name required")
            return
        if args.action == "save":
            sql = self.session.last_sql()
            if sql is None:
                self.perror("no SQL in this session yet")
                return
            snippets[args.name] = sql
            self.poutput(f"saved {args.name}")
        elif args.action == "run":
            if args.name not in snippets:
                self.perror(f"no snippet {args.name}")
                return
            self.onecmd_plus_hooks(f"query {snippets[args.name]}")
        else:
            snippets.pop(args.name, None)

    export_parser = cmd2.Cmd2ArgumentParser(description="Export the last result (csv/parquet) or the session (md)")
    export_parser.add_argument("path", completer=cmd2.Cmd.path_complete)
    export_parser.add_argument("--title", default="querysh session")

    @with_category(CAT_DATA)
    @with_argparser(export_parser)
    def do_export(self, args: argparse.Namespace) -> None:
        path = Path(args.path).expanduser()
        if path.suffix == ".md":
            report = MarkdownReport(args.title)
            for entry in self.session.entries:
                if entry.kind == "sql":
                    try:
                        report.add_result(f"Query ({entry.meta.get('rows', '?')} rows)", entry.text, self.db.run(entry.text).frame)
                    except Exception as exc:
                        report.add_text("Query (failed)", f"{entry.text}\n\n{exc}")
                elif entry.kind in ("llm", "note"):
                    report.add_text(entry.kind.upper(), entry.text)
            path.write_text(report.generate())
        else:
            result = self.db.last_result
            if result is None:
                self.perror("nothing to export")
                return
            if path.suffix == ".parquet":
                result.frame.to_parquet(path)
            else:
                result.frame.to_csv(path, index=False)
        self.poutput(f"wrote {path}")

    def do_cost(self, _: cmd2.Statement) -> None:
        """Show the tracked LLM spend for this process."""
        from querysh.services.llm_usage_tracker import llm_tracker

        self.poutput(f"tracked spend this session: ${llm_tracker.session_total:.4f}")

    def do_models(self, _: cmd2.Statement) -> None:
        """List models available on the current backend (if it supports listing)."""
        lister = getattr(self.llm, "available_models", None)
        if lister is None:
            self.poutput(f"{self.llm.name}: {self.llm.model}")
            return
        for name in lister():
            self.poutput(name)

    # -- command sets / plugins / jobs --------------------------------------
    load_parser = cmd2.Cmd2ArgumentParser(description="Load or unload an optional command set")
    load_parser.add_argument("name", choices=["csv", "research", "search", "sql"])
    load_parser.add_argument("--unload", action="store_true")

    @with_argparser(load_parser)
    def do_load(self, args: argparse.Namespace) -> None:
        from querysh.commands import COMMAND_SETS

        cls = COMMAND_SETS[args.name]
        loaded = [cs for cs in self._installed_command_sets if isinstance(cs, cls)]
        if args.unload:
            for cs in loaded:
                self.unregister_command_set(cs)
            self.poutput(f"unloaded {args.name}")
        elif loaded:
            self.poutput(f"{args.name} already loaded")
        else:
            self.register_command_set(cls())
            self.poutput(f"loaded {args.name}")

    def do_plugin(self, statement: cmd2.Statement) -> None:
        """Enable a plugin: plugin audit | plugin narrate"""
        from querysh import plugins

        name = statement.args.strip()
        if name not in plugins.AVAILABLE:
            self.perror(f"plugins: {', '.join(plugins.AVAILABLE)}")
            return
        plugins.enable(self, name)
        self.poutput(f"enabled {name}")

    jobs_parser = cmd2.Cmd2ArgumentParser(description="Background jobs")
    jobs_parser.add_argument("action", choices=["start", "status"])
    jobs_parser.add_argument("job", nargs="?", choices=["explain_snippets", "embed_history"])

    @with_argparser(jobs_parser)
    def do_jobs(self, args: argparse.Namespace) -> None:
        from querysh.jobs import JobRunner

        if not hasattr(self, "_jobs"):
            self._jobs = JobRunner(self.db, self.session, self.clients)
        if args.action == "start" and args.job:
            self._jobs.submit(args.job, getattr(self._jobs, args.job))
            self.poutput(f"started {args.job}")
        for job in self._jobs.jobs.values():
            self.poutput(f"{job.name:20} {job.status}")
