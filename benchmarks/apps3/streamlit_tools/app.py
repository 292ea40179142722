"""Marketing Tools: home page of the multipage Streamlit app."""

from __future__ import annotations

import datetime as dt
import logging

import litellm
import streamlit as st

from toolkit import __version__
from toolkit.clients import get_anthropic, get_openai
from toolkit.config import settings

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
logger = logging.getLogger("marketing_tools")

st.set_page_config(page_title="Marketing Tools", page_icon="📣", layout="wide")


@st.cache_data(ttl=24 * 3600, show_spinner=False)
def prompt_of_the_day(day: str) -> str:
    response = litellm.completion(
        model=settings.digest_model,
        messages=[
            {"role": "system", "content": "You write one-line creative prompts for a B2B marketing team."},
            {"role": "user", "content": f"Give today's ({day}) brainstorming prompt."},
        ],
        max_tokens=80,
        temperature=1.1,
    )
    return response.choices[0].message.content or ""


@st.cache_data(ttl=600, show_spinner=False)
def available_openai_models() -> list[str]:
    return sorted(m.id for m in get_openai().models.list() if m.id.startswith(("gpt-", "o")))


def init_session() -> None:
    if "client" not in st.session_state:
        st.session_state["client"] = get_anthropic()
    st.session_state.setdefault("drafts", [])
    st.session_state.setdefault("tenant_id", settings.default_tenant)


init_session()

st.title("📣 Marketing Tools")
st.caption(f"v{__version__} · internal use only")

with st.sidebar:
    st.subheader("Session")
    st.session_state["tenant_id"] = st.text_input("Cost centre", st.session_state["tenant_id"])
    try:
        st.selectbox("Default OpenAI model", available_openai_models(), key="openai_model")
    except Exception:
        logger.warning("could not list OpenAI models", exc_info=True)
        st.info("OpenAI model list unavailable.")

col1, col2, col3 = st.columns(3)
col1.page_link("pages/1_Copywriter.py", label="Copywriter", icon="✍️")
col2.page_link("pages/2_Image_Studio.py", label="Image Studio", icon="🎨")
col3.page_link("pages/3_Review_Miner.py", label="Review Miner", icon="⛏️")

st.divider()
st.subheader("Prompt of the day")
try:
    st.info(prompt_of_the_day(dt.date.today().isoformat()))
except litellm.exceptions.APIError:
    logger.exception("prompt of the day failed")
    st.caption("No prompt today.")

if st.session_state["drafts"]:
    st.subheader("Recent drafts")
    for draft in reversed(st.session_state["drafts"][-5:]):
        st.markdown(f"> {draft[:300]}")
