"""OpenAI / Azure OpenAI operators."""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Sequence

from airflow.models import BaseOperator

from acme_airflow_llm.hooks.openai import AzureOpenAIHook, OpenAIHook

if TYPE_CHECKING:
    from airflow.utils.context import Context


class OpenAIChatOperator(BaseOperator):
    """Run a single chat completion and push the assistant message to XCom."""

    template_fields: Sequence[str] = ("prompt", "system_prompt", "model")
    template_ext: Sequence[str] = (".txt", ".md")
    ui_color = "#10a37f"

    def __init__(
        self,
        *,
        prompt: str,
        system_prompt: str | None = None,
        model: str = "gpt-4o-mini",
        conn_id: str = OpenAIHook.default_conn_name,
        use_azure: bool = False,
        temperature: float = 0.2,
        max_tokens: int | None = None,
        response_format: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.prompt = prompt
        self.system_prompt = system_prompt
        self.model = model
        self.conn_id = conn_id
        self.use_azure = use_azure
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.response_format = response_format

    @cached_property
    def hook(self) -> OpenAIHook:
        if self.use_azure:
            return AzureOpenAIHook(conn_id=self.conn_id)
        return OpenAIHook(conn_id=self.conn_id)

    def _messages(self) -> list[dict[str, str]]:
        messages = []
        if self.system_prompt:
            messages.append({"role": "system", "content": self.system_prompt})
        messages.append({"role": "user", "content": self.prompt})
        return messages

    def execute(self, context: Context) -> str:
        client = self.hook.get_conn()
        extra: dict[str, Any] = {}
        if self.max_tokens:
            extra["max_tokens"] = self.max_tokens
        if self.response_format:
            extra["response_format"] = self.response_format
        response = client.chat.completions.create(
            model=self.model,
            messages=self._messages(),
            temperature=self.temperature,
            **extra,
        )
        usage = response.usage
        self.log.info("OpenAI usage: prompt=%s completion=%s", usage.prompt_tokens, usage.completion_tokens)
        context["ti"].xcom_push(key="usage", value=usage.model_dump())
        return response.choices[0].message.content


class OpenAIEmbeddingOperator(BaseOperator):
    """Embed a list of texts; returns the vectors via XCom (keep batches small!)."""

    template_fields: Sequence[str] = ("input_texts",)

    def __init__(
        self,
        *,
        input_texts: list[str] | str,
        model: str = "text-embedding-3-small",
        dimensions: int | None = None,
        conn_id: str = OpenAIHook.default_conn_name,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.input_texts = input_texts
        self.model = model
        self.dimensions = dimensions
        self.conn_id = conn_id

    def execute(self, context: Context) -> list[list[float]]:
        hook = OpenAIHook(conn_id=self.conn_id)
        kwargs = {"dimensions": self.dimensions} if self.dimensions else {}
        vectors = hook.create_embeddings(self.input_texts, model=self.model, **kwargs)
        self.log.info("Embedded %d texts with %s", len(vectors), self.model)
        return vectors


class OpenAIModerationOperator(BaseOperator):
    template_fields: Sequence[str] = ("text",)

    def __init__(self, *, text: str, conn_id: str = OpenAIHook.default_conn_name, fail_on_flag: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.text = text
        self.conn_id = conn_id
        self.fail_on_flag = fail_on_flag

    def execute(self, context: Context) -> dict[str, Any]:
        client = OpenAIHook(conn_id=self.conn_id).get_conn()
        result = client.moderations.create(input=self.text, model="omni-moderation-latest").results[0]
        if result.flagged and self.fail_on_flag:
            from airflow.exceptions import AirflowFailException

            raise AirflowFailException(f"Content flagged: {result.categories}")
        return result.model_dump()


class OpenAIImageOperator(BaseOperator):
    """Generate marketing thumbnails. Owned by the growth team."""

    template_fields: Sequence[str] = ("prompt", "output_path")

    def __init__(self, *, prompt: str, output_path: str, size: str = "1024x1024", conn_id: str = OpenAIHook.default_conn_name, **kwargs):
        super().__init__(**kwargs)
        self.prompt = prompt
        self.output_path = output_path
        self.size = size
        self.conn_id = conn_id

    def execute(self, context: Context) -> str:
        import base64

        hook = OpenAIHook(conn_id=self.conn_id)
        result = hook.conn.images.generate(model="gpt-image-1", prompt=self.prompt, size=self.size, n=1)
        with open(self.output_path, "wb") as fh:
            fh.write(base64.b64decode(result.data[0].b64_json))
        return self.output_path


class OpenAIDeferrableResponseOperator(BaseOperator):
    """Submit a background Responses API request and wait in the triggerer."""

    template_fields: Sequence[str] = ("input_text",)

    def __init__(self, *, input_text: str, model: str = "o4-mini", conn_id: str = OpenAIHook.default_conn_name, **kwargs: Any):
        super().__init__(**kwargs)
        self.input_text = input_text
        self.model = model
        self.conn_id = conn_id

    def execute(self, context: Context) -> None:
        from acme_airflow_llm.triggers.openai import OpenAIResponseTrigger

        self.defer(
            trigger=OpenAIResponseTrigger(conn_id=self.conn_id, model=self.model, input_text=self.input_text),
            method_name="execute_complete",
        )

    def execute_complete(self, context: Context, event: dict[str, Any]) -> str:
        if event["status"] != "completed":
            from airflow.exceptions import AirflowException

            raise AirflowException(f"Response {event['response_id']} ended as {event['status']}")
        return event["text"]
