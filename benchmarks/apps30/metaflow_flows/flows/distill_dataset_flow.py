"""Build a distillation dataset: teacher = Llama 70B on Fireworks.

The raw completions endpoint is used for the few-shot "continue the pattern"
prompts; chat for the reasoning traces.
"""
import json
import logging
import os

from metaflow import FlowSpec, IncludeFile, Parameter, batch, retry, step
from openai import OpenAI

from llmkit import get_fireworks_client, get_prompt

log = logging.getLogger(__name__)

FIREWORKS_URL = "https://api.fireworks.ai/inference/v1"


class DistillDatasetFlow(FlowSpec):
    seed_questions = IncludeFile("seed-questions", default="data/distill_seed.jsonl")
    teacher = Parameter("teacher", default="accounts/fireworks/models/llama-v3p1-70b-instruct")
    base_model = Parameter("base-model", default="accounts/fireworks/models/llama-v3p1-8b")
    n_paraphrases = Parameter("n-paraphrases", type=int, default=3)
    shards = Parameter("shards", type=int, default=4)

    @step
    def start(self):
        rows = [json.loads(l) for l in self.seed_questions.splitlines() if l.strip()]
        self.n_seed = len(rows)
        self.parts = [rows[i :: self.shards] for i in range(self.shards)]
        self.next(self.paraphrase, foreach="parts")

    @retry(times=3)
    @step
    def paraphrase(self):
        # Base (non-instruct) model via the plain completions endpoint.
        fw_base = OpenAI(api_key=os.environ["FIREWORKS_API_KEY"], base_url=FIREWORKS_URL)
        self.questions = []
        for row in self.input:
            prompt = (
                "Rewrite the question in a different way.\n"
                "Q: How do I reset my password?\nRewrite: What are the steps to change a forgotten password?\n"
                f"Q: {row['question']}\nRewrite:"
            )
            resp = fw_base.completions.create(
                model=self.base_model,
                prompt=prompt,
                max_tokens=64,
                n=self.n_paraphrases,
                temperature=0.8,
                stop=["\n"],
            )
            self.questions.append(row["question"])
            self.questions.extend(c.text.strip() for c in resp.choices if c.text.strip())
        self.next(self.teach)

    @batch(cpu=2, memory=4096)
    @retry(times=4, minutes_between_retries=2)
    @step
    def teach(self):
        client = get_fireworks_client()
        tmpl = get_prompt("distill_teacher")
        self.examples = []
        for q in self.questions:
            stream = client.chat.completions.create(
                model=self.teacher,
                messages=tmpl.messages(question=q),
                max_tokens=1024,
                temperature=0.3,
                stream=True,
            )
            answer = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
            self.examples.append({"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": answer}]})
        self.next(self.join)

    @step
    def join(self, inputs):
        self.examples = [e for inp in inputs for e in inp.examples]
        self.merge_artifacts(inputs, include=["n_seed"])
        self.next(self.end)

    @step
    def end(self):
        path = "/tmp/distill.jsonl"
        with open(path, "w") as fh:
            for ex in self.examples:
                fh.write(json.dumps(ex) + "\n")
        print(f"{len(self.examples)} examples from {self.n_seed} seeds -> {path}")


if __name__ == "__main__":
    DistillDatasetFlow()
