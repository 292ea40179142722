"""Terminal input/output for the classic (non-TUI) interface."""

from pathlib import Path
from typing import Iterable, List, Optional

from prompt_toolkit import PromptSession
from prompt_toolkit.history import FileHistory
from rich.console import Console
from rich.markdown import Markdown

from .logging_setup import get_logger

log = get_logger(__name__)


class InputOutput:
    def __init__(
        self,
        pretty: bool = True,
        yes: Optional[bool] = None,
        input_history_file: Optional[str] = None,
        chat_history_file: Optional[str] = None,
        completer=None,
    ):
        self.pretty = pretty
        self.yes = yes
        self.console = Console(highlight=False)
        self.chat_history_file = Path(chat_history_file) if chat_history_file else None
        history = FileHistory(input_history_file) if input_history_file else None
        self.session = PromptSession(history=history, completer=completer)
        self.placeholder: Optional[str] = None

    def get_input(self, prompt: str = "> ") -> str:
        default = self.placeholder or ""
        self.placeholder = None
        return self.session.prompt(prompt, default=default)

    def tool_output(self, *messages: str, bold: bool = False) -> None:
        text = " ".join(messages)
        self.console.print(text, style="bold" if bold else None)
        self.append_chat_history(text, blockquote=True)

    def tool_warning(self, message: str) -> None:
        self.console.print(message, style="yellow")
        self.append_chat_history(message, blockquote=True)

    def tool_error(self, message: str) -> None:
        self.console.print(message, style="red")
        self.append_chat_history(message, blockquote=True)
        log.error(message)

    def assistant_output(self, text: str) -> None:
        if self.pretty:
            self.console.print(Markdown(text))
        else:
            print(text)

    def stream_chunk(self, text: str) -> None:
        print(text, end="", flush=True)

    def confirm_ask(self, question: str, default: str = "y") -> bool:
        if self.yes is not None:
            return self.yes
        answer = self.session.prompt(f"{question} (Y)es/(N)o [{default}]: ") or default
        return answer.strip().lower().startswith("y")

    def read_text(self, fname) -> Optional[str]:
        try:
            return Path(fname).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            self.tool_error(f"{fname}: unable to read: {err}")
            return None

    def write_text(self, fname, content: str) -> None:
        Path(fname).write_text(content, encoding="utf-8")

    def append_chat_history(self, text: str, blockquote: bool = False) -> None:
        if not self.chat_history_file:
            return
        if blockquote:
            text = "> " + text.replace("\n", "\n> ")
        with self.chat_history_file.open("a", encoding="utf-8") as fh:
            fh.write(text.rstrip() + "\n\n")

    def print_files(self, label: str, fnames: Iterable[str]) -> None:
        names: List[str] = sorted(fnames)
        if names:
            self.tool_output(f"{label}: " + ", ".join(names))
