"""Synthetic QA generation: topics -> questions -> answers.

Topic/question generation uses the Hydra-instantiated teacher (``cfg.teacher``);
answers are fanned out over a thread pool directly on the OpenAI client because we
need ``n`` samples + logprobs which the wrapper doesn't expose.
"""
from __future__ import annotations

import json
import logging
import random
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator

from openai import OpenAI
from tqdm import tqdm

from ..models.base import BaseModel

log = logging.getLogger(__name__)

TOPIC_PROMPT = "List {n} diverse, specific sub-topics of {domain}. One per line, no numbering."
QUESTION_PROMPT = (
    "Write {n} challenging but answerable questions about '{topic}'. "
    "Return a JSON list of strings and nothing else."
)
ANSWER_SYSTEM = "You are a careful expert. Answer concisely and correctly. If unsure, say so."


@dataclass
class QAPair:
    topic: str
    question: str
    answer: str
    answer_model: str
    n_agree: int = 1


def generate_topics(teacher: BaseModel, domain: str, n: int) -> list[str]:
    text = teacher.generate(TOPIC_PROMPT.format(n=n, domain=domain), temperature=0.9).text
    topics = [t.strip("-• ").strip() for t in text.splitlines() if t.strip()]
    return topics[:n]


def generate_questions(teacher: BaseModel, topic: str, n: int) -> list[str]:
    text = teacher.generate(QUESTION_PROMPT.format(n=n, topic=topic), temperature=0.8).text
    try:
        qs = json.loads(text[text.index("["): text.rindex("]") + 1])
    except ValueError:
        log.warning("could not parse question list for %s", topic)
        return []
    return [q for q in qs if isinstance(q, str)]


def _answer_kwargs(model: str, question: str, n: int) -> dict:
    return dict(
        model=model,
        messages=[{"role": "system", "content": ANSWER_SYSTEM}, {"role": "user", "content": question}],
        n=n,
        temperature=0.7,
        max_tokens=512,
    )


def answer_questions(
    client: OpenAI,
    items: list[tuple[str, str]],
    model: str = "gpt-4o-mini",
    n_samples: int = 3,
    num_threads: int = 16,
) -> Iterator[QAPair]:
    """Answer each (topic, question); keep the majority answer."""
    with ThreadPoolExecutor(max_workers=num_threads) as pool:
        futures = {
            pool.submit(client.chat.completions.create, **_answer_kwargs(model, q, n_samples)): (topic, q)
            for topic, q in items
        }
        for fut in tqdm(as_completed(futures), total=len(futures), desc="answers"):
            topic, q = futures[fut]
            try:
                resp = fut.result()
            except Exception as exc:  # noqa: BLE001
                log.warning("answer failed for %r: %s", q[:60], exc)
                continue
            answers = [c.message.content.strip() for c in resp.choices if c.message.content]
            if not answers:
                continue
            best = max(set(answers), key=answers.count)
            yield QAPair(topic, q, best, model, n_agree=answers.count(best))


def write_jsonl(pairs: list[QAPair], path: str | Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as f:
        for p in pairs:
            f.write(json.dumps(asdict(p)) + "\n")


def run(teacher: BaseModel, client: OpenAI, domain: str, num_topics: int, per_topic: int,
        num_threads: int, seed: int = 0) -> list[QAPair]:
    rng = random.Random(seed)
    topics = generate_topics(teacher, domain, num_topics)
    items: list[tuple[str, str]] = []
    for t in topics:
        items.extend((t, q) for q in generate_questions(teacher, t, per_topic))
    rng.shuffle(items)
    return list(answer_questions(client, items, num_threads=num_threads))


FILTER_PROMPT = """Rate the following question-answer pair for use in a training set.
Criteria: the question is self-contained, unambiguous and the answer is correct.
Reply with one word: KEEP or DROP.

Q: {question}
A: {answer}"""


def filter_pairs(judge_model: BaseModel, pairs: list[QAPair], min_agree: int = 2) -> list[QAPair]:
    """Cheap agreement filter first, then an LLM quality gate via the wrapper."""
    kept = []
    for p in pairs:
        if p.n_agree < min_agree:
            continue
        verdict = judge_model.generate(FILTER_PROMPT.format(question=p.question, answer=p.answer),
                                       max_tokens=3).text
        if verdict.strip().upper().startswith("KEEP"):
            kept.append(p)
    log.info("filter kept %d / %d", len(kept), len(pairs))
    return kept


def stats(pairs: list[QAPair]) -> dict[str, float]:
    if not pairs:
        return {"n": 0}
    topics = {p.topic for p in pairs}
    return {
        "n": len(pairs),
        "topics": len(topics),
        "mean_agree": sum(p.n_agree for p in pairs) / len(pairs),
        "mean_answer_chars": sum(len(p.answer) for p in pairs) / len(pairs),
    }
