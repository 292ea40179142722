"""Marketing image generation."""
from __future__ import annotations

import gradio as gr

from common.auth import require_user
from common.storage import presigned_url, put_bytes

from .captions import alt_text, social_caption
from .generators import ASPECTS, BACKENDS, edit_brand_asset, generate
from .prompt_enhancer import PromptEnhancer

_enhancer = None


def enhancer() -> PromptEnhancer:
    global _enhancer
    if _enhancer is None:
        _enhancer = PromptEnhancer()
    return _enhancer


def on_enhance(idea, style):
    if not idea.strip():
        raise gr.Error("Describe the image you want first.")
    return enhancer().enhance(idea, style)


def on_generate(prompt, backend, aspect, n, request: gr.Request):
    owner = require_user(request)
    images = generate(backend, prompt, aspect, int(n))
    gallery, keys = [], []
    for img in images:
        key = put_bytes("marketing-images", img.png_bytes(), "image.png", owner=owner)
        keys.append(key)
        gallery.append((img.image, img.backend))
    return gallery, keys


def on_select(keys, evt: gr.SelectData):
    return keys[evt.index] if keys else ""


def on_alt_text(gallery, evt_index):
    if not gallery:
        return ""
    img = gallery[int(evt_index or 0)][0]
    with open(img, "rb") as fh:
        return alt_text(fh.read())


async def on_caption(gallery, channel, request: gr.Request):
    if not gallery:
        return ""
    with open(gallery[0][0], "rb") as fh:
        return await social_caption(fh.read(), channel, user_email=require_user(request))


def on_edit(asset, instruction):
    result = edit_brand_asset(asset, instruction)
    return [(result.image, "edited")]


def build_app() -> gr.Blocks:
    with gr.Blocks(title="Marketing images") as demo:
        gr.Markdown("# Marketing images\nEverything generated here is stored for brand review.")
        keys = gr.State([])
        with gr.Tab("Generate"):
            with gr.Row():
                with gr.Column():
                    idea = gr.Textbox(label="Idea", lines=3)
                    style = gr.Textbox(label="Style notes (optional)")
                    enhance_btn = gr.Button("Enhance prompt")
                    prompt = gr.Textbox(label="Prompt", lines=6)
                    backend = gr.Radio(list(BACKENDS), value="GPT Image", label="Model")
                    aspect = gr.Dropdown(list(ASPECTS), value="Square (1:1)", label="Aspect")
                    n = gr.Slider(1, 4, value=2, step=1, label="Images")
                    gen_btn = gr.Button("Generate", variant="primary")
                with gr.Column():
                    gallery = gr.Gallery(columns=2, height=600)
                    link = gr.Textbox(label="S3 key of selected image")
                    idx = gr.Number(value=0, visible=False)
                    with gr.Row():
                        alt_btn = gr.Button("Alt text")
                        channel = gr.Dropdown(["LinkedIn", "X", "Instagram"], value="LinkedIn")
                        cap_btn = gr.Button("Caption")
                    text_out = gr.Textbox(label="Text", show_copy_button=True)
        with gr.Tab("Edit brand asset"):
            asset = gr.Image(type="filepath", label="Asset")
            instruction = gr.Textbox(label="What should change?")
            edit_btn = gr.Button("Edit")
            edited = gr.Gallery()

        enhance_btn.click(on_enhance, inputs=[idea, style], outputs=prompt)
        gen_btn.click(on_generate, inputs=[prompt, backend, aspect, n], outputs=[gallery, keys])
        gallery.select(on_select, inputs=keys, outputs=link)
        alt_btn.click(on_alt_text, inputs=[gallery, idx], outputs=text_out)
        cap_btn.click(on_caption, inputs=[gallery, channel], outputs=text_out)
        edit_btn.click(on_edit, inputs=[asset, instruction], outputs=edited)
        link.change(lambda k: gr.Info(presigned_url(k)) if k else None, inputs=link)
    return demo
