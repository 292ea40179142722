"""Image Studio: concept images and social captions."""

from __future__ import annotations

import asyncio
import base64
import logging

import streamlit as st
from google.genai import types

from toolkit.clients import get_genai, get_openai
from toolkit.config import settings
from toolkit.images import IMAGE_BACKENDS, SIZES

logger = logging.getLogger(__name__)

ANGLES = ("playful", "data-driven", "customer-story", "urgent", "minimal")

st.set_page_config(page_title="Image Studio", page_icon="🎨", layout="wide")

client = st.session_state.get("client")
if client is None:
    st.warning("Open the Home page first to start a session.")
    st.stop()


def enhance_prompt(raw: str, style: str) -> str:
    message = client.messages.create(
        model=settings.claude_fast_model,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"Rewrite this as a detailed image-generation prompt in a {style} style. "
                f"Reply with the prompt only.\n\n{raw}",
            }
        ],
    )
    return message.content[0].text.strip()


async def caption_variants(image_bytes: bytes, n: int) -> list[str]:
    genai_client = get_genai()

    async def one(angle: str) -> str:
        response = await genai_client.aio.models.generate_content(
            model=settings.gemini_model,
            contents=[
                types.Part.from_bytes(data=image_bytes, mime_type="image/png"),
                f"Write a {angle} LinkedIn caption (max 40 words) for this image.",
            ],
        )
        return response.text or ""

    return list(await asyncio.gather(*(one(angle) for angle in ANGLES[:n])))


st.title("🎨 Image Studio")

left, right = st.columns([2, 3])
with left:
    idea = st.text_area("Idea", placeholder="Analyst celebrating a dashboard that finally loads fast")
    style = st.selectbox("Style", ("flat illustration", "3D render", "photo", "isometric"))
    backend = st.selectbox("Backend", list(IMAGE_BACKENDS))
    size = st.selectbox("Size", SIZES)
    if st.button("Enhance prompt", disabled=not idea):
        st.session_state["image_prompt"] = enhance_prompt(idea, style)
    image_prompt = st.text_area("Prompt", st.session_state.get("image_prompt", idea), height=140)
    generate_clicked = st.button("Generate", type="primary", disabled=not image_prompt)

with right:
    if generate_clicked:
        with st.spinner(f"Generating with {backend}…"):
            try:
                st.session_state["image"] = IMAGE_BACKENDS[backend](image_prompt, size)
            except Exception as exc:
                logger.exception("image backend %s failed", backend)
                st.error(f"{backend} failed: {exc}")
    image = st.session_state.get("image")
    if image:
        st.image(image, use_container_width=True)
        st.download_button("Download PNG", image, file_name="concept.png", mime="image/png")

        edit = st.text_input("Edit instruction", placeholder="make the background brand orange")
        if st.button("Apply edit", disabled=not edit):
            result = get_openai().images.edit(
                model=settings.image_model,
                image=("concept.png", image, "image/png"),
                prompt=edit,
            )
            st.session_state["image"] = base64.b64decode(result.data[0].b64_json)
            st.rerun()

        n = st.slider("Captions", 1, len(ANGLES), 3)
        if st.button("Write captions"):
            for caption in asyncio.run(caption_variants(image, n)):
                st.markdown(f"- {caption}")
