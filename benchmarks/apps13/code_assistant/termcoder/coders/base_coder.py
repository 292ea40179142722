"""Base class for all coders.

A coder owns the chat: it builds the prompt (system prompt, repo map, file contents,
history), sends it, parses the edits out of the reply in its edit format and applies them.
Subclasses implement get_edits() / apply_edits() for their format.
"""

import threading
import time
from pathlib import Path
from typing import Dict, List, Optional

from ..exceptions import ContextWindowExceeded, EditFormatError, FinishReasonLength
from ..history import ChatSummary
from ..logging_setup import get_logger
from ..providers import sendchat
from ..providers.openai_responses import ResponsesSession
from ..providers import Reply
from .. import prompts

log = get_logger(__name__)

CACHE_WARMING_INTERVAL = 5 * 60 - 5  # Anthropic's prompt cache TTL is 5 minutes


class Coder:
    edit_format: Optional[str] = None
    gpt_prompts_system = prompts.MAIN_SYSTEM
    format_rules = ""

    @classmethod
    def create(cls, main_model, edit_format=None, io=None, from_coder=None, **kwargs):
        from . import ARCHITECT, CODERS

        edit_format = edit_format or main_model.edit_format
        if from_coder is not None:
            kwargs.setdefault("fnames", list(from_coder.abs_fnames))
            kwargs.setdefault("done_messages", from_coder.done_messages + from_coder.cur_messages)
            kwargs.setdefault("repo", from_coder.repo)
            io = io or from_coder.io
        if edit_format == "architect":
            return ARCHITECT(main_model, io, **kwargs)
        for coder_cls in CODERS:
            if coder_cls.edit_format == edit_format:
                return coder_cls(main_model, io, **kwargs)
        raise EditFormatError(f"Unknown edit format {edit_format}")

    def __init__(
        self,
        main_model,
        io,
        repo=None,
        repo_map=None,
        fnames=None,
        read_only_fnames=None,
        done_messages=None,
        stream: bool = True,
        auto_commits: bool = True,
        cache_prompts: bool = False,
        num_cache_warming_pings: int = 0,
        language: str = "the same language they are using",
        linter=None,
    ):
        self.main_model = main_model
        self.io = io
        self.repo = repo
        self.repo_map = repo_map
        self.root = Path(repo.root) if repo else Path.cwd()
        self.abs_fnames = set(str(self.root / f) for f in (fnames or []))
        self.abs_read_only_fnames = set(str(self.root / f) for f in (read_only_fnames or []))
        self.done_messages: List[dict] = list(done_messages or [])
        self.cur_messages: List[dict] = []
        self.stream = stream and main_model.settings.streaming
        self.auto_commits = auto_commits
        self.add_cache_headers = cache_prompts and main_model.settings.cache_control
        self.num_cache_warming_pings = num_cache_warming_pings
        self.language = language
        self.linter = linter
        self.partial_response_content = ""
        self.total_cost = 0.0
        self.total_tokens_sent = 0
        self.total_tokens_received = 0
        self.summarizer = ChatSummary([main_model.weak_model, main_model])
        self._summarizer_thread: Optional[threading.Thread] = None
        self._summarized_done_messages: Optional[List[dict]] = None
        self._responses = None
        self._cache_warming_thread: Optional[threading.Timer] = None
        self._last_cacheable: Optional[List[dict]] = None

    # ---- prompt assembly -------------------------------------------------------

    def fmt_system_prompt(self) -> str:
        lazy = prompts.LAZY_PROMPT if self.main_model.settings.lazy else ""
        system = self.gpt_prompts_system.format(lazy_prompt=lazy, language=self.language)
        if self.format_rules:
            system += "\n" + self.format_rules
        return system

    def get_files_content(self) -> str:
        chunks = []
        for fname in sorted(self.abs_fnames):
            content = self.io.read_text(fname)
            if content is None:
                continue
            rel = Path(fname).relative_to(self.root)
            chunks.append(f"{rel}\n```\n{content}\n```")
        return "\n\n".join(chunks)

    def get_repo_map_text(self) -> Optional[str]:
        if not self.repo_map or not self.main_model.settings.use_repo_map:
            return None
        other = [f for f in self.repo.get_tracked_files() if str(self.root / f) not in self.abs_fnames]
        return self.repo_map.get_repo_map(self.abs_fnames, other)

    def format_messages(self) -> List[dict]:
        messages = [{"role": "system", "content": self.fmt_system_prompt()}]
        repo_text = self.get_repo_map_text()
        if repo_text:
            messages += [
                {"role": "user", "content": "Here is a map of the repository:\n" + repo_text},
                {"role": "assistant", "content": "Ok, I will use this map to find files I need."},
            ]
        files = self.get_files_content()
        if files:
            messages += [
                {"role": "user", "content": "I have added these files to the chat:\n\n" + files},
                {"role": "assistant", "content": "Ok, any changes I propose will be to those files."},
            ]
        self._last_cacheable = [dict(m) for m in messages]
        messages += self.done_messages + self.cur_messages
        return messages

    # ---- sending ---------------------------------------------------------------

    def _uses_responses_api(self) -> bool:
        return self.main_model.vendor == "openai" and bool(self.main_model.settings.reasoning_effort)

    def send(self, messages: List[dict]) -> Reply:
        if self._uses_responses_api():
            if self._responses is None:
                self._responses = ResponsesSession(self.main_model)
            if self.stream:
                return self._responses.stream(messages, on_chunk=self.io.stream_chunk)
            return self._responses.send(messages)

        on_chunk = self.io.stream_chunk if self.stream else None
        return sendchat.send_completion(self.main_model, messages, stream=self.stream, on_chunk=on_chunk)

    def run_one(self, user_message: str) -> Optional[str]:
        self.cur_messages.append({"role": "user", "content": user_message})
        messages = self.format_messages()
        if not self.main_model.fits(messages):
            self.io.tool_warning("Your chat is close to the model's context window; try /drop or /clear.")

        started = time.time()
        try:
            reply = self.send(messages)
        except ContextWindowExceeded:
            self.io.tool_error("The chat exceeded the model's context window.")
            self.cur_messages.pop()
            return None
        except FinishReasonLength as err:
            self.io.tool_error("Model hit its output limit; partial reply kept.")
            reply = Reply(text=str(err))

        self.partial_response_content = reply.text
        self.total_tokens_sent += reply.input_tokens
        self.total_tokens_received += reply.output_tokens
        self.total_cost += reply.cost
        log.info(
            "%s replied in %.1fs (%d in / %d out)",
            self.main_model.name,
            time.time() - started,
            reply.input_tokens,
            reply.output_tokens,
        )
        if not self.stream:
            self.io.assistant_output(reply.text)

        self.cur_messages.append({"role": "assistant", "content": reply.text})
        edited = self.apply_updates()
        self.move_back_cur_messages()
        self.warm_cache()
        return edited

    def move_back_cur_messages(self):
        self.done_messages += self.cur_messages
        self.cur_messages = []
        self.summarize_start()

    # ---- history summarisation in the background ---------------------------------

    def summarize_start(self):
        if not self.summarizer.too_big(self.done_messages):
            return
        if self._summarizer_thread and self._summarizer_thread.is_alive():
            return
        snapshot = list(self.done_messages)

        def worker():
            try:
                self._summarized_done_messages = self.summarizer.summarize(snapshot)
            except ValueError as err:
                log.warning("summarisation failed: %s", err)

        self._summarizer_thread = threading.Thread(target=worker, daemon=True)
        self._summarizer_thread.start()

    def summarize_end(self):
        if self._summarizer_thread is None:
            return
        self._summarizer_thread.join()
        self._summarizer_thread = None
        if self._summarized_done_messages is not None:
            self.done_messages = self._summarized_done_messages
            self._summarized_done_messages = None

    # ---- prompt cache warming (Anthropic only) --------------------------------------

    def warm_cache(self):
        if not self.add_cache_headers or not self.num_cache_warming_pings:
            return
        if self.main_model.vendor != "anthropic" or not self._last_cacheable:
            return
        if self._cache_warming_thread:
            self._cache_warming_thread.cancel()

        system = self._last_cacheable[0]["content"]
        cacheable = self._last_cacheable[1:]
        if cacheable:
            cacheable[-1] = dict(
                cacheable[-1],
                content=[
                    {
                        "type": "text",
                        "text": cacheable[-1]["content"],
                        "cache_control": {"type": "ephemeral"},
                    }
                ],
            )
        pings_left = [self.num_cache_warming_pings]

        def warm_cache_worker():
            if pings_left[0] <= 0:
                return
            pings_left[0] -= 1
            try:
                completion = self.main_model.client.messages.create(
                    model=self.main_model.name,
                    max_tokens=1,
                    system=[{"type": "text", "text": system, "cache_control": {"type": "ephemeral"}}],
                    messages=cacheable + [{"role": "user", "content": "ok"}],
                )
                usage = completion.usage
                log.debug(
                    "warmed cache: %s read, %s written",
                    usage.cache_read_input_tokens,
                    usage.cache_creation_input_tokens,
                )
            except Exception as err:
                log.warning("cache warming ping failed: %s", err)
                return
            self._cache_warming_thread = threading.Timer(CACHE_WARMING_INTERVAL, warm_cache_worker)
            self._cache_warming_thread.daemon = True
            self._cache_warming_thread.start()

        self._cache_warming_thread = threading.Timer(CACHE_WARMING_INTERVAL, warm_cache_worker)
        self._cache_warming_thread.daemon = True
        self._cache_warming_thread.start()

    # ---- edits ---------------------------------------------------------------------

    def get_edits(self) -> List:
        raise NotImplementedError

    def apply_edits(self, edits: List) -> None:
        raise NotImplementedError

    def apply_updates(self) -> Optional[str]:
        try:
            edits = self.get_edits()
        except EditFormatError as err:
            self.io.tool_error(str(err))
            return None
        if not edits:
            return None
        self.apply_edits(edits)
        edited = sorted({e[0] for e in edits if e[0]})
        for fname in edited:
            self.io.tool_output(f"Applied edit to {fname}")

        if self.linter:
            for fname in edited:
                errors = self.linter.lint(self.root / fname)
                if errors:
                    self.io.tool_warning(errors)

        if self.auto_commits and self.repo and edited:
            self.repo.commit(fnames=edited, context=self.cur_messages, coder=self)
        return ", ".join(edited)

    def abs_path(self, rel: str) -> str:
        return str((self.root / rel).resolve())

    def allowed_to_edit(self, path: str) -> bool:
        full = self.abs_path(path)
        if full in self.abs_fnames:
            return True
        if full in self.abs_read_only_fnames:
            self.io.tool_error(f"{path} is read-only; skipping edit.")
            return False
        if self.io.confirm_ask(f"Allow edits to {path} which was not previously added to chat?"):
            self.abs_fnames.add(full)
            return True
        return False

    def usage_report(self) -> Dict[str, float]:
        return {
            "sent": self.total_tokens_sent,
            "received": self.total_tokens_received,
            "cost": round(self.total_cost, 4),
        }
