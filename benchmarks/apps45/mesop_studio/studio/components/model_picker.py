from typing import Callable

import mesop as me

from studio.backends import all_backends


def backend_options(provider: str | None = None) -> list[me.SelectOption]:
    return [
        me.SelectOption(label=f"{b.label} ({b.provider})", value=b.key)
        for b in all_backends(provider)
    ]


@me.component
def model_picker(
    value: str,
    on_change: Callable[[me.SelectSelectionChangeEvent], None],
    label: str = "Model",
    key: str = "model",
):
    me.select(
        label=label,
        key=key,
        options=backend_options(),
        value=value,
        on_selection_change=on_change,
        style=me.Style(width=320),
    )
