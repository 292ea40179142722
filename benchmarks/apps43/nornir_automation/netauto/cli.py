"""netauto command line.

    netauto backup --site lon1
    netauto diff --template base.j2 --explain
    netauto triage-bgp --role edge
    netauto ask "why is lon1-core1 dropping OSPF?"
"""
from __future__ import annotations

import logging
import sys

import click
from nornir_utils.plugins.functions import print_result

from netauto.llm import get_openai_client
from netauto.llm.registry import get_completer
from netauto.nornir_setup import init_nornir
from netauto.processors import LLMSummaryProcessor, ProgressProcessor
from netauto.processors.summary import FailureAlertProcessor
from netauto.reporting.slack import SlackReporter
from netauto.runbooks import bgp_triage, change_review, config_diff, drift, interface_flaps
from netauto.settings import get_settings
from netauto.tasks import backup_config

log = logging.getLogger("netauto")


def _filters(site: str | None, role: str | None) -> dict:
    f = {}
    if site:
        f["site"] = site
    if role:
        f["role"] = role
    return f


@click.group()
@click.option("--config", "config_file", default=None, help="Nornir config file")
@click.option("-v", "--verbose", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, config_file: str | None, verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    ctx.ensure_object(dict)
    ctx.obj["config_file"] = config_file


@cli.command()
@click.option("--site")
@click.option("--role")
@click.option("--summarise/--no-summarise", default=True)
@click.pass_context
def backup(ctx, site, role, summarise):
    nr = init_nornir(ctx.obj["config_file"], **_filters(site, role))
    procs = [ProgressProcessor()]
    summariser = None
    if summarise:
        summariser = LLMSummaryProcessor(client=nr.data.openai)
        procs.append(summariser)
    res = nr.with_processors(procs).run(task=backup_config, name="backup")
    print_result(res, severity_level=logging.WARNING)
    if summariser and summariser.summary:
        click.echo(summariser.summary)


@cli.command()
@click.option("--site")
@click.option("--role")
@click.option("--template", default="base.j2")
@click.option("--explain/--no-explain", default=True)
@click.option("--tracked", is_flag=True, help="route explanations through multi_model_service")
@click.option("--cab", is_flag=True, help="also produce a fleet-wide CAB summary")
@click.option("--out", default=None)
@click.pass_context
def diff(ctx, site, role, template, explain, tracked, cab, out):
    nr = init_nornir(ctx.obj["config_file"], **_filters(site, role))
    report = config_diff.run(nr, template=template, explain=explain, tracked=tracked)
    if cab:
        report.summary += "\n\n" + config_diff.explain_fleet_diff(nr, report)
    if out:
        click.echo(f"wrote {config_diff.write_report(report, out)}")
    else:
        click.echo(report.to_markdown())


@cli.command("triage-bgp")
@click.option("--site")
@click.option("--role", default="edge")
@click.option("--alert-model", default=None, help="Bedrock model for per-host alerts")
@click.pass_context
def triage_bgp(ctx, site, role, alert_model):
    nr = init_nornir(ctx.obj["config_file"], **_filters(site, role))
    if alert_model:
        alerts = FailureAlertProcessor(nr.data.llm.bedrock, alert_model)
        nr = nr.with_processors([alerts])
    plans = bgp_triage.run(nr)
    click.echo(f"{len(plans)} hosts triaged")


@cli.command()
@click.option("--site")
@click.pass_context
def flaps(ctx, site):
    nr = init_nornir(ctx.obj["config_file"], **_filters(site, None))
    click.echo(interface_flaps.run(nr))


@cli.command("drift")
@click.option("--golden-dir", default="golden")
@click.option("--explain/--no-explain", default=False)
@click.pass_context
def drift_cmd(ctx, golden_dir, explain):
    nr = init_nornir(ctx.obj["config_file"], with_llm=False)
    found = drift.detect(nr, golden_dir)
    click.echo(f"{len(found)} hosts drifted")
    if explain and found:
        click.echo(f"~{drift.drift_prompt_tokens(found)} input tokens")
        for host, note in drift.explain_drift(found).items():
            click.echo(f"{host}: {note}")


@cli.command()
@click.argument("ticket")
@click.argument("description")
@click.option("--provider", default=None)
@click.option("--notify", is_flag=True)
@click.pass_context
def review(ctx, ticket, description, provider, notify):
    nr = init_nornir(ctx.obj["config_file"])
    r = change_review.review_change(nr, ticket, description, provider=provider)
    msg = f"{ticket}: risk {r.score}/5 ({'flagged' if r.flagged else 'clean'})\n" + "\n".join(r.reasons)
    click.echo(msg)
    if notify:
        SlackReporter().post(msg)


@cli.command()
@click.argument("question")
@click.option("--provider", default=None)
@click.option("--stream", is_flag=True)
def ask(question, provider, stream):
    """Free-form question to the configured model (no device access)."""
    system = "You are a helpful network engineering assistant."
    if stream and (provider or get_settings().llm.default_provider) == "openai":
        client = get_openai_client()
        for event in client.chat.completions.create(
            model=get_settings().llm.openai_model,
            messages=[{"role": "system", "content": system}, {"role": "user", "content": question}],
            stream=True,
        ):
            if event.choices and event.choices[0].delta.content:
                sys.stdout.write(event.choices[0].delta.content)
        sys.stdout.write("\n")
        return
    click.echo(get_completer(provider)(system, question))


@cli.command()
@click.option("--site")
@click.option("--classify", is_flag=True, help="rank findings with Mistral")
@click.pass_context
def compliance(ctx, site, classify):
    import os

    from netauto.tasks.compliance import check_rules, classify_findings

    nr = init_nornir(ctx.obj["config_file"], with_llm=False, **_filters(site, None))
    if classify:
        res = nr.run(task=classify_findings, mistral_api_key=os.environ["MISTRAL_API_KEY"])
    else:
        res = nr.run(task=check_rules)
    print_result(res)


@cli.command()
@click.option("--site")
@click.option("--narrate/--no-narrate", default=False)
@click.pass_context
def health(ctx, site, narrate):
    from netauto.tasks.health import collect_health, narrate_health

    nr = init_nornir(ctx.obj["config_file"], **_filters(site, None))
    res = nr.run(task=narrate_health if narrate else collect_health)
    print_result(res)


@cli.command("acl-audit")
@click.option("--site")
@click.pass_context
def acl_audit_cmd(ctx, site):
    from netauto.runbooks import acl_audit

    nr = init_nornir(ctx.obj["config_file"], **_filters(site, None))
    for host, suggestion in acl_audit.run(nr).items():
        click.secho(f"== {host}", bold=True)
        click.echo(suggestion)


@cli.command("similar")
@click.argument("query")
@click.option("--index", "index_path", default="data/incidents")
@click.option("-k", default=5)
def similar(query, index_path, k):
    """Find past incidents similar to QUERY."""
    from netauto.reporting.knowledge_base import IncidentIndex

    idx = IncidentIndex.load(index_path)
    for score, text in idx.search(query, k=k):
        click.echo(f"{score:.3f}  {text[:120]}")


if __name__ == "__main__":
    cli()
