"""Bedrock operators (Converse API + raw InvokeModel)."""
from __future__ import annotations

import json
from functools import cached_property
from typing import TYPE_CHECKING, Any, Sequence

from airflow.models import BaseOperator

from acme_airflow_llm.hooks.bedrock import BedrockAgentRuntimeHook, BedrockRuntimeHook

if TYPE_CHECKING:
    from airflow.utils.context import Context

CLAUDE_ON_BEDROCK = "anthropic.claude-3-5-sonnet-20240620-v1:0"


class BedrockConverseOperator(BaseOperator):
    template_fields: Sequence[str] = ("prompt", "system_prompt", "model_id")

    def __init__(
        self,
        *,
        prompt: str,
        system_prompt: str | None = None,
        model_id: str = CLAUDE_ON_BEDROCK,
        aws_conn_id: str | None = "aws_default",
        region_name: str | None = None,
        inference_config: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.prompt = prompt
        self.system_prompt = system_prompt
        self.model_id = model_id
        self.aws_conn_id = aws_conn_id
        self.region_name = region_name
        self.inference_config = inference_config or {"maxTokens": 1024, "temperature": 0.2}

    @cached_property
    def hook(self) -> BedrockRuntimeHook:
        return BedrockRuntimeHook(aws_conn_id=self.aws_conn_id, region_name=self.region_name)

    def execute(self, context: Context) -> str:
        kwargs: dict[str, Any] = {}
        if self.system_prompt:
            kwargs["system"] = [{"text": self.system_prompt}]
        response = self.hook.conn.converse(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": self.prompt}]}],
            inferenceConfig=self.inference_config,
            **kwargs,
        )
        usage = response["usage"]
        self.log.info("Bedrock usage in=%s out=%s", usage["inputTokens"], usage["outputTokens"])
        return response["output"]["message"]["content"][0]["text"]


class BedrockInvokeModelOperator(BaseOperator):
    """Raw InvokeModel for models the Converse API does not cover (e.g. Titan embeddings)."""

    template_fields: Sequence[str] = ("body",)

    def __init__(self, *, model_id: str, body: dict[str, Any] | str, aws_conn_id: str | None = "aws_default", **kwargs):
        super().__init__(**kwargs)
        self.model_id = model_id
        self.body = body
        self.aws_conn_id = aws_conn_id

    def execute(self, context: Context) -> dict[str, Any]:
        body = json.loads(self.body) if isinstance(self.body, str) else self.body
        return BedrockRuntimeHook(aws_conn_id=self.aws_conn_id).invoke_json(self.model_id, body)


class BedrockStreamOperator(BaseOperator):
    """Streams a Converse response and writes it to a local file as it arrives."""

    template_fields: Sequence[str] = ("prompt", "output_path")

    def __init__(self, *, prompt: str, output_path: str, model_id: str = CLAUDE_ON_BEDROCK, aws_conn_id: str | None = "aws_default", **kwargs):
        super().__init__(**kwargs)
        self.prompt = prompt
        self.output_path = output_path
        self.model_id = model_id
        self.aws_conn_id = aws_conn_id

    def execute(self, context: Context) -> str:
        client = BedrockRuntimeHook(aws_conn_id=self.aws_conn_id).get_conn()
        response = client.converse_stream(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": self.prompt}]}],
        )
        with open(self.output_path, "w") as out:
            for event in response["stream"]:
                delta = event.get("contentBlockDelta", {}).get("delta", {})
                if "text" in delta:
                    out.write(delta["text"])
        return self.output_path


class BedrockKnowledgeBaseOperator(BaseOperator):
    template_fields: Sequence[str] = ("question",)

    def __init__(self, *, question: str, knowledge_base_id: str, model_arn: str, aws_conn_id: str | None = "aws_default", **kwargs):
        super().__init__(**kwargs)
        self.question = question
        self.knowledge_base_id = knowledge_base_id
        self.model_arn = model_arn
        self.aws_conn_id = aws_conn_id

    def execute(self, context: Context) -> dict[str, Any]:
        agent_client = BedrockAgentRuntimeHook(aws_conn_id=self.aws_conn_id).conn
        response = agent_client.retrieve_and_generate(
            input={"text": self.question},
            retrieveAndGenerateConfiguration={
                "type": "KNOWLEDGE_BASE",
                "knowledgeBaseConfiguration": {
                    "knowledgeBaseId": self.knowledge_base_id,
                    "modelArn": self.model_arn,
                },
            },
        )
        return {"answer": response["output"]["text"], "citations": len(response.get("citations", []))}


class BedrockVideoJobOperator(BaseOperator):
    """Kick off a Nova Reel async job; pair with ``BedrockAsyncInvokeSensor``."""

    template_fields: Sequence[str] = ("prompt", "output_s3_uri")

    def __init__(self, *, prompt: str, output_s3_uri: str, model_id: str = "amazon.nova-reel-v1:1", aws_conn_id: str | None = "aws_default", **kwargs):
        super().__init__(**kwargs)
        self.prompt = prompt
        self.output_s3_uri = output_s3_uri
        self.model_id = model_id
        self.aws_conn_id = aws_conn_id

    def execute(self, context: Context) -> str:
        hook = BedrockRuntimeHook(aws_conn_id=self.aws_conn_id)
        job = hook.conn.start_async_invoke(
            modelId=self.model_id,
            modelInput={
                "taskType": "TEXT_VIDEO",
                "textToVideoParams": {"text": self.prompt},
                "videoGenerationConfig": {"durationSeconds": 6, "fps": 24, "dimension": "1280x720"},
            },
            outputDataConfig={"s3OutputDataConfig": {"s3Uri": self.output_s3_uri}},
        )
        return job["invocationArn"]
