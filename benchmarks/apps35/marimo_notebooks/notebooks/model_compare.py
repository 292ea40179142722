import marimo

__generated_with = "0.10.6"
app = marimo.App(width="full")


@app.cell
def _():
    import concurrent.futures as cf

    import marimo as mo
    import polars as pl

    from nbutils import clients, registry
    from nbutils.config import settings
    return cf, clients, mo, pl, registry, settings


@app.cell
def _(mo, registry):
    picked = mo.ui.multiselect(options=list(registry.MODELS), value=list(registry.MODELS)[:3], label="models")
    question = mo.ui.text(value="Explain idempotency keys to a support agent in 3 sentences.", full_width=True)
    temp = mo.ui.slider(0, 1, value=0.2, step=0.1, label="temperature")
    mo.vstack([picked, question, temp])
    return picked, question, temp


@app.cell
def _(cf, mo, picked, pl, question, registry, temp):
    with cf.ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(registry.generate, name, question.value, temp.value) for name in picked.value}
        answers = {name: f.result() for name, f in futures.items()}
    table = pl.DataFrame({"model": list(answers), "answer": list(answers.values())})
    mo.ui.table(table, wrapped_columns=["answer"])
    return answers, futures, table


@app.cell
def _(clients, mo, question, settings):
    # Claude streaming so we can eyeball time-to-first-token
    _anthropic = clients.get_anthropic_client()
    _parts = []
    with _anthropic.messages.stream(
        model=settings.claude_model,
        max_tokens=512,
        messages=[{"role": "user", "content": question.value}],
    ) as stream:
        for text in stream.text_stream:
            _parts.append(text)
    mo.md("".join(_parts))
    return (stream,)


@app.cell
def _(clients, mo, question):
    # OpenAI Responses API with reasoning, separate because it needs o-series models
    _oa = clients.get_openai_client()
    reasoning_resp = _oa.responses.create(
        model="o4-mini",
        reasoning={"effort": "low"},
        input=question.value,
    )
    mo.md(reasoning_resp.output_text)
    return (reasoning_resp,)


@app.cell
def _(answers, clients, mo, question, settings):
    _client = clients.get_openai_client()
    _ranking_prompt = "Rank these answers best to worst, return model names only:\n\n" + "\n\n".join(
        f"[{k}]\n{v}" for k, v in answers.items()
    )
    ranking = _client.with_options(timeout=30).chat.completions.create(
        model=settings.openai_chat_model,
        messages=[{"role": "system", "content": f"Question: {question.value}"}, {"role": "user", "content": _ranking_prompt}],
    )
    mo.md(ranking.choices[0].message.content)
    return (ranking,)


@app.cell
def _(answers, clients, mo):
    # free: just lists which models this key can see, no generation
    _mods = [m.id for m in clients.get_openai_client().models.list() if m.id.startswith(("gpt", "o"))]
    mo.md(f"{len(answers)} answers compared; key can see {len(_mods)} chat models")
    return


if __name__ == "__main__":
    app.run()
