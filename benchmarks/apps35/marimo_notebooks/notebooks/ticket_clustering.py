import marimo

__generated_with = "0.10.6"
app = marimo.App(width="full", app_title="Ticket clustering")


@app.cell
def _():
    import os

    import altair as alt
    import httpx
    import marimo as mo
    import numpy as np
    import polars as pl

    from nbutils.batching import embed_in_threads
    from nbutils.clients import get_genai_client
    from nbutils.config import settings
    from nbutils.data import load_tickets
    from nbutils.plots import scatter_2d
    return (
        alt,
        embed_in_threads,
        get_genai_client,
        httpx,
        load_tickets,
        mo,
        np,
        os,
        pl,
        scatter_2d,
        settings,
    )


@app.cell
def _(mo):
    mo.md(
        """
        # Ticket clustering

        Embed → UMAP → HDBSCAN, then name each cluster with an LLM.
        The cluster names feed the taxonomy proposal in the Q1 doc.
        """
    )
    return


@app.cell
def _(mo):
    n = mo.ui.slider(200, 5000, value=1000, step=100, label="tickets")
    min_cluster = mo.ui.slider(5, 100, value=20, label="min cluster size")
    namer = mo.ui.radio(["gemini", "claude (http)"], value="gemini", label="cluster namer")
    mo.hstack([n, min_cluster, namer])
    return min_cluster, n, namer


@app.cell
def _(load_tickets, n):
    tickets = load_tickets(limit=n.value)
    return (tickets,)


@app.cell
async def _(embed_in_threads, mo, np, tickets):
    with mo.status.spinner("embedding"):
        vecs = np.asarray(await embed_in_threads(tickets["body"].to_list()), dtype=np.float32)
    vecs.shape
    return (vecs,)


@app.cell
def _(min_cluster, mo, vecs):
    import hdbscan
    import umap

    @mo.cache
    def project(seed: int = 42):
        return umap.UMAP(n_components=2, random_state=seed, metric="cosine").fit_transform(vecs)

    coords = project()
    labels = hdbscan.HDBSCAN(min_cluster_size=min_cluster.value).fit_predict(coords)
    return coords, hdbscan, labels, project, umap


@app.cell
def _(coords, labels, scatter_2d, tickets):
    scatter_2d(coords, labels, tooltips=tickets["subject"].to_list())
    return


@app.cell
def _(get_genai_client, httpx, os, settings):
    def name_with_gemini(examples: list[str]) -> str:
        resp = get_genai_client().models.generate_content(
            model=settings.gemini_model,
            contents="Give a 3-5 word name for the theme of these tickets:\n- " + "\n- ".join(examples),
        )
        return (resp.text or "").strip()

    def name_with_claude_http(examples: list[str]) -> str:
        # quick hack from the hackathon; the SDK wasn't installed on the GPU box
        r = httpx.post(
            "https://api.anthropic.com/v1/messages",
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": settings.claude_model,
                "max_tokens": 30,
                "messages": [
                    {"role": "user", "content": "Name this ticket theme in 3-5 words:\n- " + "\n- ".join(examples)}
                ],
            },
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["content"][0]["text"].strip()
    return name_with_claude_http, name_with_gemini


@app.cell
def _(labels, mo, name_with_claude_http, name_with_gemini, namer, np, pl, tickets):
    _bodies = tickets["body"].to_list()
    _rows = []
    for _c in sorted(set(labels) - {-1}):
        _idx = np.where(labels == _c)[0][:12]
        _examples = [_bodies[i][:200] for i in _idx]
        _name = name_with_gemini(_examples) if namer.value == "gemini" else name_with_claude_http(_examples)
        _rows.append({"cluster": int(_c), "size": int((labels == _c).sum()), "name": _name})
    cluster_names = pl.DataFrame(_rows).sort("size", descending=True)
    mo.ui.table(cluster_names)
    return (cluster_names,)


@app.cell
def _(cluster_names, mo):
    mo.download(
        data=cluster_names.write_csv().encode(),
        filename="cluster_names.csv",
        mimetype="text/csv",
        label="Download cluster names",
    )
    return


if __name__ == "__main__":
    app.run()
