"""Slash commands for the classic CLI (the TUI binds the same handlers to keys)."""

import asyncio
import os
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional

from prompt_toolkit.completion import Completer, Completion

from .help_bot import HelpBot
from .logging_setup import get_logger
from .models import MODEL_ALIASES, MODEL_SETTINGS, fuzzy_match_models
from .providers.clients import get_anthropic_client
from .providers.gemini import count_gemini_tokens
from .providers.ollama_local import installed_models
from .scrape import Scraper
from .services.multi_model_service import TaskComplexity, multi_model_service
from .utils import format_tokens

log = get_logger(__name__)


class SwitchCoder(Exception):
    def __init__(self, **kwargs):
        self.kwargs = kwargs


class Commands:
    def __init__(self, io, coder, voice_backend: str = "openai", voice_language=None):
        self.io = io
        self.coder = coder
        self.voice_backend = voice_backend
        self.voice_language = voice_language
        self._voice = None
        self._help = None
        self.scraper = Scraper()

    def get_commands(self) -> Dict[str, Callable[[str], None]]:
        return {
            "/" + name[4:].replace("_", "-"): getattr(self, name)
            for name in dir(self)
            if name.startswith("cmd_")
        }

    def run(self, line: str) -> Optional[bool]:
        parts = line.strip().split(maxsplit=1)
        name, args = parts[0], (parts[1] if len(parts) > 1 else "")
        commands = self.get_commands()
        matches = [c for c in commands if c.startswith(name)]
        if len(matches) != 1:
            self.io.tool_error(f"Unknown or ambiguous command: {name}")
            return None
        return commands[matches[0]](args)

    # ---- files ----------------------------------------------------------------

    def cmd_add(self, args: str):
        "Add files to the chat"
        for word in args.split():
            for path in sorted(self.coder.root.glob(word)) or [self.coder.root / word]:
                if path.is_file():
                    self.coder.abs_fnames.add(str(path.resolve()))
                    self.io.tool_output(f"Added {path.relative_to(self.coder.root)} to the chat")
                else:
                    self.io.tool_error(f"No such file: {word}")

    def cmd_drop(self, args: str):
        "Remove files from the chat"
        if not args.strip():
            self.coder.abs_fnames = set()
            self.io.tool_output("Dropped all files from the chat")
            return
        for word in args.split():
            full = str((self.coder.root / word).resolve())
            self.coder.abs_fnames.discard(full)

    def cmd_clear(self, args: str):
        "Clear the chat history"
        self.coder.done_messages = []
        self.coder.cur_messages = []

    # ---- models ------------------------------------------------------------------

    def cmd_model(self, args: str):
        "Switch the main model"
        name = args.strip()
        if not name:
            self.io.tool_output(f"Main model: {self.coder.main_model.name}")
            return
        from .models import Model

        raise SwitchCoder(main_model=Model(name))

    def cmd_models(self, args: str):
        "Search the list of known models"
        query = args.strip()
        names = [ms.name for ms in MODEL_SETTINGS]
        if query:
            names = fuzzy_match_models(query)
        for name in names:
            self.io.tool_output(f"- {name}")
        aliases = [f"{a} -> {t}" for a, t in sorted(MODEL_ALIASES.items())]
        self.io.tool_output("Aliases: " + ", ".join(aliases))
        local = installed_models()
        if local:
            self.io.tool_output("Local (ollama): " + ", ".join(local))

    def cmd_tokens(self, args: str):
        "Report on the number of tokens used by the current chat context"
        model = self.coder.main_model
        messages = self.coder.format_messages()
        count = None
        if model.vendor == "anthropic":
            from .utils import split_system

            system, rest = split_system(messages)
            result = get_anthropic_client().messages.count_tokens(
                model=model.name, system=system, messages=rest or [{"role": "user", "content": "."}]
            )
            count = result.input_tokens
        elif model.vendor == "gemini":
            count = count_gemini_tokens(model.name, messages)
        if count is None:
            count = model.token_count(messages)
        limit = model.settings.max_input_tokens
        self.io.tool_output(f"{format_tokens(count)} tokens of {format_tokens(limit)} context window")

    # ---- modes ------------------------------------------------------------------------

    def cmd_ask(self, args: str):
        "Ask questions about the code base without editing any files"
        raise SwitchCoder(edit_format="ask", with_message=args)

    def cmd_architect(self, args: str):
        "Enter architect mode to discuss high-level design with an editor model"
        raise SwitchCoder(edit_format="architect", with_message=args)

    def cmd_context(self, args: str):
        "Find the files relevant to a request"
        raise SwitchCoder(edit_format="context", with_message=args)

    def cmd_explain(self, args: str):
        "Explain a file or symbol in plain language"
        target = args.strip()
        path = self.coder.root / target
        if path.is_file():
            body = path.read_text(errors="replace")[:30000]
            prompt = f"Explain what this file does and how it fits in the project.\n\n{target}\n```\n{body}\n```"
        else:
            prompt = f"Explain `{target}` in the context of this repository:\n{self.coder.get_repo_map_text() or ''}"
        text = asyncio.run(
            multi_model_service.generate_response(
                prompt=prompt, task_type="explain", complexity=TaskComplexity.SIMPLE
            )
        )
        self.io.assistant_output(text)

    # ---- git -----------------------------------------------------------------------------

    def cmd_commit(self, args: str):
        "Commit edits to the repo made outside the chat"
        if not self.coder.repo:
            self.io.tool_error("No git repository found.")
            return
        self.coder.repo.commit(message=args.strip() or None)

    def cmd_undo(self, args: str):
        "Undo the last git commit if it was done by termcoder"
        if self.coder.repo and self.coder.repo.undo_last():
            self.io.tool_output("Undid the last commit.")

    def cmd_diff(self, args: str):
        "Display the diff of changes since the last message"
        if self.coder.repo:
            self.io.tool_output(self.coder.repo.get_diffs() or "No changes.")

    # ---- extras -----------------------------------------------------------------------------

    def cmd_web(self, args: str):
        "Scrape a webpage, convert to markdown and send in a message"
        url = args.strip()
        if not url:
            self.io.tool_error("Please provide a URL to scrape.")
            return
        content = self.scraper.scrape(url)
        if not content:
            self.io.tool_error(f"Could not scrape {url}")
            return
        self.coder.cur_messages += [
            {"role": "user", "content": f"Here is the content of {url}:\n\n{content}"},
            {"role": "assistant", "content": "Ok."},
        ]
        self.io.tool_output(f"Added {len(content)} characters from {url}")

    def cmd_voice(self, args: str):
        "Record and transcribe voice input"
        from .voice import SoundDeviceError, Voice

        if self._voice is None:
            try:
                self._voice = Voice(backend=self.voice_backend)
            except SoundDeviceError as err:
                self.io.tool_error(str(err))
                return
        history = "\n".join(m["content"] for m in self.coder.done_messages[-4:] if isinstance(m["content"], str))
        text = self._voice.record_and_transcribe(history=history[-800:], language=self.voice_language)
        if text:
            self.io.placeholder = text

    def cmd_help(self, args: str):
        "Ask questions about termcoder"
        if not args.strip():
            for name, fn in sorted(self.get_commands().items()):
                self.io.tool_output(f"{name:<14} {fn.__doc__ or ''}")
            return
        if self._help is None:
            self._help = HelpBot()
        self.io.assistant_output(self._help.ask(args))

    def cmd_save(self, args: str):
        "Save the chat session"
        from .session_store import init_db, save_session

        init_db()
        save_session(args.strip() or "default", self.coder)


class CommandCompleter(Completer):
    def __init__(self, commands: Commands, root: Path):
        self.commands = commands
        self.root = root
        self._files: Optional[List[str]] = None

    def _repo_files(self) -> List[str]:
        if self._files is None:
            coder = self.commands.coder
            self._files = coder.repo.get_tracked_files() if coder.repo else []
        return self._files

    def get_completions(self, document, complete_event) -> Iterable[Completion]:
        text = document.text_before_cursor
        if not text.startswith("/"):
            return
        words = text.split()
        if len(words) == 1 and not text.endswith(" "):
            for cmd in self.commands.get_commands():
                if cmd.startswith(words[0]):
                    yield Completion(cmd, start_position=-len(words[0]))
            return
        if words[0] in ("/add", "/drop"):
            partial = words[-1] if not text.endswith(" ") else ""
            for fname in self._repo_files():
                if fname.startswith(partial) or os.path.basename(fname).startswith(partial):
                    completion = Completion(fname, start_position=-len(partial), display_meta="file")
                    yield completion
