"""CLI entry point: `qa-agent explore|plan|fill|computer URL`."""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from qa_agent.agent import Agent
from qa_agent.agent.computer_use import ComputerUseDriver
from qa_agent.agent.critic import Critic
from qa_agent.agent.planner import Planner
from qa_agent.browser import launch_session
from qa_agent.config import get_settings
from qa_agent.llm import get_async_anthropic_client, get_openai_client, registry
from qa_agent.qa.bug_summary import summarise_bugs
from qa_agent.qa.explorer import SiteExplorer
from qa_agent.qa.test_plan import TestPlanWriter
from qa_agent.reporting.report import Report, ReportBuilder
from qa_agent.tools.form_filler import FormFiller

logger = logging.getLogger("qa_agent")


def build_agent(session, args) -> Agent:
    for override in args.model or []:
        role, _, provider_model = override.partition("=")
        registry.override(role, provider_model)
    planner_spec = registry.spec("planner")
    planner = Planner(registry.client_for("planner"), planner_spec.model, planner_spec.max_tokens)
    critic = Critic(registry.client_for("critic"), registry.spec("critic").model) if args.critic else None
    return Agent(
        session,
        client=registry.client_for("vision"),
        model=registry.spec("vision").model,
        fallback=get_async_anthropic_client() if args.fallback else None,
        planner=planner,
        critic=critic,
        max_steps=args.max_steps,
    )


def one_line_verdict(bugs: list[dict]) -> str:
    """Short verdict printed at the end of the run (not worth tracking, per #212)."""
    spec = registry.spec("summary")
    client = registry.client_for("summary")
    msg = client.messages.create(
        model=spec.model,
        max_tokens=60,
        messages=[{"role": "user", "content": f"One sentence verdict on release readiness given these bugs: {json.dumps(bugs)[:4000]}"}],
    )
    return msg.content[0].text.strip()


def suggest_goal(url: str) -> str:
    client = registry.client_for("forms")
    resp = client.chat.completions.create(
        model=registry.spec("forms").model,
        messages=[{"role": "user", "content": f"Suggest one exploratory testing goal for {url}. One sentence."}],
        max_tokens=60,
    )
    return resp.choices[0].message.content.strip()


async def cmd_explore(args) -> int:
    goal = args.goal or suggest_goal(args.url)
    async with launch_session(args.url, trace=args.trace) as session:
        agent = build_agent(session, args)
        result = await agent.run(goal)
    out = Path(args.out)
    builder = ReportBuilder.create(out)
    report_path = builder.render(Report(title=goal, steps=result.steps, bugs=result.bugs))
    print(f"report: {report_path}")
    if result.bugs:
        print(await summarise_bugs(result.bugs, args.url))
        print(one_line_verdict(result.bugs))
    return 1 if result.bugs else 0


async def cmd_plan(args) -> int:
    async with launch_session(args.url) as session:
        writer = TestPlanWriter()
        if args.structured:
            plan = await writer.write_structured(session)
            path = writer.generate(plan, Path(args.out))
        else:
            path = await writer.write_markdown(session, Path(args.out) / "plan.md")
    print(path)
    return 0


async def cmd_fill(args) -> int:
    async with launch_session(args.url) as session:
        filler = FormFiller(adversarial=args.adversarial)
        values = await filler.fill_page(session.page, context=await session.page.title())
        print(json.dumps(values, indent=2))
        if args.submit:
            await session.page.keyboard.press("Enter")
            await session.page.wait_for_load_state("networkidle")
    return 0


async def cmd_crawl(args) -> int:
    async with launch_session(args.url) as session:
        explorer = SiteExplorer(
            session,
            embed_client=get_openai_client(),
            ollama_client=registry.client_for("local") if get_settings().use_local_models else None,
        )
        pages = await explorer.explore(args.url)
    for p in pages:
        print(f"{p.url}\t{p.title}")
    return 0


async def cmd_computer(args) -> int:
    async with launch_session(args.url) as session:
        print(await ComputerUseDriver(session).run(args.goal or "Find and report any broken UI", args.max_steps))
    return 0


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="qa-agent")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)

    e = sub.add_parser("explore")
    e.add_argument("url")
    e.add_argument("--goal")
    e.add_argument("--max-steps", type=int, default=get_settings().max_steps)
    e.add_argument("--critic", action="store_true")
    e.add_argument("--fallback", action="store_true", help="fall back to Claude if the vision model errors")
    e.add_argument("--trace", action="store_true")
    e.add_argument("--model", action="append", help="role=provider:model, e.g. critic=ollama:llava")
    e.add_argument("--out", default="artifacts/run")
    e.set_defaults(func=cmd_explore)

    pl = sub.add_parser("plan")
    pl.add_argument("url")
    pl.add_argument("--structured", action="store_true")
    pl.add_argument("--out", default="artifacts/plans")
    pl.set_defaults(func=cmd_plan)

    f = sub.add_parser("fill")
    f.add_argument("url")
    f.add_argument("--adversarial", action="store_true")
    f.add_argument("--submit", action="store_true")
    f.set_defaults(func=cmd_fill)

    c = sub.add_parser("crawl")
    c.add_argument("url")
    c.set_defaults(func=cmd_crawl)

    cu = sub.add_parser("computer")
    cu.add_argument("url")
    cu.add_argument("--goal")
    cu.add_argument("--max-steps", type=int, default=20)
    cu.set_defaults(func=cmd_computer)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    return asyncio.run(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
