"""Review Miner: themes, sentiment and search over product reviews."""

from __future__ import annotations

import asyncio
import logging
import re

import litellm
import numpy as np
import pandas as pd
import streamlit as st

from toolkit.clients import get_genai
from toolkit.config import settings
from toolkit.integrations.sheets import SheetsExporter
from toolkit.llm import embed
from toolkit.llm.providers import make_claude_caller
from toolkit.pipeline import Pipeline
from toolkit.reviews import embed_texts, nearest, rerank_reviews
from toolkit.steps import ExtractThemes, ReviewBatch, ScoreSentiment, Summarize, clean_reviews, drop_duplicates

logger = logging.getLogger(__name__)

_HTML = re.compile(r"<[^>]+>")

st.set_page_config(page_title="Review Miner", page_icon="⛏️", layout="wide")


def clean_text(value: object) -> str:
    text = _HTML.sub(" ", str(value or ""))
    return " ".join(text.split())


@st.cache_data(show_spinner="Embedding reviews with Gemini…")
def gemini_embeddings(texts: tuple[str, ...]) -> np.ndarray:
    result = get_genai().models.embed_content(model=settings.gemini_embed_model, contents=list(texts))
    return np.asarray([e.values for e in result.embeddings], dtype=np.float32)


@st.cache_data(show_spinner="Embedding reviews…")
def openai_embeddings(texts: tuple[str, ...]) -> np.ndarray:
    return embed_texts(list(texts))


async def answer_questions(questions: list[str], context: str) -> list[str]:
    tasks = [
        asyncio.to_thread(
            litellm.completion,
            model=settings.digest_model,
            messages=[
                {"role": "system", "content": f"Answer using only these reviews:\n{context}"},
                {"role": "user", "content": q},
            ],
            max_tokens=300,
        )
        for q in questions
    ]
    responses = await asyncio.gather(*tasks, return_exceptions=True)
    answers = []
    for q, resp in zip(questions, responses):
        if isinstance(resp, Exception):
            logger.warning("question %r failed: %s", q, resp)
            answers.append("(failed)")
        else:
            answers.append(resp.choices[0].message.content or "")
    return answers


st.title("⛏️ Review Miner")

upload = st.file_uploader("Reviews CSV (needs a `review` column)", type=["csv"])
if upload is None:
    st.stop()

df = pd.read_csv(upload)
if "review" not in df.columns:
    st.error("CSV has no `review` column.")
    st.stop()
df["clean"] = df["review"].apply(clean_text)
df = df[df["clean"].str.len() > 0].reset_index(drop=True)
product = st.text_input("Product name", value=upload.name.rsplit(".", 1)[0])
st.metric("Reviews", len(df))

if st.button("Analyse", type="primary"):
    pipeline = (
        Pipeline("review-miner")
        .add(clean_reviews)
        .add(drop_duplicates)
        .add(Summarize())
        .add(ExtractThemes())
        .add(ScoreSentiment())
    )
    with st.spinner("Running pipeline…"):
        st.session_state["batch"] = pipeline.run(ReviewBatch(product=product, reviews=df["clean"].tolist()))
    st.caption(", ".join(f"{k}: {v:.1f}s" for k, v in pipeline.timings.items()))

batch: ReviewBatch | None = st.session_state.get("batch")
if batch:
    st.subheader("Summary")
    st.markdown(batch.summary)
    c1, c2 = st.columns(2)
    c1.dataframe(pd.DataFrame(batch.themes), use_container_width=True)
    c2.bar_chart(pd.Series(batch.sentiment, name="share"))

st.subheader("Label a sample")
if st.checkbox("Label 30 reviews with Claude Haiku"):
    classify = make_claude_caller(
        settings.claude_fast_model,
        max_tokens=5,
        system="Answer with exactly one word: positive, negative or mixed.",
    )
    sample = df.sample(min(30, len(df)), random_state=7).copy()
    sample["label"] = sample["clean"].apply(classify)
    st.dataframe(sample[["clean", "label"]], use_container_width=True)

st.subheader("Search reviews")
engine = st.radio("Embeddings", ("OpenAI", "Gemini"), horizontal=True)
query = st.text_input("Query", placeholder="complaints about onboarding")
if query:
    texts = tuple(df["clean"].tolist())
    if engine == "OpenAI":
        matrix = openai_embeddings(texts)
        query_vec = np.asarray(embed(model=settings.embed_model, input=[query]).data[0].embedding, dtype=np.float32)
    else:
        matrix = gemini_embeddings(texts)
        query_vec = gemini_embeddings((query,))[0]
    candidates = [texts[i] for i in nearest(query_vec, matrix, k=50)]
    for text, score in rerank_reviews(query, candidates, top_n=10):
        st.markdown(f"`{score:.2f}` {text}")

st.subheader("Ask the reviews")
questions_raw = st.text_area("One question per line")
if st.button("Ask", disabled=not questions_raw.strip()):
    questions = [q.strip() for q in questions_raw.splitlines() if q.strip()]
    context = "\n".join(df["clean"].head(200))
    for q, a in zip(questions, asyncio.run(answer_questions(questions, context))):
        st.markdown(f"**{q}**\n\n{a}")

with st.expander("Export to Google Sheets"):
    sheet_id = st.text_input("Spreadsheet ID")
    if st.button("Export", disabled=not (sheet_id and batch)):
        exporter = SheetsExporter(st.secrets["GOOGLE_SA_FILE"], sheet_id)
        rows = [[t.get("theme", ""), t.get("count", 0)] for t in batch.themes]
        updated = exporter.write(f"{product[:20]} themes", ["theme", "count"], rows)
        st.success(f"Wrote {updated} rows.")
