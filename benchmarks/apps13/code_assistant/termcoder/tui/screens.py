from typing import Optional

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Markdown, OptionList

from ..logging_setup import get_logger
from ..models import MODEL_ALIASES, MODEL_SETTINGS
from ..providers.clients import get_async_openai_client
from ..providers.ollama_local import installed_models

log = get_logger(__name__)

EXPLAIN_MODEL = "gpt-4.1-mini"


class ModelPickerScreen(ModalScreen[Optional[str]]):
    DEFAULT_CSS = """
    ModelPickerScreen { align: center middle; }
    #picker { width: 60; height: 24; border: round $accent; }
    """

    def compose(self) -> ComposeResult:
        names = [ms.name for ms in MODEL_SETTINGS]
        names += [f"ollama/{m}" for m in installed_models()]
        with Vertical(id="picker"):
            yield Label("Pick a model (aliases: " + ", ".join(sorted(MODEL_ALIASES)) + ")")
            yield Input(placeholder="filter…", id="filter")
            yield OptionList(*names, id="models")

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        needle = event.value.lower()
        names = [ms.name for ms in MODEL_SETTINGS if needle in ms.name.lower()]
        options.add_options(names)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(str(event.option.prompt))

    def key_escape(self) -> None:
        self.dismiss(None)


class ExplainSelectionScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    ExplainSelectionScreen { align: center middle; }
    #explain { width: 90; height: 30; border: round $accent; padding: 1; }
    """

    def __init__(self, selection: str):
        super().__init__()
        self.selection = selection

    def compose(self) -> ComposeResult:
        with Vertical(id="explain"):
            yield Markdown("_Thinking…_", id="answer")
            yield Button("Close", id="close")

    async def on_mount(self) -> None:
        self.run_worker(self._explain(), exclusive=True)

    async def _explain(self) -> None:
        client = get_async_openai_client()
        try:
            response = await client.responses.create(
                model=EXPLAIN_MODEL,
                instructions="Explain the selected code or text to an experienced developer. Be brief.",
                input=self.selection[:20000],
                max_output_tokens=800,
            )
            text = response.output_text
        except Exception as err:
            log.warning("explain failed: %s", err)
            text = f"**Error:** {err}"
        await self.query_one("#answer", Markdown).update(text)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)
