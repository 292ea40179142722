"""Cover-image generator for summaries."""

import mesop as me

from studio.components import page_frame
from studio.image_gen import ImageGenerator
from studio.state import ImageState

SIZES = ["1024x1024", "1792x1024", "1024x1792"]


def on_prompt(e: me.InputBlurEvent):
    me.state(ImageState).prompt = e.value


def on_size(e: me.SelectSelectionChangeEvent):
    me.state(ImageState).size = e.value


def on_generate(e: me.ClickEvent):
    state = me.state(ImageState)
    state.busy = True
    yield
    state.image_url = ImageGenerator().generate(state.prompt, size=state.size)
    state.busy = False
    yield


@me.page(path="/images", title="Prompt Studio · Images")
def images_page():
    state = me.state(ImageState)
    with page_frame("Cover images"):
        me.textarea(label="Describe the image", on_blur=on_prompt, rows=3, style=me.Style(width="100%"))
        me.select(
            label="Size",
            options=[me.SelectOption(label=s, value=s) for s in SIZES],
            value=state.size,
            on_selection_change=on_size,
        )
        me.button("Generate", on_click=on_generate, type="flat", disabled=state.busy)
        if state.busy:
            me.progress_spinner()
        if state.image_url:
            me.image(src=state.image_url, style=me.Style(max_width="100%", border_radius=8))
