"""`python -m app.cli` - manual poking at the services from a terminal."""
from __future__ import annotations

import argparse
import asyncio
import json
import sys

from app.chat import ChatSession
from app.classifier import IntentClassifier
from app.clients import get_async_openai_client
from app.models import Conversation
from app.moderation import ModerationGate
from app.retrieval import Embedder, InMemoryIndex, Retriever, answer_with_context
from app.services import TaskComplexity, multi_model_service
from app.summarizer import SummarizerService


def _conversation_from_file(path: str) -> Conversation:
    with open(path) as fh:
        data = json.load(fh)
    conv = Conversation(id=data.get("id", path))
    for m in data["messages"]:
        conv.append(m["role"], m["content"])
    return conv


def cmd_summarize(args) -> int:
    conv = _conversation_from_file(args.file)
    svc = SummarizerService(max_words=args.max_words)
    if args.estimate:
        print(svc.estimate_input_tokens(conv))
        return 0
    if args.stream:
        for delta in svc.stream_summary(conv):
            sys.stdout.write(delta)
            sys.stdout.flush()
        print()
        return 0
    summary = svc.summarize(conv)
    print(summary.text)
    print(f"-- {summary.model} in={summary.input_tokens} out={summary.output_tokens}", file=sys.stderr)
    return 0


def cmd_classify(args) -> int:
    clf = IntentClassifier()
    for line in sys.stdin if args.text == "-" else [args.text]:
        result = clf.classify(line.strip(), use_prefilter=not args.no_prefilter)
        print(f"{result.label}\t{result.confidence:.2f}\t{line.strip()}")
    return 0


def cmd_ask(args) -> int:
    with open(args.kb) as fh:
        docs = json.load(fh)
    retriever = Retriever(Embedder(), InMemoryIndex())
    retriever.ingest(docs)
    passages = retriever.retrieve(args.question)
    for p in passages:
        print(f"[{p.doc_id}] {p.score:.3f}", file=sys.stderr)
    print(answer_with_context(args.question, passages))
    return 0


def cmd_moderate(args) -> int:
    allowed, categories = ModerationGate().check(args.text)
    print("allowed" if allowed else "blocked", ",".join(categories))
    return 0 if allowed else 3


def cmd_chat(args) -> int:
    session = ChatSession(Conversation(id="cli"))
    print("Ctrl-D to quit")
    for line in sys.stdin:
        for delta in session.stream(line.strip()):
            sys.stdout.write(delta)
            sys.stdout.flush()
        print()
    return 0


def cmd_route(args) -> int:
    answer = asyncio.run(
        multi_model_service.generate_response(
            prompt=args.prompt,
            task_type=args.task,
            complexity=TaskComplexity(args.complexity),
        )
    )
    print(answer)
    return 0


async def _draft_reply(prompt: str) -> str:
    client = get_async_openai_client()
    completion = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Draft a friendly support reply."},
            {"role": "user", "content": prompt},
        ],
    )
    return completion.choices[0].message.content


def cmd_draft(args) -> int:
    print(asyncio.run(_draft_reply(args.prompt)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="helix")
    sub = parser.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("summarize")
    p.add_argument("file")
    p.add_argument("--max-words", type=int, default=80)
    p.add_argument("--stream", action="store_true")
    p.add_argument("--estimate", action="store_true")
    p.set_defaults(func=cmd_summarize)

    p = sub.add_parser("classify")
    p.add_argument("text", help="text, or - for stdin lines")
    p.add_argument("--no-prefilter", action="store_true")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("ask")
    p.add_argument("question")
    p.add_argument("--kb", default="features/data/kb.json")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("moderate")
    p.add_argument("text")
    p.set_defaults(func=cmd_moderate)

    p = sub.add_parser("chat")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("route")
    p.add_argument("prompt")
    p.add_argument("--task", default="chat")
    p.add_argument("--complexity", default="simple", choices=["simple", "agentic"])
    p.set_defaults(func=cmd_route)

    p = sub.add_parser("draft")
    p.add_argument("prompt")
    p.set_defaults(func=cmd_draft)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
