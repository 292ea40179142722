"""Translate help-centre articles with Claude on Bedrock (data stays in our AWS account)."""
import json
import logging

import boto3
from metaflow import FlowSpec, Parameter, batch, retry, step

from llmkit import bedrock_runtime, get_prompt
from llmkit.config import settings

log = logging.getLogger(__name__)

TARGET_LANGS = ["de", "fr", "es", "ja", "pt-BR"]


def stream_translation(client, model_id: str, system: str, text: str) -> str:
    """Streams so long articles don't hit the read timeout."""
    response = client.converse_stream(
        modelId=model_id,
        system=[{"text": system}],
        messages=[{"role": "user", "content": [{"text": text}]}],
        inferenceConfig={"maxTokens": 4096, "temperature": 0.2},
    )
    parts = []
    for event in response["stream"]:
        if "contentBlockDelta" in event:
            parts.append(event["contentBlockDelta"]["delta"].get("text", ""))
        elif "metadata" in event:
            log.debug("usage: %s", event["metadata"].get("usage"))
    return "".join(parts)


class TranslationFlow(FlowSpec):
    articles_path = Parameter("articles-path", default="s3://ds-data/helpcentre/en/latest.jsonl")
    langs = Parameter("langs", default=",".join(TARGET_LANGS), separator=",")
    model_id = Parameter("model-id", default=settings.models.bedrock_chat)
    long_article_chars = Parameter("long-article-chars", type=int, default=6000)

    @step
    def start(self):
        from metaflow import S3

        with S3() as s3:
            body = s3.get(self.articles_path).text
        self.articles = [json.loads(line) for line in body.splitlines() if line.strip()]
        self.lang_list = list(self.langs)
        self.next(self.translate, foreach="lang_list")

    @batch(cpu=2, memory=4096, queue="llm-jobs")
    @retry(times=3)
    @step
    def translate(self):
        self.lang = self.input
        tmpl = get_prompt("translate")
        client = bedrock_runtime()
        self.translated = []
        for art in self.articles:
            user_text = tmpl.render(source_lang="en", target_lang=self.lang, text=art["body"])
            if len(art["body"]) > self.long_article_chars:
                text = stream_translation(client, self.model_id, tmpl.system, user_text)
            else:
                resp = client.converse(
                    modelId=self.model_id,
                    system=[{"text": tmpl.system}],
                    messages=[{"role": "user", "content": [{"text": user_text}]}],
                    inferenceConfig={"maxTokens": 2048, "temperature": 0.2},
                )
                text = resp["output"]["message"]["content"][0]["text"]
            self.translated.append({"id": art["id"], "lang": self.lang, "body": text})
        self.next(self.qa_embed)

    @step
    def qa_embed(self):
        """Back-translation similarity check with Titan embeddings (our own client here)."""
        runtime = boto3.client("bedrock-runtime", region_name=settings.aws_region)
        self.similarity = []
        for src, dst in zip(self.articles, self.translated):
            vecs = []
            for text in (src["body"][:8000], dst["body"][:8000]):
                out = runtime.invoke_model(
                    modelId=settings.models.bedrock_embedding,
                    body=json.dumps({"inputText": text, "dimensions": 512, "normalize": True}),
                    contentType="application/json",
                    accept="application/json",
                )
                vecs.append(json.loads(out["body"].read())["embedding"])
            self.similarity.append(sum(a * b for a, b in zip(*vecs)))
        self.next(self.join)

    @step
    def join(self, inputs):
        self.by_lang = {inp.lang: inp.translated for inp in inputs}
        self.low_similarity = {
            inp.lang: [t["id"] for t, s in zip(inp.translated, inp.similarity) if s < 0.75] for inp in inputs
        }
        self.next(self.end)

    @step
    def end(self):
        for lang, ids in self.low_similarity.items():
            print(lang, "needs review:", ids[:20])


if __name__ == "__main__":
    TranslationFlow()
