"""Terminal input/output for the non-TUI chat loop."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from prompt_toolkit import PromptSession
from prompt_toolkit.history import FileHistory
from rich.console import Console
from rich.markdown import Markdown
from rich.text import Text


class InputOutput:
    def __init__(self, pretty: bool = True, yes: bool = False, history_file: Optional[str] = None,
                 dark_mode: bool = True):
        self.pretty = pretty
        self.yes = yes
        self.console = Console(force_terminal=pretty or None, no_color=not pretty)
        self.user_color = "#00cc00" if dark_mode else "#007700"
        self.tool_error_color = "#FF2222"
        self.tool_warning_color = "#FFA500"
        self.placeholder: Optional[str] = None
        history_file = history_file or str(Path.home() / ".quill" / "input.history")
        Path(history_file).parent.mkdir(parents=True, exist_ok=True)
        self.session = PromptSession(history=FileHistory(history_file))
        self._streamed = False

    def get_input(self, completer=None) -> str:
        default = self.placeholder or ""
        self.placeholder = None
        return self.session.prompt("> ", default=default, completer=completer)

    def confirm_ask(self, question: str, default: str = "y") -> bool:
        if self.yes:
            return True
        answer = self.session.prompt(f"{question} (Y)es/(N)o [{default}]: ") or default
        return answer.strip().lower().startswith("y")

    def stream_output(self, text: str) -> None:
        self._streamed = True
        self.console.print(text, end="", markup=False, highlight=False)

    def end_stream(self) -> None:
        if self._streamed:
            self.console.print()
        self._streamed = False

    def assistant_output(self, content: str) -> None:
        if self.pretty:
            self.console.print(Markdown(content))
        else:
            print(content)

    def tool_output(self, *messages: str, bold: bool = False) -> None:
        style = "bold" if bold else None
        self.console.print(Text(" ".join(messages)), style=style)

    def tool_warning(self, message: str) -> None:
        self.console.print(Text(message), style=self.tool_warning_color)

    def tool_error(self, message: str) -> None:
        self.console.print(Text(message), style=self.tool_error_color)
