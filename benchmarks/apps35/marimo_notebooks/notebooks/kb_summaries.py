import marimo

__generated_with = "0.11.0"
app = marimo.App()


@app.cell
def _():
    import asyncio

    import marimo as mo
    from google.genai import types

    from nbutils import get_genai_client, get_mistral_client, settings
    from nbutils.data import load_corpus
    from nbutils.llm import gemini_text
    from nbutils.tracking import llm_tracker
    return asyncio, gemini_text, get_genai_client, get_mistral_client, llm_tracker, load_corpus, mo, settings, types


@app.cell
def _(mo):
    mo.md("# KB article summaries (Gemini) + Mistral embeddings for dedup")
    return


@app.cell
def _(load_corpus, mo):
    corpus = load_corpus().head(200)
    article = mo.ui.dropdown(corpus["title"].to_list(), value=corpus["title"][0], label="article")
    article
    return article, corpus


@app.cell
def _(article, corpus, gemini_text, get_genai_client, mo):
    g = get_genai_client()
    _body = corpus.filter(corpus["title"] == article.value)["body"][0]
    summary = gemini_text(g, f"Summarise for an internal wiki, 5 bullets:\n\n{_body}")
    mo.md(summary)
    return g, summary


@app.cell
async def _(asyncio, corpus, g, mo, settings, types):
    _sem = asyncio.Semaphore(8)

    async def _tldr(body: str) -> str:
        async with _sem:
            r = await g.aio.models.generate_content(
                model=settings.gemini_model,
                contents=f"One-line TL;DR:\n{body}",
                config=types.GenerateContentConfig(max_output_tokens=60, temperature=0),
            )
            return r.text

    tldrs = await asyncio.gather(*(_tldr(b) for b in corpus["body"].head(50).to_list()))
    mo.ui.table([{"title": t, "tldr": s} for t, s in zip(corpus["title"].head(50).to_list(), tldrs)])
    return (tldrs,)


@app.cell
async def _(g, llm_tracker, mo, settings):
    chat = g.chats.create(model=settings.gemini_model)
    async with llm_tracker.track_llm_call(
        provider="google", model=settings.gemini_model, feature_context="kb_title_rewrite"
    ) as usage_log:
        _first = chat.send_message("You will help me rewrite KB titles. Reply OK.")
        usage_log.input_tokens = _first.usage_metadata.prompt_token_count
        usage_log.output_tokens = _first.usage_metadata.candidates_token_count
    mo.md(_first.text)
    return chat, usage_log


@app.cell
def _(corpus, get_mistral_client, mo):
    import numpy as np

    _mc = get_mistral_client()
    _emb = _mc.embeddings.create(model="mistral-embed", inputs=corpus["title"].to_list())
    title_vecs = np.asarray([d.embedding for d in _emb.data])
    _sims = title_vecs @ title_vecs.T
    np.fill_diagonal(_sims, 0)
    dupes = [(corpus["title"][i], corpus["title"][j]) for i, j in zip(*np.where(_sims > 0.95)) if i < j]
    mo.md(f"{len(dupes)} near-duplicate titles")
    return dupes, np, title_vecs


@app.cell
def _(g, mo):
    # uploads the style guide once; file upload is not a model call
    _f = g.files.upload(file="data/style_guide.pdf")
    mo.md(f"uploaded `{_f.name}`")
    return


if __name__ == "__main__":
    app.run()
