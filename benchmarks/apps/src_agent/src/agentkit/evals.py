"""Offline evals: compare providers on a fixed question set (run by hand, not in CI)."""
from __future__ import annotations

import os
from functools import partial

import anthropic
import boto3
import litellm
import requests
from groq import Groq
from openai import OpenAI

from agentkit.llm.local import completion

QUESTIONS = ["What is the capital of Australia?", "Who wrote Middlemarch?"]

judge = partial(litellm.completion, model="gpt-4.1", temperature=0)


class Evaluator:
    def __init__(self) -> None:
        self.openai = OpenAI()
        self.runtime = boto3.client("bedrock-runtime")

    def ask_openai(self, question: str) -> str:
        response = self.openai.responses.create(model="gpt-4.1-mini", input=question)
        return response.output_text

    def ask_bedrock(self, question: str) -> str:
        resp = self.runtime.converse(
            modelId="anthropic.claude-3-5-haiku-20241022-v1:0",
            messages=[{"role": "user", "content": [{"text": question}]}],
        )
        return resp["output"]["message"]["content"][0]["text"]


def ask_claude(question: str) -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-haiku-4-5", max_tokens=200, messages=[{"role": "user", "content": question}]
    )
    return msg.content[0].text


def ask_groq(question: str) -> str:
    with Groq() as client:
        completion_ = client.chat.completions.create(
            model="llama-3.1-8b-instant", messages=[{"role": "user", "content": question}]
        )
    return completion_.choices[0].message.content


def ask_http(question: str) -> str:
    resp = requests.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": question}]},
        timeout=60,
    )
    return resp.json()["choices"][0]["message"]["content"]


def grade(question: str, answer: str) -> bool:
    verdict = judge(messages=[{"role": "user", "content": f"Q: {question}\nA: {answer}\nCorrect? yes/no"}])
    return verdict.choices[0].message.content.lower().startswith("yes")


def main() -> None:
    evaluator = Evaluator()
    for q in QUESTIONS:
        for answer in (evaluator.ask_openai(q), evaluator.ask_bedrock(q), ask_claude(q), ask_groq(q),
                       ask_http(q), completion(q)):
            print(q, answer, grade(q, answer))


if __name__ == "__main__":
    main()
