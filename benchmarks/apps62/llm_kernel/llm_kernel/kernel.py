"""The Jupyter kernel: every cell is a prompt, magics change provider/model/etc."""
from __future__ import annotations

import logging
import traceback
import uuid

from ipykernel.kernelbase import Kernel

from . import __version__
from .backends import (
    BackendRegistry,
    available_providers,
    get_anthropic_client,
    get_async_anthropic_client,
    get_genai_client,
    get_openai_client,
)
from .backends.clients import get_ollama_client, get_ollama_openai_compat, reset_clients
from .compare import compare, render
from .completer import complete, list_models
from .config import load_settings
from .display import ResponseCard, error_bundle, table_bundle
from .explain import EXPLAIN_MODEL, EXPLAIN_SYSTEM, explain_code, explain_with_backend, review_code
from .history_store import HistoryStore
from .images import generate_image
from .inspector import inspect
from .magics import MagicSyntaxError, ParsedCell, magic_help, parse_cell
from .moderation import ModerationGate
from .pricing import format_cost
from .search import CellIndex
from .services.llm_usage_tracker import llm_tracker
from .services.multi_model_service import TaskComplexity, multi_model_service
from .session import ChatSession
from .summarize import summarize_locally, summarize_output, summarize_traceback
from .tokens import trim_history

log = logging.getLogger(__name__)


class LLMKernel(Kernel):
    implementation = "llm_kernel"
    implementation_version = __version__
    language = "markdown"
    language_version = "1.0"
    language_info = {
        "name": "markdown",
        "mimetype": "text/markdown",
        "file_extension": ".md",
        "codemirror_mode": "markdown",
        "pygments_lexer": "markdown",
    }
    banner = f"LLM kernel {__version__} -- type a prompt, or %help for magics"
    help_links = [{"text": "llm_kernel README", "url": "https://github.com/example/llm-kernel"}]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.settings = load_settings()
        self.session = ChatSession(self.settings.system_prompt)
        self.registry = BackendRegistry(self.settings)
        self.history = HistoryStore.create(self.settings.history_db, session_id=uuid.uuid4().hex)
        self.index = CellIndex(self.history, provider=self.settings.embedding_provider)
        # clients used directly by magics that predate the backend registry
        self.openai = get_openai_client()
        self.anthropic = get_anthropic_client()
        self.async_anthropic = get_async_anthropic_client()
        self.genai = get_genai_client()
        self.moderation = ModerationGate(self.openai)

    # ------------------------------------------------------------------ output
    def _stream(self, text: str, name: str = "stdout") -> None:
        self.send_response(self.iopub_socket, "stream", {"name": name, "text": text})

    def _display(self, bundle: dict, metadata: dict | None = None) -> None:
        self.send_response(self.iopub_socket, "display_data", {"data": bundle, "metadata": metadata or {}})

    def _ok(self) -> dict:
        return {"status": "ok", "execution_count": self.execution_count, "payload": [], "user_expressions": {}}

    def _error(self, exc: BaseException) -> dict:
        tb = traceback.format_exception(type(exc), exc, exc.__traceback__)
        self.send_response(
            self.iopub_socket,
            "error",
            {"ename": type(exc).__name__, "evalue": str(exc), "traceback": tb},
        )
        return {"status": "error", "execution_count": self.execution_count, "ename": type(exc).__name__, "evalue": str(exc), "traceback": tb}

    # ----------------------------------------------------------------- execute
    async def do_execute(self, code, silent, store_history=True, user_expressions=None, allow_stdin=False):
        if not code.strip():
            return self._ok()
        try:
            parsed = parse_cell(code)
        except MagicSyntaxError as exc:
            return self._error(exc)
        try:
            if parsed.cell_magic:
                await self._run_cell_magic(parsed, silent)
                return self._ok()
            for magic in parsed.magics:
                handled = await self._run_line_magic(magic.name, magic.args, parsed, silent)
                if handled:
                    return self._ok()
            if parsed.body:
                self._answer(parsed.body, silent, store_history)
        except Exception as exc:  # surface provider errors in the notebook
            log.exception("execute failed")
            return self._error(exc)
        return self._ok()

    def _answer(self, prompt: str, silent: bool, store_history: bool) -> None:
        allowed, cats = self.moderation.check(prompt)
        if not allowed:
            self._stream(f"Prompt blocked by moderation ({', '.join(cats)}).\n", name="stderr")
            return
        backend = self.registry.get()
        messages = trim_history(backend.name, backend.model, self.session.with_prompt(prompt))
        system, rest = backend.split_system(messages)
        if self.settings.stream and not silent:
            parts = []
            for delta in backend.stream(rest, system=system):
                parts.append(delta)
                self._stream(delta)
            text = "".join(parts)
            self._stream("\n")
            tokens = None
        else:
            result = backend.chat(rest, system=system)
            text, tokens = result.text, (result.input_tokens, result.output_tokens)
            if not silent:
                self._display(ResponseCard.create(text, backend.name, backend.model, tokens).to_bundle())
        turn = self.session.add(self.execution_count, prompt, response=text, provider=backend.name, model=backend.model)
        if store_history:
            self.history.save(turn)

    # ------------------------------------------------------------------ magics
    async def _run_line_magic(self, name: str, args: list[str], parsed: ParsedCell, silent: bool) -> bool:
        """Returns True when the magic consumed the whole cell."""
        if name == "provider":
            provider = self.registry.canonical(args[0]) if args else ""
            if provider not in available_providers():
                raise ValueError(f"unknown provider {provider!r}")
            self.settings.provider = provider
            if len(args) > 1:
                self.settings.models[provider] = args[1]
            self._stream(f"provider: {self.registry.get().describe()}\n")
            return not parsed.body
        if name == "model":
            self.settings.models[self.settings.provider] = args[0]
            self._stream(f"model: {self.registry.get().describe()}\n")
            return not parsed.body
        if name == "system":
            self.session.system_prompt = args[0] if args else self.settings.system_prompt
            return not parsed.body
        if name == "temperature":
            self.settings.temperature = float(args[0])
            self.registry.clear()
            return not parsed.body
        if name == "stream":
            self.settings.stream = (args[0] if args else "on").lower() in ("on", "1", "true")
            return True
        if name == "reset":
            self.session.reset()
            reset_clients()
            self._stream("conversation cleared\n")
            return not parsed.body
        if name == "history":
            self._stream(self.session.transcript() + "\n")
            return True
        if name == "explain":
            code = parsed.body
            if args and args[0].isdigit():
                turn = self.session.find(int(args[0]))
                code = (turn.code or turn.prompt) if turn else ""
            if self.settings.provider == "anthropic":
                text = explain_code(self.anthropic, code)
            else:
                text = explain_with_backend(self.registry.get(), code)
            self._display({"text/markdown": text})
            return True
        if name == "summarize":
            output = self.session.last_output or parsed.body
            if not output:
                self._stream("nothing to summarise\n", name="stderr")
            elif "Traceback (most recent call last)" in output:
                self._display({"text/markdown": summarize_traceback(output)})
            elif self.settings.provider == "ollama":
                self._display({"text/markdown": summarize_locally(output, get_ollama_client())})
            else:
                self._display({"text/markdown": await summarize_output(output)})
            return True
        if name == "index":
            n = self.index.index_pending()
            self._stream(f"embedded {n} cells\n")
            return True
        if name == "search":
            hits = self.index.query(" ".join(args) or parsed.body)
            self._display(table_bundle([(f"{s:.2f}", ec, p[:80]) for s, ec, p in hits], ["score", "cell", "prompt"]))
            return True
        if name == "image":
            self._display(generate_image(self.openai, " ".join(args) or parsed.body))
            return True
        if name == "tldr":
            # TODO(jm): move to multi_model_service like %ask
            resp = self.openai.chat.completions.create(
                model="gpt-4o-mini",
                messages=[
                    {"role": "system", "content": "Summarise this conversation in one line."},
                    {"role": "user", "content": self.session.transcript()},
                ],
                max_tokens=60,
            )
            self._stream(resp.choices[0].message.content.strip() + "\n")
            return True
        if name == "ask":
            resp = await multi_model_service.generate_response(
                prompt=" ".join(args) or parsed.body,
                task_type="chat",
                complexity=TaskComplexity.SIMPLE,
                system=self.session.system_prompt,
            )
            self._display(ResponseCard.create(resp.text, resp.provider, resp.model).to_bundle())
            return True
        if name == "usage":
            tin, tout, usd = llm_tracker.session_total()
            self._stream(f"tracked usage: {tin} in / {tout} out tokens, {format_cost(usd)}\n")
            return True
        if name == "help":
            self._stream(magic_help() + "\n")
            return True
        return False

    async def _run_cell_magic(self, parsed: ParsedCell, silent: bool) -> None:
        magic = parsed.cell_magic
        if magic.name == "explain":
            if self.settings.track_usage:
                async with llm_tracker.track_llm_call(
                    provider="anthropic", model=EXPLAIN_MODEL, feature_context="cell_explain"
                ) as usage_log:
                    msg = await self.async_anthropic.messages.create(
                        model=EXPLAIN_MODEL,
                        max_tokens=1500,
                        system=EXPLAIN_SYSTEM,
                        messages=[{"role": "user", "content": parsed.body}],
                    )
                    usage_log.input_tokens = msg.usage.input_tokens
                    usage_log.output_tokens = msg.usage.output_tokens
                text = msg.content[0].text
            else:
                text = explain_code(self.anthropic, parsed.body)
            self.session.add(self.execution_count, "%%explain", response=text, code=parsed.body)
            self._display({"text/markdown": text})
        elif magic.name == "review":
            text = await review_code(self.async_anthropic, parsed.body, filename=magic.arg_string or "cell")
            self._display({"text/markdown": text})
        elif magic.name == "compare":
            providers = magic.args or ["openai", "anthropic", "google"]
            results = compare(self.registry, providers, self.session.with_prompt(parsed.body), self.session.system_prompt)
            self._display({"text/markdown": render(results)})

    # ------------------------------------------------------- complete/inspect
    def do_complete(self, code, cursor_pos):
        matches, start, end = complete(code, cursor_pos)
        line = code[: cursor_pos].rsplit("\n", 1)[-1]
        if line.startswith("%model "):
            word = line.split(" ", 1)[1]
            matches = [m for m in list_models(self.settings.provider) if m.startswith(word)]
        return {"matches": matches, "cursor_start": start, "cursor_end": end, "metadata": {}, "status": "ok"}

    def do_inspect(self, code, cursor_pos, detail_level=0, omit_sections=()):
        try:
            data = inspect(self, code, cursor_pos, detail_level)
        except Exception as exc:
            data = error_bundle(exc)
        return {"status": "ok", "found": bool(data), "data": data or {}, "metadata": {}}

    def suggest_title(self) -> str:
        """Used by the JupyterLab extension to name untitled notebooks (local model, free)."""
        client = get_ollama_openai_compat()
        resp = client.chat.completions.create(
            model=self.settings.model_for("ollama"),
            messages=[{"role": "user", "content": "Give a 3-5 word title for:\n" + self.session.transcript()[:4000]}],
        )
        return resp.choices[0].message.content.strip().strip('"')

    def do_is_complete(self, code):
        # a trailing backslash continues the prompt on the next line, like a shell
        if code.rstrip().endswith("\\"):
            return {"status": "incomplete", "indent": ""}
        if code.lstrip().startswith("%%") and "\n" not in code.strip():
            return {"status": "incomplete", "indent": ""}
        return {"status": "complete"}

    def do_history(self, hist_access_type, output, raw, session=None, start=None, stop=None, n=None, pattern=None, unique=False):
        turns = self.session.turns
        if hist_access_type == "tail" and n:
            turns = turns[-n:]
        history = [(0, t.execution_count, (t.prompt, t.response) if output else t.prompt) for t in turns]
        return {"status": "ok", "history": history}

    def do_shutdown(self, restart):
        self.history.close()
        return {"status": "ok", "restart": restart}
