"""Gradio demo: live headline brainstorming for stakeholder sessions.

Run with ``python -m demos.headline_demo``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Iterator

import gradio as gr
from groq import Groq
from huggingface_hub import InferenceClient

from toolkit.config import settings
from toolkit.llm import complete
from toolkit.llm.multi_model_service import TaskComplexity, multi_model_service
from toolkit.llm.providers import CALLERS

logger = logging.getLogger(__name__)

groq_client = Groq(api_key=settings.groq_api_key)
hf = InferenceClient(model="HuggingFaceH4/zephyr-7b-beta", token=settings.hf_token)

REWRITE_MODELS = ["gpt-4o-mini", "claude-3-5-haiku-20241022", "gemini/gemini-2.0-flash"]


def stream_headlines(product: str, audience: str) -> Iterator[str]:
    stream = groq_client.chat.completions.create(
        model="llama-3.1-8b-instant",
        stream=True,
        temperature=1.0,
        messages=[
            {"role": "system", "content": "Write 10 punchy headlines, one per line."},
            {"role": "user", "content": f"Product: {product}\nAudience: {audience}"},
        ],
    )
    text = ""
    for chunk in stream:
        text += chunk.choices[0].delta.content or ""
        yield text


def critique(headline: str) -> str:
    response = hf.chat_completion(
        messages=[
            {"role": "system", "content": "You are a blunt creative director."},
            {"role": "user", "content": f"Critique this headline in 3 bullets: {headline}"},
        ],
        max_tokens=200,
    )
    return response.choices[0].message.content or ""


def rewrite(headline: str, model: str) -> str:
    response = complete(
        model=model,
        messages=[{"role": "user", "content": f"Rewrite this headline three ways:\n{headline}"}],
        max_tokens=200,
    )
    return response.choices[0].message.content or ""


def compare(headline: str) -> tuple[str, str, str]:
    prompt = f"Improve this headline, reply with the headline only: {headline}"
    return tuple(CALLERS[name](prompt) for name in ("claude", "groq-llama", "mistral-large"))


def chat(message: str, history: list) -> str:
    context = "\n".join(f"{turn['role']}: {turn['content']}" for turn in history[-6:])
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=f"{context}\nuser: {message}",
            task_type="demo.headline_chat",
            complexity=TaskComplexity.SIMPLE,
        )
    )


with gr.Blocks(title="Headline Lab") as demo:
    gr.Markdown("## Headline Lab")
    with gr.Tab("Brainstorm"):
        product = gr.Textbox(label="Product")
        audience = gr.Textbox(label="Audience", value="RevOps leaders")
        out = gr.Textbox(label="Headlines", lines=12)
        gr.Button("Go").click(stream_headlines, [product, audience], out)
    with gr.Tab("Critique & rewrite"):
        headline = gr.Textbox(label="Headline")
        model = gr.Dropdown(REWRITE_MODELS, value=REWRITE_MODELS[0], label="Rewrite model")
        critique_out = gr.Markdown()
        rewrite_out = gr.Textbox(label="Rewrites", lines=4)
        gr.Button("Critique").click(critique, headline, critique_out)
        gr.Button("Rewrite").click(rewrite, [headline, model], rewrite_out)
    with gr.Tab("Compare"):
        h2 = gr.Textbox(label="Headline")
        outs = [gr.Textbox(label=name) for name in ("Claude", "Llama (Groq)", "Mistral")]
        gr.Button("Compare").click(compare, h2, outs)
    with gr.Tab("Chat"):
        gr.ChatInterface(chat, type="messages")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    demo.queue().launch(server_name="0.0.0.0", server_port=7861)
