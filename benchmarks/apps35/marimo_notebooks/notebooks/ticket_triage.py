import marimo

__generated_with = "0.10.6"
app = marimo.App(width="full", app_title="Support ticket triage")


@app.cell
def _():
    import json

    import marimo as mo
    import polars as pl

    from nbutils.clients import get_anthropic_client, get_mistral_client
    from nbutils.config import settings
    from nbutils.data import load_tickets
    from nbutils.llm import mistral_text, strip_fences
    from nbutils.metrics import confusion, macro_f1
    from nbutils.prompts import TRIAGE_V2
    from nbutils.tracking import llm_tracker, tracked_generate
    return (
        TRIAGE_V2,
        confusion,
        get_anthropic_client,
        get_mistral_client,
        json,
        llm_tracker,
        load_tickets,
        macro_f1,
        mistral_text,
        mo,
        pl,
        settings,
        strip_fences,
        tracked_generate,
    )


@app.cell
def _(mo):
    mo.md(
        """
        # Ticket triage exploration

        Can a cheap model replace the rules engine for routing? Compares Claude
        and Mistral on the labelled sample from the helpdesk export.
        """
    )
    return


@app.cell
def _(mo):
    n_tickets = mo.ui.number(start=10, stop=1000, step=10, value=50, label="tickets")
    provider = mo.ui.radio(options=["claude", "mistral", "both"], value="claude", label="provider")
    go = mo.ui.run_button(label="Classify")
    mo.hstack([n_tickets, provider, go], justify="start")
    return go, n_tickets, provider


@app.cell
def _(load_tickets, n_tickets):
    tickets = load_tickets(limit=n_tickets.value)
    tickets.head(10)
    return (tickets,)


@app.cell
def _(TRIAGE_V2, get_anthropic_client, json, settings, strip_fences):
    claude = get_anthropic_client()

    def classify_claude(body: str) -> dict:
        msg = claude.messages.create(
            model=settings.claude_model,
            max_tokens=300,
            system="You are a support operations analyst. Output JSON only.",
            messages=[{"role": "user", "content": TRIAGE_V2.render(ticket=body)}],
        )
        try:
            return json.loads(strip_fences(msg.content[0].text))
        except json.JSONDecodeError:
            return {"category": "other", "urgency": 3, "summary": msg.content[0].text[:200]}
    return claude, classify_claude


@app.cell
def _(TRIAGE_V2, get_mistral_client, json, settings, strip_fences):
    mistral = get_mistral_client()

    def classify_mistral(body: str) -> dict:
        res = mistral.chat.complete(
            model=settings.mistral_model,
            messages=[{"role": "user", "content": TRIAGE_V2.render(ticket=body)}],
            response_format={"type": "json_object"},
            temperature=0,
        )
        return json.loads(strip_fences(res.choices[0].message.content))
    return classify_mistral, mistral


@app.cell
def _(classify_claude, classify_mistral, go, mo, pl, provider, tickets):
    mo.stop(not go.value)
    rows = []
    for t in mo.status.progress_bar(tickets.iter_rows(named=True), total=tickets.height):
        row = {"ticket_id": t["ticket_id"], "label": t["category"]}
        if provider.value in ("claude", "both"):
            row["claude"] = classify_claude(t["body"]).get("category", "other")
        if provider.value in ("mistral", "both"):
            row["mistral"] = classify_mistral(t["body"]).get("category", "other")
        rows.append(row)
    preds = pl.DataFrame(rows)
    preds
    return preds, rows


@app.cell
def _(macro_f1, mo, preds):
    _stats = []
    for col in ("claude", "mistral"):
        if col in preds.columns:
            _stats.append(mo.stat(f"{macro_f1(preds['label'].to_list(), preds[col].to_list()):.3f}", label=f"{col} macro-F1"))
    mo.hstack(_stats)
    return


@app.cell
def _(confusion, mo, preds):
    _col = "claude" if "claude" in preds.columns else "mistral"
    _cm = confusion(preds["label"].to_list(), preds[_col].to_list())
    mo.ui.table([{"true": t, "pred": p, "n": n} for (t, p), n in sorted(_cm.items())], label=f"confusion ({_col})")
    return


@app.cell
async def _(claude, llm_tracker, mo, settings, tickets):
    # The shared kernel bills this to the support-analytics cost centre.
    _bodies = "\n\n".join(tickets["body"].head(30).to_list())
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=settings.claude_model,
        feature_context="notebook_ticket_themes",
    ) as usage_log:
        themes_msg = claude.messages.create(
            model=settings.claude_model,
            max_tokens=800,
            messages=[{"role": "user", "content": f"List the 5 most common themes in these tickets:\n\n{_bodies}"}],
        )
        usage_log.input_tokens = themes_msg.usage.input_tokens
        usage_log.output_tokens = themes_msg.usage.output_tokens
    mo.md(themes_msg.content[0].text)
    return themes_msg, usage_log


@app.cell
async def _(mo, tickets, tracked_generate):
    _sample = tickets["body"].head(5).to_list()
    exec_summary = await tracked_generate(
        "Write a two-sentence executive summary of these support tickets:\n" + "\n".join(_sample)
    )
    mo.callout(mo.md(exec_summary), kind="info")
    return (exec_summary,)


@app.cell
def _(claude, mo, settings, tickets):
    # rough cost estimate before running the full backlog; count_tokens is not billed
    _count = claude.messages.count_tokens(
        model=settings.claude_model,
        messages=[{"role": "user", "content": "\n".join(tickets["body"].to_list())}],
    )
    mo.md(f"Full sample would be ~{_count.input_tokens:,} input tokens")
    return


@app.cell
def _(mistral_text, mistral, mo, tickets):
    _worst = tickets.sort("sentiment").head(1)["body"][0]
    mo.md(mistral_text(mistral, f"Draft a polite first reply to:\n{_worst}"))
    return


if __name__ == "__main__":
    app.run()
