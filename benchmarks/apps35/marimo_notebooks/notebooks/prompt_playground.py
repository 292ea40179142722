import marimo

__generated_with = "0.10.6"
app = marimo.App(width="medium", app_title="Prompt playground")


@app.cell
def _():
    import time

    import litellm
    import marimo as mo
    from litellm import completion, completion_cost

    from nbutils.judges import PairwiseJudge
    from nbutils.clients import get_openai_client
    return PairwiseJudge, completion, completion_cost, get_openai_client, litellm, mo, time


@app.cell
def _(mo):
    mo.md(
        """
        # Prompt playground

        Everything here goes through LiteLLM so we can flip providers from a dropdown.
        Keys come from the usual env vars.
        """
    )
    return


@app.cell
def _(mo):
    MODELS = [
        "gpt-4o-mini",
        "anthropic/claude-3-5-haiku-latest",
        "gemini/gemini-2.0-flash",
        "mistral/mistral-small-latest",
    ]
    model_a = mo.ui.dropdown(MODELS, value=MODELS[0], label="model A")
    model_b = mo.ui.dropdown(MODELS, value=MODELS[1], label="model B")
    temperature = mo.ui.slider(0.0, 1.5, value=0.3, step=0.1, label="temperature")
    system = mo.ui.text_area(value="You are a concise assistant.", label="system", full_width=True)
    prompt = mo.ui.text_area(placeholder="Type a prompt...", label="prompt", full_width=True)
    send = mo.ui.run_button(label="Send")
    mo.vstack([mo.hstack([model_a, model_b, temperature]), system, prompt, send])
    return MODELS, model_a, model_b, prompt, send, system, temperature


@app.cell
def _(completion, completion_cost, mo, model_a, model_b, prompt, send, system, temperature, time):
    mo.stop(not send.value or not prompt.value)

    def _run(model: str):
        t0 = time.perf_counter()
        resp = completion(
            model=model,
            messages=[{"role": "system", "content": system.value}, {"role": "user", "content": prompt.value}],
            temperature=temperature.value,
        )
        return {
            "model": model,
            "text": resp.choices[0].message.content,
            "latency_s": round(time.perf_counter() - t0, 2),
            "cost_usd": completion_cost(completion_response=resp),
        }

    results = [_run(model_a.value), _run(model_b.value)]
    mo.hstack([mo.vstack([mo.md(f"**{r['model']}** ({r['latency_s']}s, ${r['cost_usd']:.5f})"), mo.md(r["text"])]) for r in results], widths="equal")
    return (results,)


@app.cell
def _(litellm, mo, model_a, prompt, send, system):
    mo.stop(not send.value or not prompt.value)
    stream_box = mo.md("")

    def _stream():
        chunks = []
        for part in litellm.completion(
            model=model_a.value,
            messages=[{"role": "system", "content": system.value}, {"role": "user", "content": prompt.value}],
            stream=True,
        ):
            delta = part.choices[0].delta.content or ""
            chunks.append(delta)
            yield mo.md("".join(chunks))

    mo.output.replace(mo.lazy(lambda: list(_stream())[-1] if prompt.value else stream_box))
    return (stream_box,)


@app.cell
def _(PairwiseJudge, get_openai_client, mo, prompt, results):
    judge = PairwiseJudge(get_openai_client(), model="gpt-4o")
    verdict = judge.compare(prompt.value, results[0]["text"], results[1]["text"])
    mo.callout(mo.md(f"Judge prefers **{verdict}**"), kind="success" if verdict != "TIE" else "neutral")
    return judge, verdict


@app.cell
def _(litellm, mo, prompt):
    # token counting is local; lets people see how long their prompt is
    _n = litellm.token_counter(model="gpt-4o-mini", text=prompt.value or "")
    mo.md(f"{_n} tokens")
    return


@app.cell
async def _(litellm, mo, prompt, send):
    mo.stop(not send.value or not prompt.value)
    # whichever of the cheap models answers first
    _fastest = litellm.batch_completion_models(
        models=["gpt-4o-mini", "anthropic/claude-3-5-haiku-latest"],
        messages=[{"role": "user", "content": prompt.value}],
    )
    _emb = await litellm.aembedding(model="text-embedding-3-small", input=[prompt.value])
    mo.md(f"fastest: `{_fastest.model}`; prompt embedding dim: {len(_emb.data[0]['embedding'])}")
    return


@app.cell
def _(litellm, mo, prompt, send):
    mo.stop(not send.value or not prompt.value)
    _mod = litellm.moderation(input=prompt.value, model="omni-moderation-latest")
    mo.md(f"flagged: `{_mod.results[0].flagged}`")
    return


if __name__ == "__main__":
    app.run()
