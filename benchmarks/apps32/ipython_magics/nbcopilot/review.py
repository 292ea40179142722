"""%%review: code review of a cell before you commit it to a pipeline.

Streams Claude's review into the output; ``--second-opinion`` also asks
Gemini and shows both side by side.
"""
from __future__ import annotations

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import HTML, display

from . import display as ui
from .clients import get_anthropic_client, get_gemini_model
from .settings import DEFAULT_MODELS

REVIEW_SYSTEM = (
    "You review Python/pandas code written in notebooks by data scientists. "
    "Point out bugs, silent data-loss (bad joins, dropna, dtype coercions), and performance traps. "
    "Use a short bulleted list. Do not rewrite the whole cell."
)


class Reviewer:
    """Kept separate from the magics so the CI bot can reuse it."""

    def __init__(self, client=None, model: str = DEFAULT_MODELS["anthropic"]):
        self.client = client or get_anthropic_client()
        self.model = model

    def review_stream(self, source: str):
        with self.client.messages.stream(
            model=self.model,
            max_tokens=1200,
            system=REVIEW_SYSTEM,
            messages=[{"role": "user", "content": f"```python\n{source}\n```"}],
        ) as stream:
            yield from stream.text_stream
            final = stream.get_final_message()
        self.last_usage = final.usage

    def review(self, source: str) -> str:
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=1200,
            system=REVIEW_SYSTEM,
            messages=[{"role": "user", "content": f"```python\n{source}\n```"}],
        )
        self.last_usage = msg.usage
        return msg.content[0].text


def gemini_review(source: str) -> str:
    model = get_gemini_model(DEFAULT_MODELS["google"], system_instruction=REVIEW_SYSTEM)
    return model.generate_content(f"```python\n{source}\n```").text


@magics_class
class ReviewMagics(Magics):
    def __init__(self, shell=None, **kwargs):
        super().__init__(shell=shell, **kwargs)
        self.reviewer = Reviewer()

    @magic_arguments()
    @argument("--second-opinion", action="store_true")
    @argument("--no-stream", action="store_true")
    @cell_magic
    def review(self, line, cell):
        args = parse_argstring(self.review, line)
        if args.second_opinion:
            a = self.reviewer.review(cell)
            b = gemini_review(cell)
            display(HTML(
                "<table><tr><th>Claude</th><th>Gemini</th></tr>"
                f"<tr><td><pre>{a}</pre></td><td><pre>{b}</pre></td></tr></table>"
            ))
            return
        if args.no_stream:
            ui.show_markdown(self.reviewer.review(cell))
        else:
            ui.stream_markdown(self.reviewer.review_stream(cell), display_id="nbcopilot-review")
        u = getattr(self.reviewer, "last_usage", None)
        if u is not None:
            print(f"[{u.input_tokens}+{u.output_tokens} tokens]")
