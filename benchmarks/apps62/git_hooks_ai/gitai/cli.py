"""`gitai` command line tool."""
from __future__ import annotations

import argparse
import logging
import sys

import ollama

from gitai import __version__, git
from gitai.config import DEFAULT_MODELS, load_settings
from gitai.llm import get_backend, get_openai_client
from gitai.llm.models import ALL as MODEL_LISTERS
from gitai.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("gitai")


def cmd_pr(args, ctx) -> int:
    from gitai.pr_description import draft_pr_description_sync, draft_title

    body = draft_pr_description_sync(args.base, fast=args.fast)
    if args.title:
        print("# " + draft_title(args.base) + "\n")
    print(body)
    return 0


def cmd_changelog(args, ctx) -> int:
    from gitai.changelog import draft_changelog

    print(draft_changelog(args.base, args.head, tracked=not args.no_track))
    return 0


def cmd_release_notes(args, ctx) -> int:
    from gitai.notify import SlackNotifier
    from gitai.release_notes import headline, release_notes, tag_release

    notes = release_notes(args.version, args.base)
    print(notes)
    if args.announce:
        SlackNotifier().chat(f"*{headline(notes)}*\n\n{notes}")
    if args.tag:
        tag_release(args.version, notes)
    return 0


def cmd_review(args, ctx) -> int:
    from gitai.reviewer import review_diff_streaming

    diff = git.staged_diff() if args.staged else git.diff_between(args.base)
    findings = review_diff_streaming(ctx["anthropic"], diff)
    return 1 if any(f.blocking for f in findings) else 0


def cmd_explain(args, ctx) -> int:
    """Explain a commit using the local model; streams to the terminal."""
    diff = git.run_git("show", "--stat", "-p", args.rev)
    stream = ollama.chat(
        model=args.model or DEFAULT_MODELS["ollama"],
        messages=[
            {"role": "system", "content": "Explain what this commit does and why, for a new team member."},
            {"role": "user", "content": diff[:16000]},
        ],
        stream=True,
    )
    for chunk in stream:
        print(chunk["message"]["content"], end="", flush=True)
    print()
    return 0


def cmd_ask(args, ctx) -> int:
    """Free-form question about the repo's recent history."""
    history = "\n".join(f"{c.short} {c.subject}" for c in git.log_between(args.since))
    resp = ctx["openai"].responses.create(
        model="gpt-4o",
        input=[
            {"role": "system", "content": "Answer questions about this git history. Cite commit hashes."},
            {"role": "user", "content": f"{history}\n\nQuestion: {args.question}"},
        ],
    )
    print(resp.output_text)
    return 0


def cmd_message(args, ctx) -> int:
    from gitai.commit_writer import write_message

    msg = write_message(load_settings(), offline=args.offline)
    print(msg or "(nothing staged)")
    return 0


def cmd_models(args, ctx) -> int:
    for provider, lister in MODEL_LISTERS.items():
        if args.provider and provider != args.provider:
            continue
        try:
            names = lister()
        except Exception as exc:
            print(f"{provider}: error: {exc}", file=sys.stderr)
            continue
        print(f"[{provider}]")
        for name in names:
            print("  " + name)
    return 0


def cmd_usage(args, ctx) -> int:
    for feature, cost in sorted(llm_tracker.summary().items(), key=lambda kv: -kv[1]):
        print(f"{feature:24s} ${cost:.4f}")
    return 0


def cmd_stream(args, ctx) -> int:
    backend = ctx["backend"]
    for piece in backend.stream("You are a helpful git assistant.", args.prompt):
        sys.stdout.write(piece)
    sys.stdout.write("\n")
    return 0


def cmd_doctor(args, ctx) -> int:
    """Check configuration and connectivity without spending tokens."""
    import os
    import shutil

    from gitai.llm.models import list_local_models

    settings = ctx["settings"]
    ok = True
    print(f"provider:        {settings.provider} ({settings.resolved_model})")
    print(f"review provider: {settings.review_provider}")
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GROQ_API_KEY", "FIREWORKS_API_KEY"):
        present = bool(os.environ.get(var))
        print(f"{var:18s} {'set' if present else 'missing'}")
        ok &= present or var.split("_")[0].lower() not in (settings.provider, settings.review_provider)
    print(f"git:             {shutil.which('git') or 'NOT FOUND'}")
    local = list_local_models()
    print(f"ollama models:   {', '.join(local) if local else '(daemon not reachable)'}")
    hooks_dir = git.git_dir() / "hooks"
    for hook in ("prepare-commit-msg", "commit-msg", "pre-push", "post-commit"):
        target = hooks_dir / hook
        state = "installed" if target.is_symlink() else ("foreign" if target.exists() else "missing")
        print(f"hook {hook:20s} {state}")
    return 0 if ok else 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="gitai", description="LLM helpers for git")
    p.add_argument("--version", action="version", version=__version__)
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("pr", help="draft a PR description")
    s.add_argument("--base", default="main")
    s.add_argument("--fast", action="store_true")
    s.add_argument("--title", action="store_true")
    s.set_defaults(func=cmd_pr)

    s = sub.add_parser("changelog")
    s.add_argument("base")
    s.add_argument("head", nargs="?", default="HEAD")
    s.add_argument("--no-track", action="store_true")
    s.set_defaults(func=cmd_changelog)

    s = sub.add_parser("release-notes")
    s.add_argument("version")
    s.add_argument("--base")
    s.add_argument("--announce", action="store_true")
    s.add_argument("--tag", action="store_true")
    s.set_defaults(func=cmd_release_notes)

    s = sub.add_parser("review")
    s.add_argument("--base", default="origin/main")
    s.add_argument("--staged", action="store_true")
    s.set_defaults(func=cmd_review)

    s = sub.add_parser("explain")
    s.add_argument("rev", nargs="?", default="HEAD")
    s.add_argument("--model")
    s.set_defaults(func=cmd_explain)

    s = sub.add_parser("ask")
    s.add_argument("question")
    s.add_argument("--since", default="HEAD~50")
    s.set_defaults(func=cmd_ask)

    s = sub.add_parser("message")
    s.add_argument("--offline", action="store_true")
    s.set_defaults(func=cmd_message)

    s = sub.add_parser("models")
    s.add_argument("--provider")
    s.set_defaults(func=cmd_models)

    s = sub.add_parser("doctor")
    s.set_defaults(func=cmd_doctor)

    s = sub.add_parser("usage")
    s.set_defaults(func=cmd_usage)

    s = sub.add_parser("stream")
    s.add_argument("prompt")
    s.set_defaults(func=cmd_stream)
    return p


def make_context() -> dict:
    from gitai.llm import get_anthropic_client

    settings = load_settings()
    return {
        "settings": settings,
        "openai": get_openai_client(),
        "anthropic": get_anthropic_client(),
        "backend": get_backend(settings.provider, settings.model),
    }


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    try:
        return args.func(args, make_context())
    except git.GitError as exc:
        print(f"gitai: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
