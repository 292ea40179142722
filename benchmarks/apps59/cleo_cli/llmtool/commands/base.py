from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleo.commands.command import Command

if TYPE_CHECKING:
    from llmtool.app import DocsApplication


class DocsCommand(Command):
    """Base for docsbot commands.

    Set ``needs_llm = "<provider>"`` on a subclass and the application's COMMAND
    listener puts the matching client on ``self.llm`` before ``handle`` runs.
    """

    needs_llm: str | None = None
    llm: Any = None

    @property
    def app(self) -> DocsApplication:
        return self.application  # type: ignore[return-value]

    @property
    def settings(self):
        return self.app.settings

    def read_page(self, path_arg: str = "path") -> tuple[Path, str]:
        path = Path(self.argument(path_arg))
        if not path.exists():
            raise FileNotFoundError(path)
        return path, path.read_text(encoding="utf-8")

    def write_or_print(self, text: str, output: str | None) -> None:
        if output:
            Path(output).write_text(text, encoding="utf-8")
            self.line(f"<info>Wrote</info> {output}")
        else:
            self.line(text)
