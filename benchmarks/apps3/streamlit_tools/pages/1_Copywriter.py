"""Copywriter: draft, compare and review marketing copy."""

from __future__ import annotations

import asyncio
import logging

import streamlit as st

from toolkit.clients import get_perplexity
from toolkit.config import settings
from toolkit.llm import chat
from toolkit.llm.llm_usage_tracker import llm_tracker
from toolkit.llm.multi_model_service import TaskComplexity, multi_model_service
from toolkit.llm.providers import CALLERS
from toolkit.plugins import PLUGINS, run_plugins

logger = logging.getLogger(__name__)

SYSTEM = (
    "You are a senior copywriter for a B2B SaaS brand. Write clear, warm, confident copy. "
    "Never invent statistics or customer names."
)
CHANNELS = ("Landing page", "LinkedIn post", "Email", "Google Ads", "Blog intro")

st.set_page_config(page_title="Copywriter", page_icon="✍️", layout="wide")

client = st.session_state.get("client")
if client is None:
    st.warning("Open the Home page first to start a session.")
    st.stop()

st.title("✍️ Copywriter")

product = st.text_input("Product or feature", placeholder="Usage-based billing dashboard")
brief = st.text_area("Brief", height=160)
channel = st.selectbox("Channel", CHANNELS)
tenant_id = st.session_state.get("tenant_id", settings.default_tenant)


def research_competitors(name: str) -> str:
    response = get_perplexity().chat.completions.create(
        model="sonar-pro",
        messages=[
            {"role": "system", "content": "Be concise. Cite sources."},
            {"role": "user", "content": f"How do the top 5 competitors position '{name}' on their websites?"},
        ],
    )
    return response.choices[0].message.content or ""


if st.button("Research competitors", disabled=not product):
    with st.spinner("Searching the web…"):
        st.session_state["research"] = research_competitors(product)
if st.session_state.get("research"):
    with st.expander("Competitor research", expanded=False):
        st.markdown(st.session_state["research"])

prompt = f"Channel: {channel}\nProduct: {product}\nBrief:\n{brief}"
if st.session_state.get("research"):
    prompt += f"\n\nCompetitor positioning to differentiate from:\n{st.session_state['research']}"

tab_draft, tab_variants, tab_compare, tab_plan = st.tabs(["Draft", "Headlines", "Compare models", "Campaign plan"])

with tab_draft:
    if st.button("Write draft", type="primary", disabled=not brief):
        with st.chat_message("assistant"):
            with client.messages.stream(
                model=settings.claude_model,
                max_tokens=1500,
                system=SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            ) as stream:
                draft = st.write_stream(stream.text_stream)
        st.session_state["drafts"].append(draft)

    if st.session_state["drafts"]:
        latest = st.session_state["drafts"][-1]
        if st.button("Shorten to 50 words"):
            with llm_tracker.track_llm_call(feature="copywriter.shorten", tenant_id=tenant_id) as usage_log:
                response = chat(
                    model=settings.copy_model,
                    messages=[
                        {"role": "system", "content": "Shorten the copy to at most 50 words."},
                        {"role": "user", "content": latest},
                    ],
                )
                usage_log.input_tokens = response.usage.prompt_tokens
                usage_log.output_tokens = response.usage.completion_tokens
            st.session_state["drafts"].append(response.choices[0].message.content or "")
            st.rerun()

        st.subheader("Review")
        enabled = st.multiselect("Checks", [p.name for p in PLUGINS], default=["seo", "tone"])
        if st.button("Run checks"):
            for result in run_plugins(latest, enabled=enabled):
                with st.container(border=True):
                    st.markdown(f"**{result.plugin}** · score: {result.score if result.score is not None else 'n/a'}")
                    st.write(result.summary)
                    for tip in result.suggestions:
                        st.markdown(f"- {tip}")

with tab_variants:
    count = st.slider("Variants", 2, 8, 4)
    if st.button("Generate headlines", disabled=not brief):
        response = chat(
            model=st.session_state.get("openai_model", settings.copy_model),
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": f"Write one headline (max 10 words) for:\n{prompt}"},
            ],
            n=count,
            temperature=1.0,
        )
        for i, choice in enumerate(response.choices, 1):
            st.markdown(f"{i}. {choice.message.content}")

with tab_compare:
    chosen = st.multiselect("Models", list(CALLERS), default=["claude", "groq-llama"])
    if st.button("Compare", disabled=not (brief and chosen)):
        cols = st.columns(len(chosen))
        for col, name in zip(cols, chosen):
            with col:
                st.caption(name)
                try:
                    st.markdown(CALLERS[name](prompt))
                except Exception as exc:
                    logger.exception("caller %s failed", name)
                    st.error(str(exc))

with tab_plan:
    if st.button("Draft campaign plan", disabled=not brief):
        with st.spinner("Planning…"):
            plan = asyncio.run(
                multi_model_service.generate_response(
                    prompt=f"Draft a 4-week campaign plan.\n{prompt}",
                    task_type="copywriter.campaign_plan",
                    complexity=TaskComplexity.AGENTIC,
                    system=SYSTEM,
                    tenant_id=tenant_id,
                )
            )
        st.markdown(plan)
