"""Base class for the edit-format coders.

A coder owns one chat session: the files in the chat, the conversation so far,
the repo map and the git repo. Subclasses define the edit format, i.e. how the
model is asked to express edits and how its replies are parsed back into them.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Type

from quill.exceptions import EditFormatError, QuillError
from quill.history import ChatSummary
from quill.llm import litellm
from quill.utils import format_tokens

log = logging.getLogger(__name__)

CACHE_WARMING_INTERVAL = 5 * 60 - 20  # anthropic's cache TTL is 5 minutes


class Coder:
    edit_format: Optional[str] = None
    gpt_prompts = None

    _registry: Dict[str, Type["Coder"]] = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.edit_format:
            Coder._registry[cls.edit_format] = cls

    @classmethod
    def create(cls, main_model, edit_format: Optional[str] = None, from_coder: "Coder" = None, **kwargs):
        """Build the coder for ``edit_format`` (default: the model's preferred one)."""
        edit_format = edit_format or main_model.edit_format
        if from_coder is not None:
            kwargs.setdefault("io", from_coder.io)
            kwargs.setdefault("repo", from_coder.repo)
            kwargs.setdefault("fnames", list(from_coder.abs_fnames))
            kwargs.setdefault("done_messages", from_coder.done_messages + from_coder.cur_messages)
        try:
            klass = cls._registry[edit_format]
        except KeyError:
            raise QuillError(f"Unknown edit format {edit_format}") from None
        return klass(main_model, **kwargs)

    def __init__(
        self,
        main_model,
        io,
        repo=None,
        fnames: Iterable[str] = (),
        repo_map=None,
        done_messages: Optional[List[dict]] = None,
        stream: bool = True,
        auto_commits: bool = True,
        num_cache_warming_pings: int = 0,
        verbose: bool = False,
    ):
        self.main_model = main_model
        self.io = io
        self.repo = repo
        self.repo_map = repo_map
        self.stream = stream and main_model.settings.streaming
        self.auto_commits = auto_commits
        self.verbose = verbose
        self.root = Path(repo.root) if repo else Path.cwd()
        self.abs_fnames = {str((self.root / f).resolve()) for f in fnames}
        self.done_messages: List[dict] = list(done_messages or [])
        self.cur_messages: List[dict] = []
        self.partial_response_content = ""
        self.num_cache_warming_pings = num_cache_warming_pings
        self.cache_warming_thread: Optional[threading.Thread] = None
        self.summarizer = ChatSummary(
            [main_model.weak_model, main_model],
            max_tokens=int(main_model.max_chat_history_tokens),
        )
        self.summarizer_thread: Optional[threading.Thread] = None
        self.summarized_done_messages: List[dict] = []
        self.total_cost = 0.0

    # ---------------------------------------------------------------- prompts

    def get_rel_fname(self, fname: str) -> str:
        try:
            return str(Path(fname).relative_to(self.root))
        except ValueError:
            return fname

    def get_files_content(self) -> str:
        parts = []
        for fname in sorted(self.abs_fnames):
            try:
                text = Path(fname).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                self.io.tool_warning(f"Could not read {fname}: {err}")
                continue
            parts.append(f"{self.get_rel_fname(fname)}\n```\n{text}\n```\n")
        return "\n".join(parts)

    def get_repo_map_text(self) -> Optional[str]:
        if not self.repo_map or not self.main_model.settings.use_repo_map:
            return None
        other = set(self.repo.get_tracked_files()) - self.abs_fnames if self.repo else set()
        return self.repo_map.get_repo_map(self.abs_fnames, other)

    def format_messages(self) -> List[dict]:
        system = self.gpt_prompts.main_system.format(fence="```", lazy_prompt="")
        messages = [{"role": "system", "content": system}]
        repo_map = self.get_repo_map_text()
        if repo_map:
            messages += [
                {"role": "user", "content": self.gpt_prompts.repo_content_prefix + repo_map},
                {"role": "assistant", "content": "Ok, I won't try and edit those files without asking first."},
            ]
        messages += self.done_messages
        files = self.get_files_content()
        if files:
            messages += [
                {"role": "user", "content": self.gpt_prompts.files_content_prefix + files},
                {"role": "assistant", "content": "Ok, any changes I propose will be to those files."},
            ]
        messages += self.cur_messages
        return messages

    # ------------------------------------------------------------- sending

    def send(self, messages: List[dict]) -> Iterable[str]:
        self.partial_response_content = ""
        _hash, completion = self.main_model.send_completion(
            messages, stream=self.stream, temperature=0
        )
        if isinstance(completion, str):
            self.partial_response_content = completion
            yield completion
            return
        if hasattr(completion, "choices") and not self.stream:
            text = completion.choices[0].message.content or ""
            self.partial_response_content = text
            yield text
            return
        for chunk in completion:
            text = chunk if isinstance(chunk, str) else (chunk.choices[0].delta.content or "")
            self.partial_response_content += text
            yield text

    def warm_cache(self, chunks: List[dict]) -> None:
        """Keep Anthropic's prompt cache alive while the user is thinking."""
        if not self.main_model.settings.cache_control:
            return
        if not self.num_cache_warming_pings:
            return

        self.next_cache_warm = time.time() + CACHE_WARMING_INTERVAL
        self.warming_pings_left = self.num_cache_warming_pings
        self.cache_warming_chunks = chunks

        if self.cache_warming_thread:
            return

        def warm_cache_worker():
            while True:
                time.sleep(1)
                if self.warming_pings_left <= 0:
                    continue
                now = time.time()
                if now < self.next_cache_warm:
                    continue

                self.warming_pings_left -= 1
                self.next_cache_warm = time.time() + CACHE_WARMING_INTERVAL

                try:
                    completion = litellm.completion(
                        model=self.main_model.litellm_name,
                        messages=self.cache_warming_chunks,
                        max_tokens=1,
                        stream=False,
                    )
                except Exception as err:
                    self.io.tool_warning(f"Cache warming error: {err}")
                    continue

                cache_hit_tokens = getattr(
                    completion.usage, "prompt_tokens_details", None
                ) or getattr(completion.usage, "cache_read_input_tokens", 0)
                if self.verbose:
                    self.io.tool_output(f"Warmed {format_tokens(cache_hit_tokens or 0)} cached tokens.")

        self.cache_warming_thread = threading.Thread(target=warm_cache_worker, daemon=True)
        self.cache_warming_thread.start()

    # --------------------------------------------------------------- turn

    def run_one(self, user_message: str) -> Optional[str]:
        self.cur_messages.append({"role": "user", "content": user_message})
        messages = self.format_messages()
        self.warm_cache(messages)

        for text in self.send(messages):
            self.io.stream_output(text)
        content = self.partial_response_content
        self.cur_messages.append({"role": "assistant", "content": content})

        try:
            edited = self.apply_updates()
        except EditFormatError as err:
            self.io.tool_error(str(err))
            self.cur_messages.append({"role": "user", "content": str(err)})
            return str(err)

        if edited and self.repo and self.auto_commits:
            self.repo.commit(fnames=edited, context=self.cur_messages, coder_edits=True)

        self.move_back_cur_messages()
        return None

    def move_back_cur_messages(self) -> None:
        self.done_messages += self.cur_messages
        self.cur_messages = []
        self.summarize_start()

    def summarize_start(self) -> None:
        if not self.summarizer.too_big(self.done_messages):
            return
        if self.summarizer_thread and self.summarizer_thread.is_alive():
            return
        self.summarizer_thread = threading.Thread(target=self._summarize_worker, daemon=True)
        self.summarizer_thread.start()

    def _summarize_worker(self) -> None:
        try:
            self.summarized_done_messages = self.summarizer.summarize(self.done_messages)
        except ValueError as err:
            self.io.tool_warning(err.args[0])
            return
        self.done_messages = self.summarized_done_messages

    # ------------------------------------------------------- edit format

    def get_edits(self):
        raise NotImplementedError

    def apply_edits(self, edits) -> None:
        raise NotImplementedError

    def apply_updates(self) -> List[str]:
        edits = self.get_edits()
        if not edits:
            return []
        self.apply_edits(edits)
        return sorted({path for path, *_ in edits})
