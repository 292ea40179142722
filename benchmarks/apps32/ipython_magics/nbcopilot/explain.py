"""%explain / %fix: explain the last exception raised in the notebook.

Written by Tomasz before the provider registry existed, so it talks to the
Anthropic client from the user namespace directly.  Works fine, nobody has
had time to port it.
"""
from __future__ import annotations

from IPython.core.magic import Magics, line_magic, magics_class

from . import display as ui
from .context import last_traceback

EXPLAIN_PROMPT = """A cell in my Jupyter notebook failed. Explain the error in two or three
sentences, then show a corrected version of the code.

Cell source:
{source}

Traceback:
{tb}
"""


@magics_class
class ExplainMagics(Magics):
    model = "claude-3-5-haiku-20241022"

    def _last_cell(self) -> str:
        hist = self.shell.user_ns.get("In", [])
        # In[-1] is the %explain call itself
        return hist[-2] if len(hist) >= 2 else ""

    def _client(self):
        return self.shell.user_ns["claude_client"]

    @line_magic
    def explain(self, line):
        tb = last_traceback()
        if tb is None:
            print("No exception to explain.")
            return
        source = self._last_cell()
        msg = self._client().messages.create(
            model=line.strip() or self.model,
            max_tokens=1024,
            messages=[{"role": "user", "content": EXPLAIN_PROMPT.format(source=source, tb=tb)}],
        )
        answer = msg.content[0].text
        ui.show_markdown(answer)
        code = ui.extract_code(answer)
        if code:
            self.shell.user_ns["_fixed_code"] = code

    @line_magic
    def fix(self, line):
        """Like %explain but drops the fixed code into the next cell."""
        self.explain(line)
        code = self.shell.user_ns.pop("_fixed_code", None)
        if code:
            self.shell.set_next_input(code)
