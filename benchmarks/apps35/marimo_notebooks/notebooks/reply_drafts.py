import marimo

__generated_with = "0.11.0"
app = marimo.App(width="medium", app_title="Reply drafts")


@app.cell
def _():
    import marimo as mo
    import polars as pl

    import nbutils
    from nbutils.batching import bounded_gather, claude_with_backoff, make_cheap_summariser
    from nbutils.costs import calculate_cost, estimate_batch, format_estimate
    from nbutils.data import load_tickets
    from nbutils.tracking import tracked_generate
    return (
        bounded_gather,
        calculate_cost,
        claude_with_backoff,
        estimate_batch,
        format_estimate,
        load_tickets,
        make_cheap_summariser,
        mo,
        nbutils,
        pl,
        tracked_generate,
    )


@app.cell
def _(mo):
    mo.md(
        """
        # Reply drafts

        Drafts first replies for the oldest open tickets so the team lead can judge
        whether auto-drafting is worth piloting. Nothing is sent to customers.
        """
    )
    return


@app.cell
def _(mo):
    get_feedback, set_feedback = mo.state({})
    n_open = mo.ui.slider(5, 100, value=20, label="open tickets")
    tone = mo.ui.dropdown(["friendly", "formal", "brief"], value="friendly", label="tone")
    draft_btn = mo.ui.run_button(label="Draft replies")
    mo.hstack([n_open, tone, draft_btn])
    return draft_btn, get_feedback, n_open, set_feedback, tone


@app.cell
def _(estimate_batch, format_estimate, load_tickets, mo, n_open, pl):
    open_tickets = load_tickets().filter(pl.col("status") == "open").sort("created_at").head(n_open.value)
    _est = estimate_batch("gpt-4o-mini", open_tickets["body"].to_list(), expected_output=250)
    mo.md(f"{open_tickets.height} tickets. Estimate: {format_estimate(_est.model, _est.input_tokens, _est.output_tokens)}")
    return (open_tickets,)


@app.cell
async def _(bounded_gather, draft_btn, mo, nbutils, open_tickets, tone):
    mo.stop(not draft_btn.value, mo.md("Press **Draft replies**."))
    _client = nbutils.get_async_openai_client()

    async def _draft(body: str) -> str:
        r = await _client.chat.completions.create(
            model="gpt-4o-mini",
            temperature=0.4,
            messages=[
                {"role": "system", "content": f"You write {tone.value} first replies for a SaaS support team."},
                {"role": "user", "content": body},
            ],
        )
        return r.choices[0].message.content

    drafts = await bounded_gather((_draft(b) for b in open_tickets["body"].to_list()), limit=6)
    return (drafts,)


@app.cell
def _(drafts, get_feedback, mo, open_tickets, set_feedback):
    def _rate(i, v):
        fb = dict(get_feedback())
        fb[i] = v
        set_feedback(fb)

    _items = []
    for _i, (_body, _draft) in enumerate(zip(open_tickets["body"].to_list(), drafts)):
        _items.append(
            mo.vstack(
                [
                    mo.md(f"**Ticket**\n\n{_body[:600]}"),
                    mo.md(f"**Draft**\n\n{_draft}"),
                    mo.ui.radio(["good", "needs edit", "bad"], label="rating", on_change=lambda v, i=_i: _rate(i, v)),
                ]
            )
        )
    mo.carousel(_items)
    return


@app.cell
def _(get_feedback, mo):
    _fb = get_feedback()
    mo.md(f"Rated {len(_fb)}; good: {sum(v == 'good' for v in _fb.values())}")
    return


@app.cell
async def _(mo, nbutils, open_tickets):
    # streaming preview of one draft so people can feel the latency
    _client = nbutils.get_async_openai_client()
    _stream = await _client.chat.completions.create(
        model="gpt-4o-mini",
        stream=True,
        messages=[{"role": "user", "content": f"Draft a reply:\n{open_tickets['body'][0]}"}],
    )
    _acc = []
    async for _ev in _stream:
        _acc.append(_ev.choices[0].delta.content or "")
        mo.output.replace(mo.md("".join(_acc)))
    return


@app.cell
def _(claude_with_backoff, drafts, mo):
    # second opinion from Claude on the first three drafts
    _crit = claude_with_backoff(
        "Critique these support reply drafts for tone and accuracy:\n\n" + "\n\n---\n\n".join(drafts[:3])
    )
    mo.md(_crit)
    return


@app.cell
def _(make_cheap_summariser, mo, open_tickets):
    _summ = make_cheap_summariser()
    mo.ui.table([{"ticket": b[:80], "one_liner": _summ(b)} for b in open_tickets["body"].head(10).to_list()])
    return


@app.cell
async def _(drafts, mo, tracked_generate):
    _report = await tracked_generate(
        "Summarise common weaknesses across these drafts:\n" + "\n".join(drafts[:10]),
        task_type="analysis",
    )
    mo.md(_report)
    return


@app.cell
def _(calculate_cost, mo):
    mo.md(f"For reference, 1M input tokens on 4o-mini is ${calculate_cost('gpt-4o-mini', 1_000_000):.2f}")
    return


if __name__ == "__main__":
    app.run()
