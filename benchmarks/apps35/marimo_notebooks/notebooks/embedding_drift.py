import marimo

__generated_with = "0.9.14"
app = marimo.App()


@app.cell
def __():
    import asyncio

    import altair as alt
    import marimo as mo
    import numpy as np
    import polars as pl
    from google.genai import types

    import nbutils
    from nbutils.data import load_tickets, monthly_snapshots
    from nbutils.embeddings import centroid_shift, embed_voyage
    from nbutils.tracking import llm_tracker
    return (
        alt,
        asyncio,
        centroid_shift,
        embed_voyage,
        llm_tracker,
        load_tickets,
        mo,
        monthly_snapshots,
        nbutils,
        np,
        pl,
        types,
    )


@app.cell
def __(mo):
    mo.md(
        """
        # Embedding drift

        Month-over-month centroid shift of ticket embeddings. If a month jumps,
        something changed upstream (new product, new form, spam wave).
        """
    )
    return


@app.cell
def __(mo):
    backend = mo.ui.dropdown(
        options={"OpenAI 3-small": "openai", "Voyage 3": "voyage", "Gemini embedding": "gemini"},
        value="OpenAI 3-small",
        label="backend",
    )
    per_month = mo.ui.slider(50, 500, value=100, step=50, label="tickets per month")
    mo.hstack([backend, per_month])
    return backend, per_month


@app.cell
def __(load_tickets, monthly_snapshots, per_month):
    snapshots = {m: df.head(per_month.value) for m, df in monthly_snapshots(load_tickets(limit=20000)).items()}
    list(snapshots)
    return (snapshots,)


@app.cell
def __(asyncio, nbutils):
    aclient = nbutils.get_async_openai_client()

    async def embed_month_openai(texts: list[str]) -> list[list[float]]:
        batches = [texts[i : i + 100] for i in range(0, len(texts), 100)]
        results = await asyncio.gather(
            *(aclient.embeddings.create(model="text-embedding-3-small", input=b) for b in batches)
        )
        return [d.embedding for r in results for d in r.data]
    return aclient, embed_month_openai


@app.cell
def __(nbutils, types):
    gclient = nbutils.get_genai_client()

    def embed_month_gemini(texts: list[str]) -> list[list[float]]:
        out = []
        for i in range(0, len(texts), 100):
            resp = gclient.models.embed_content(
                model="text-embedding-004",
                contents=texts[i : i + 100],
                config=types.EmbedContentConfig(task_type="CLUSTERING"),
            )
            out.extend(e.values for e in resp.embeddings)
        return out
    return embed_month_gemini, gclient


@app.cell
async def __(backend, embed_month_gemini, embed_month_openai, embed_voyage, mo, np, snapshots):
    @mo.cache
    def _voyage(texts):
        return embed_voyage(list(texts), input_type="document")

    month_vecs = {}
    for _m, _df in snapshots.items():
        _texts = _df["body"].to_list()
        if backend.value == "openai":
            month_vecs[_m] = np.asarray(await embed_month_openai(_texts))
        elif backend.value == "voyage":
            month_vecs[_m] = _voyage(tuple(_texts))
        else:
            month_vecs[_m] = np.asarray(embed_month_gemini(_texts))
    return (month_vecs,)


@app.cell
def __(alt, centroid_shift, month_vecs, pl):
    _months = sorted(month_vecs)
    drift = pl.DataFrame(
        {
            "month": _months[1:],
            "shift": [centroid_shift(month_vecs[a], month_vecs[b]) for a, b in zip(_months, _months[1:])],
        }
    )
    alt.Chart(drift.to_pandas()).mark_line(point=True).encode(x="month:N", y="shift:Q")
    return (drift,)


@app.cell
async def __(drift, gclient, llm_tracker, mo, snapshots):
    # explain the biggest jump with a quick Gemini summary of a sample from that month
    _worst = drift.sort("shift", descending=True)["month"][0]
    _sample = "\n".join(snapshots[_worst]["body"].head(40).to_list())
    async with llm_tracker.track_llm_call(
        provider="google", model="gemini-2.0-flash", feature_context="embedding_drift_explain"
    ) as usage_log:
        _explain = gclient.models.generate_content(
            model="gemini-2.0-flash",
            contents=f"These support tickets come from {_worst}. What topics stand out?\n\n{_sample}",
        )
        usage_log.input_tokens = _explain.usage_metadata.prompt_token_count
        usage_log.output_tokens = _explain.usage_metadata.candidates_token_count
    mo.md(f"### {_worst}\n\n{_explain.text}")
    return (usage_log,)


@app.cell
def __(gclient, mo):
    # how many tokens would the gemini backend cost per month (count_tokens is free)
    _tok = gclient.models.count_tokens(model="gemini-2.0-flash", contents="sample ticket body " * 100)
    mo.md(f"~{_tok.total_tokens} tokens per 100-word ticket")
    return


if __name__ == "__main__":
    app.run()
